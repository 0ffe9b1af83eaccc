/**
 * The package runtime: readable errors, server middleware, the client, and the formats and string
 * length the validators import. Written once in TypeScript under generator/runtime/ (type-checked
 * with the project) and transpiled into the package's `runtime/*.js` + `.d.ts` (transpile.ts). The
 * sources are chatspec's own, so `npm run build` transpiles them ahead of time; this emitter takes
 * that result when it was made from the source it is given (same bytes either way; a stale build
 * is never used).
 */
import { OutputPaths } from "../../naming.js";
import { defineEmitter, type GeneratedFile } from "../types.js";
import { prebuildKey, transpileRuntimeModule, type PrebuiltModule, type TranspiledModule } from "./transpile.js";

/**
 * Runtime modules the package ships; the client only when the spec has the chat operation. First
 * the entry points: the package index imports errors, all-errors, server and client, the validators
 * formats and string-length (see validators/esm-runtime.ts). Then the parts of the readable errors, and the
 * modules the generator imports too (one copy of JSON pointers, edit distance and discriminator
 * tags for both). They import each other as `./name.js`, which resolves inside an installed
 * package; emit refuses a module whose import is not shipped.
 */
const MODULES = [
  "errors",
  "all-errors",
  "server",
  "body-limits",
  "client",
  "formats",
  "string-length",
  "error-messages",
  "union-folding",
  "offending-value",
  "param-name",
  "schema-lookup",
  "suggestions",
  "english",
  "validation-error",
  "json-pointer",
  "edit-distance",
  "discriminator-tags",
  "plain-object",
] as const;

export const runtimeEmitter = defineEmitter({
  id: "runtime",
  output: "package",
  description: "the package runtime (errors, all-errors loading, server middleware, client, formats, string length) transpiled from generator/runtime/",
  emit({ runtime, runtimePrebuilt, operation }) {
    const files: GeneratedFile[] = [];
    for (const name of MODULES) {
      if (name === "client" && operation === null) continue;
      const source = runtime.get(`${name}.ts`);
      if (source === undefined) throw new Error(`missing runtime source generator/runtime/${name}.ts`);
      for (const imported of relativeImports(source)) {
        if (!(MODULES as readonly string[]).includes(imported))
          throw new Error(`generator/runtime/${name}.ts imports ./${imported}.js, which the package does not ship (add it to MODULES)`);
      }
      const { js, declaration } = transpiled(`${name}.ts`, source, runtimePrebuilt?.get(`${name}.ts`));
      files.push({ path: `${OutputPaths.runtimeDir}/${name}.js`, contents: js }, { path: `${OutputPaths.runtimeDir}/${name}.d.ts`, contents: declaration });
    }
    return files;
  },
});

/** The build's module when it was made from this very source (see transpile.ts), else a fresh transpile. */
function transpiled(fileName: string, source: string, prebuilt: PrebuiltModule | undefined): TranspiledModule {
  return prebuilt !== undefined && prebuilt.key === prebuildKey(source) ? prebuilt : transpileRuntimeModule(fileName, source);
}

/** The sibling modules a runtime source imports (`from "./name.js"`), by name. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/\bfrom\s+"\.\/([^"]+)\.js"/g)].map((match) => match[1] as string);
}
