/**
 * `npm run build`'s second step: transpiles the package runtime (generator/runtime/*.ts) once, into
 * dist/runtime-prebuilt.json, so `generate` does not load the TypeScript compiler's transpiler for
 * it on every run (about 0.2 s). Each module carries the key of what it was made from; the emitter
 * uses it only when that key matches its own source, so a stale file can never change the output.
 * When every key already matches, it exits without loading the compiler.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { prebuildKey, transpileRuntimeModule, type PrebuiltModule } from "../generator/emitters/runtime/transpile.js";
import { loadRuntimeSources, runtimePrebuiltPath } from "../generator/io/load-templates.js";

const target = runtimePrebuiltPath();
const sources = loadRuntimeSources();
const existing: Record<string, PrebuiltModule> = existsSync(target) ? (JSON.parse(readFileSync(target, "utf8")) as Record<string, PrebuiltModule>) : {};
const upToDate = Object.keys(existing).length === sources.size && [...sources].every(([name, source]) => existing[name]?.key === prebuildKey(source));
if (!upToDate) {
  const modules: Record<string, PrebuiltModule> = {};
  for (const [name, source] of sources) modules[name] = { key: prebuildKey(source), ...transpileRuntimeModule(name, source) };
  // Written beside and renamed, so an interrupted build leaves the old file or the new one.
  writeFileSync(`${target}.tmp`, `${JSON.stringify(modules)}\n`);
  renameSync(`${target}.tmp`, target);
}
