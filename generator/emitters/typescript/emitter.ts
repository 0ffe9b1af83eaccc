/**
 * TypeScript types from openapi-typescript, run in-process on the bundled document, plus one named
 * alias per component schema (`CreateChatCompletionRequest`, …) so users never write
 * `components["schemas"][…]`. openapi-typescript loads the TypeScript compiler, so it is imported
 * only when this emitter runs.
 *
 * We call openapi-typescript's document transform (`transformSchema`) directly, with the context
 * its `openapiTS()` would build, rather than `openapiTS()` itself: that function first parses,
 * lints and bundles the document again with its own @redocly/openapi-core 1.x, work the loader has
 * already done once (lint, bundle, every `$ref` internal). Skipping it halves this emitter's time
 * and keeps a second Redocly out of the process; the printed types are the same bytes. The three
 * modules below are openapi-typescript's own dist files (its exports map allows `./*`); the version
 * is pinned, and the file snapshots in test/generated-gate.test.ts catch any change in what they print.
 */
import { scriptBanner } from "../../lib/banner.js";
import { normalizeNewlines } from "../../lib/text.js";
import { OutputPaths, typeName } from "../../naming.js";
import { componentSchemas, type OpenApiDocument } from "../../openapi.js";
import { defineEmitter } from "../types.js";
import { loadCommonJs } from "../../lib/load-commonjs.js";

type OpenApiTypescript = typeof import("openapi-typescript");
type OpenAPI3 = import("openapi-typescript").OpenAPI3;
type OpenAPITSOptions = import("openapi-typescript").OpenAPITSOptions;
type GlobalContext = import("openapi-typescript").GlobalContext;
type TransformSchema = OpenApiTypescript["transformSchema"];
type ScanDiscriminators = OpenApiTypescript["scanDiscriminators"];
type ResolveRef = OpenApiTypescript["resolveRef"];

export const typescriptEmitter = defineEmitter({
  id: "typescript",
  output: "package",
  description: "TypeScript types (openapi-typescript) with a named alias per component schema",
  async emit({ document }) {
    const transformSchema = loadCommonJs<TransformSchema>("openapi-typescript/dist/transform/index.cjs");
    const { astToString } = loadCommonJs<typeof import("openapi-typescript")>("openapi-typescript/dist/lib/ts.cjs");
    const { scanDiscriminators, resolveRef } = loadCommonJs<typeof import("openapi-typescript")>("openapi-typescript/dist/lib/utils.cjs");
    // The transform writes into the schema objects it is given; the document is shared with the
    // other emitters (and frozen), so it gets its own copy.
    const schema = structuredClone(document) as unknown as OpenAPI3;
    const options: OpenAPITSOptions = {
      // Request types: a field with a default is still optional for the caller (the pitfall of
      // openapi-typescript 7, whose default is to make such fields required).
      defaultNonNullable: false,
      // Spec order is the order users read; never sort.
      alphabetize: false,
      silent: true,
    };
    const nodes = transformSchema(schema, contextFor(schema, options, scanDiscriminators, resolveRef));
    const types = astToString(nodes);
    return [{ path: OutputPaths.types, contents: normalizeNewlines(scriptBanner + types + aliases(document)) }];
  },
});

/**
 * The transform context exactly as openapi-typescript 7.13's `openapiTS()` builds it from `options`
 * (dist/index.cjs), minus the Redocly config that only its own lint and bundle read.
 */
function contextFor(schema: OpenAPI3, options: OpenAPITSOptions, scanDiscriminators: ScanDiscriminators, resolveRef: ResolveRef): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: options.alphabetize ?? false,
    arrayLength: false,
    defaultNonNullable: options.defaultNonNullable ?? true,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: options.silent ?? false,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: options.silent ?? false }),
  };
}

/**
 * `export type Name = components["schemas"]["Name"];` per schema. Written here rather than with
 * openapi-typescript's `rootTypes`, which prints the schema name as the alias even when it is not
 * an identifier (`export type weird name = …`) or is a reserved word (`export type class = …`).
 */
function aliases(document: OpenApiDocument): string {
  const lines = Object.keys(componentSchemas(document)).map((name) => `export type ${typeName(name)} = components["schemas"][${JSON.stringify(name)}];`);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
