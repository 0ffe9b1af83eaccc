/**
 * The pure core: a bundled spec in, the generated files out. No disk, no clock, no environment; the
 * CLI (scripts/) and the tests call this same function, so `generate` and the drift gate agree.
 */
import type { ResolvedConfig } from "./config.js";
import { emitters } from "./emitters/index.js";
import type { Assets, GeneratedFile } from "./emitters/types.js";
import { manifestFile } from "./manifest.js";
import { ChatspecError } from "./errors.js";
import { findChatOperation, rootSchemas, type OpenApiDocument } from "./openapi.js";

export type { GeneratedFile } from "./emitters/types.js";
export { defineConfig, resolveConfig, type UserConfig, type ResolvedConfig } from "./config.js";

/** Output files sorted by path (code-unit order), ending with the manifest. */
export async function generate(document: OpenApiDocument, config: ResolvedConfig, assets: Assets): Promise<GeneratedFile[]> {
  const frozen = deepFreeze(structuredClone(document));
  const operation = findChatOperation(frozen);
  const roots = rootSchemas(frozen);
  if (roots.length === 0) throw new ChatspecError("the spec has no request bodies and no component schemas: nothing to generate", { location: { pointer: "/components/schemas" } });
  const files: GeneratedFile[] = [];
  for (const emitter of emitters) files.push(...(await emitter.emit({ document: frozen, operation, roots, config, ...assets })));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  assertUniquePaths(files);
  return [...files, manifestFile(files, { document, config, assets })];
}

function assertUniquePaths(files: readonly GeneratedFile[]): void {
  for (let index = 1; index < files.length; index++) {
    if (files[index]?.path === files[index - 1]?.path) throw new Error(`two emitters wrote ${files[index]?.path}`);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
