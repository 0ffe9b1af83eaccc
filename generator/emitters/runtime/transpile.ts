/**
 * One runtime module transpiled for the package: `name.ts` under generator/runtime/ becomes
 * `runtime/name.js` + `.d.ts`. Per file, no program and no type checking (the project's own
 * type-check covers these sources), so the output is a pure function of the source and the pinned
 * compiler. `npm run build` runs this ahead of time (scripts/build-runtime.ts); the emitter uses
 * that result when its source hash matches, and calls this itself otherwise.
 */
import { scriptBanner } from "../../lib/banner.js";
import { hashText } from "../../lib/hash.js";
import { loadCommonJs } from "../../lib/load-commonjs.js";
import { normalizeNewlines } from "../../lib/text.js";

export interface TranspiledModule {
  readonly js: string;
  readonly declaration: string;
}

/** A build's transpiled module, with the key (`prebuildKey`) of what it was made from. */
export interface PrebuiltModule extends TranspiledModule {
  readonly key: string;
}

/**
 * Everything the transpiled text depends on besides the pinned options below: the compiler's
 * version, the banner and the source. A prebuilt module is used only when its key is this one.
 */
export function prebuildKey(source: string): string {
  const { version } = loadCommonJs<{ version: string }>("typescript/package.json");
  return hashText(JSON.stringify([version, scriptBanner, source]));
}

export function transpileRuntimeModule(fileName: string, source: string): TranspiledModule {
  const ts = loadCommonJs<typeof import("typescript")>("typescript");
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: false, newLine: ts.NewLineKind.LineFeed };
  const js = ts.transpileModule(source, { compilerOptions, fileName }).outputText;
  const declaration = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true });
  if ((declaration.diagnostics ?? []).length > 0) throw new Error(`generator/runtime/${fileName} is not declaration-transpilable (isolatedDeclarations)`);
  return { js: normalizeNewlines(scriptBanner + js), declaration: normalizeNewlines(scriptBanner + declaration.outputText) };
}
