/**
 * The package runtime: readable errors, server middleware and the client, written once in
 * TypeScript under generator/runtime/ (type-checked with the project) and transpiled here into the
 * package's `runtime/*.js` + `.d.ts`. Transpiling per file (no program, no type checking) keeps it
 * fast and the output a pure function of the source and the pinned compiler.
 */
import { scriptBanner } from "../../lib/banner.js";
import { normalizeNewlines } from "../../lib/text.js";
import { OutputPaths } from "../../naming.js";
import { loadCommonJs } from "../../lib/load-commonjs.js";
import { defineEmitter, type GeneratedFile } from "../types.js";

/**
 * Runtime modules the package ships; the client only when the spec has the chat operation. The
 * validators import formats and string-length (see validators/esm-runtime.ts).
 */
const MODULES = ["errors", "server", "client", "formats", "string-length"] as const;

export const runtimeEmitter = defineEmitter({
  id: "runtime",
  description: "the package runtime (errors, server middleware, client) transpiled from generator/runtime/",
  emit({ runtime, operation }) {
    const files: GeneratedFile[] = [];
    for (const name of MODULES) {
      if (name === "client" && operation === null) continue;
      const source = runtime.get(`${name}.ts`);
      if (source === undefined) throw new Error(`missing runtime source generator/runtime/${name}.ts`);
      const { js, declaration } = transpiled(`${name}.ts`, source);
      files.push({ path: `${OutputPaths.runtimeDir}/${name}.js`, contents: js }, { path: `${OutputPaths.runtimeDir}/${name}.d.ts`, contents: declaration });
    }
    return files;
  },
});

/**
 * Transpiled modules by file name and source. The canonical package and every provider profile ship
 * the same runtime, so one process transpiles each source once (the first costs ~0.15 s).
 */
const cache = new Map<string, { readonly source: string; readonly js: string; readonly declaration: string }>();

function transpiled(fileName: string, source: string): { js: string; declaration: string } {
  const hit = cache.get(fileName);
  if (hit !== undefined && hit.source === source) return hit;
  const ts = loadCommonJs<typeof import("typescript")>("typescript");
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: false, newLine: ts.NewLineKind.LineFeed };
  const js = ts.transpileModule(source, { compilerOptions, fileName }).outputText;
  const declaration = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true });
  if ((declaration.diagnostics ?? []).length > 0) throw new Error(`generator/runtime/${fileName} is not declaration-transpilable (isolatedDeclarations)`);
  const entry = { source, js: normalizeNewlines(scriptBanner + js), declaration: normalizeNewlines(scriptBanner + declaration.outputText) };
  cache.set(fileName, entry);
  return entry;
}
