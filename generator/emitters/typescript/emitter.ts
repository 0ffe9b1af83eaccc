/**
 * TypeScript types from openapi-typescript, run in-process on the bundled document, with its root
 * type aliases (`CreateChatCompletionRequest`, …) so users never write `components["schemas"][…]`.
 * openapi-typescript loads the TypeScript compiler, so it is imported only when this emitter runs.
 */
import { scriptBanner } from "../../lib/banner.js";
import { normalizeNewlines } from "../../lib/text.js";
import { OutputPaths } from "../../naming.js";
import { defineEmitter } from "../types.js";

export const typescriptEmitter = defineEmitter({
  id: "typescript",
  description: "TypeScript types (openapi-typescript) with a named alias per component schema",
  async emit({ document }) {
    const { default: openapiTS, astToString } = await import("openapi-typescript");
    const nodes = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], {
      // Request types: a field with a default is still optional for the caller (the pitfall of
      // openapi-typescript 7, whose default is to make such fields required).
      defaultNonNullable: false,
      // Spec order is the order users read; never sort.
      alphabetize: false,
      rootTypes: true,
      rootTypesNoSchemaPrefix: true,
      rootTypesKeepCasing: true,
      silent: true,
    });
    return [{ path: OutputPaths.types, contents: normalizeNewlines(scriptBanner + astToString(nodes)) }];
  },
});
