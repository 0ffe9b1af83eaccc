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
 * Runtime modules the package ships; the client only when the spec has the chat operation. The
 * validators import formats and string-length (see validators/esm-runtime.ts). The rest are the
 * modules those import (relative `./name.js` imports, so they resolve inside an installed
 * package); the generator imports json-pointer, edit-distance and discriminator-tags too.
 */
const MODULES = ["errors", "server", "client", "formats", "string-length", "json-pointer", "edit-distance", "discriminator-tags", "plain-object"] as const;

export const runtimeEmitter = defineEmitter({
  id: "runtime",
  description: "the package runtime (errors, server middleware, client, formats, string length) transpiled from generator/runtime/",
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

/** The build's module when it was made from this very source (see transpile.ts), else a fresh transpile. */
function transpiled(fileName: string, source: string, prebuilt: PrebuiltModule | undefined): TranspiledModule {
  return prebuilt !== undefined && prebuilt.key === prebuildKey(source) ? prebuilt : transpileRuntimeModule(fileName, source);
}
