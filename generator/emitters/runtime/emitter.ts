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

/** Runtime modules the package ships; the client only when the spec has the chat operation. */
const MODULES = ["errors", "server", "client"] as const;

export const runtimeEmitter = defineEmitter({
  id: "runtime",
  description: "the package runtime (errors, server middleware, client) transpiled from generator/runtime/",
  async emit({ runtime, operation }) {
    const ts = loadCommonJs<typeof import("typescript")>("typescript");
    const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: false, newLine: ts.NewLineKind.LineFeed };
    const files: GeneratedFile[] = [];
    for (const name of MODULES) {
      if (name === "client" && operation === null) continue;
      const source = runtime.get(`${name}.ts`);
      if (source === undefined) throw new Error(`missing runtime source generator/runtime/${name}.ts`);
      const fileName = `${name}.ts`;
      const js = ts.transpileModule(source, { compilerOptions, fileName }).outputText;
      const declaration = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true });
      if ((declaration.diagnostics ?? []).length > 0) throw new Error(`generator/runtime/${fileName} is not declaration-transpilable (isolatedDeclarations)`);
      files.push(
        { path: `${OutputPaths.runtimeDir}/${name}.js`, contents: normalizeNewlines(scriptBanner + js) },
        { path: `${OutputPaths.runtimeDir}/${name}.d.ts`, contents: normalizeNewlines(scriptBanner + declaration.outputText) },
      );
    }
    return files;
  },
});
