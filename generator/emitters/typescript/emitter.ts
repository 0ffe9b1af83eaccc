/**
 * TypeScript types from openapi-typescript, run in-process on the bundled document, plus one named
 * alias per component schema (`CreateChatCompletionRequest`, …) so users never write
 * `components["schemas"][…]`. openapi-typescript loads the TypeScript compiler, so it is imported
 * only when this emitter runs.
 */
import { scriptBanner } from "../../lib/banner.js";
import { normalizeNewlines } from "../../lib/text.js";
import { OutputPaths, typeName } from "../../naming.js";
import { componentSchemas, type OpenApiDocument } from "../../openapi.js";
import { defineEmitter } from "../types.js";
import { loadCommonJs } from "../../lib/load-commonjs.js";
import { maskPrototypeNames } from "./prototype-names.js";

export const typescriptEmitter = defineEmitter({
  id: "typescript",
  description: "TypeScript types (openapi-typescript) with a named alias per component schema",
  async emit({ document }) {
    const { default: openapiTS, astToString } = loadCommonJs<typeof import("openapi-typescript")>("openapi-typescript");
    const masked = maskPrototypeNames(document);
    const nodes = await openapiTS(masked.document as unknown as Parameters<typeof openapiTS>[0], {
      // Request types: a field with a default is still optional for the caller (the pitfall of
      // openapi-typescript 7, whose default is to make such fields required).
      defaultNonNullable: false,
      // Spec order is the order users read; never sort.
      alphabetize: false,
      silent: true,
    });
    const types = masked.restore(astToString(nodes));
    return [{ path: OutputPaths.types, contents: normalizeNewlines(scriptBanner + types + aliases(document)) }];
  },
});

/**
 * `export type Name = components["schemas"]["Name"];` per schema. Written here rather than with
 * openapi-typescript's `rootTypes`, which prints the schema name as the alias even when it is not
 * an identifier (`export type weird name = …`) or is a reserved word (`export type class = …`).
 */
function aliases(document: OpenApiDocument): string {
  const lines = Object.keys(componentSchemas(document)).map((name) => `export type ${typeName(name)} = components["schemas"][${JSON.stringify(name)}];`);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
