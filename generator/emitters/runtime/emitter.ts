/**
 * The package runtime: readable errors, server middleware and the client, written once in
 * TypeScript under generator/runtime/ (type-checked with the project) and transpiled here into the
 * package's `runtime/*.js` + `.d.ts` (transpile.ts). The sources are chatspec's own, so `npm run
 * build` transpiles them ahead of time and this emitter takes that result when the source it was
 * made from is the source it is given (same bytes either way; a stale build is never used).
 */
import { OutputPaths } from "../../naming.js";
import { defineEmitter, type GeneratedFile } from "../types.js";
import { prebuildKey, transpileRuntimeModule, type PrebuiltModule, type TranspiledModule } from "./transpile.js";

/**
 * Runtime modules the package ships; the client only when the spec has the chat operation. The
 * validators import formats and string-length (see validators/esm-runtime.ts).
 */
const MODULES = ["errors", "server", "client", "formats", "string-length"] as const;

export const runtimeEmitter = defineEmitter({
  id: "runtime",
  description: "the package runtime (errors, server middleware, client) transpiled from generator/runtime/",
  emit({ runtime, runtimePrebuilt, operation }) {
    const files: GeneratedFile[] = [];
    for (const name of MODULES) {
      if (name === "client" && operation === null) continue;
      const source = runtime.get(`${name}.ts`);
      if (source === undefined) throw new Error(`missing runtime source generator/runtime/${name}.ts`);
      const { js, declaration } = transpiled(`${name}.ts`, source, runtimePrebuilt?.get(`${name}.ts`));
      files.push({ path: `${OutputPaths.runtimeDir}/${name}.js`, contents: js }, { path: `${OutputPaths.runtimeDir}/${name}.d.ts`, contents: declaration });
    }
    return files;
  },
});

/**
 * Transpiled modules by file name and source. The canonical package and every provider profile ship
 * the same runtime, so one process transpiles each source at most once (the first costs ~0.15 s).
 */
const cache = new Map<string, TranspiledModule & { readonly source: string }>();

function transpiled(fileName: string, source: string, prebuilt: PrebuiltModule | undefined): TranspiledModule {
  if (prebuilt !== undefined && prebuilt.key === prebuildKey(source)) return prebuilt;
  const hit = cache.get(fileName);
  if (hit !== undefined && hit.source === source) return hit;
  const entry = { source, ...transpileRuntimeModule(fileName, source) };
  cache.set(fileName, entry);
  return entry;
}
