/**
 * V8's code cache for the TypeScript compiler, the one module whose loading is a large share of a
 * `generate`: openapi-typescript prints with it, and parsing and compiling its 9 MB of CommonJS
 * takes about 0.2 s of every run; from the code V8 produced the run before, about 0.06 s.
 *
 * Node 22 does this for every module (`module.enableCompileCache`); Node 20, which chatspec
 * supports, has no such switch, and the `v8-compile-cache` package breaks the ES-module interop this
 * project relies on (measured: "Cannot use import statement outside a module"). So this hooks
 * CommonJS compilation for exactly the files it is given and leaves every other module alone.
 *
 * The cache lives beside the dependency (`node_modules/.cache/chatspec/`), named by the file, its
 * size and modification time and the Node version (a new one replaces the file's older ones); V8 itself rejects data made by another V8 or
 * with other flags, and then the file is compiled from source as usual. It only changes how fast a
 * module loads, never what it does: output bytes are the same with and without it. Any failure to
 * read or write the cache is ignored. `CHATSPEC_NO_COMPILE_CACHE=1` turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { hashText } from "../lib/hash.js";

interface CompilableModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

const require = createRequire(import.meta.url);
// Module state on purpose, and no phase data: the hook patches CommonJS loading for the whole
// process, so it is installed at most once; what it caches lives in files, keyed by the source.
let enabled = false;

/** Caches the compiled code of these CommonJS files (resolved specifiers) from this point of the process on. */
export function enableCompileCache(specifiers: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  if (enabled || env.CHATSPEC_NO_COMPILE_CACHE === "1") return;
  enabled = true;
  const targets = new Set<string>();
  for (const specifier of specifiers) {
    try {
      targets.add(require.resolve(specifier));
    } catch {
      // Not installed: nothing to cache.
    }
  }
  const prototype = (Module as unknown as { prototype: CompilableModule }).prototype;
  const compile = prototype._compile;
  prototype._compile = function cachedCompile(this: CompilableModule, content: string, filename: string): unknown {
    if (!targets.has(filename)) return compile.call(this, content, filename);
    targets.delete(filename);
    const cacheFile = cacheFileFor(filename);
    const cachedData = readCache(cacheFile);
    const script = new vm.Script(Module.wrap(content), { filename, ...(cachedData === undefined ? {} : { cachedData }) });
    // Written at exit, after the run: the data then holds the functions the run compiled lazily too.
    if (cachedData === undefined || script.cachedDataRejected === true) process.once("exit", () => writeCache(cacheFile, script));
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };
}

/** `<node_modules>/.cache/chatspec/<hash>.v8` beside the package the file belongs to. */
function cacheFileFor(filename: string): string {
  const parts = filename.split(path.sep);
  const nodeModules = parts.lastIndexOf("node_modules");
  const base = nodeModules === -1 ? path.dirname(filename) : parts.slice(0, nodeModules + 1).join(path.sep);
  let identity = `${filename}\u0000${process.version}\u0000${process.arch}`;
  try {
    const stat = statSync(filename);
    identity += `\u0000${stat.size}\u0000${stat.mtimeMs}`;
  } catch {
    // Identity without the stat: V8 still rejects data for other source.
  }
  return path.join(base, ".cache", "chatspec", `${path.basename(filename)}-${hashText(identity).slice(0, 32)}.v8`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache and removes the ones this file had before (another version, another install). */
function writeCache(file: string, script: vm.Script): void {
  try {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
    const prefix = `${path.basename(file).replace(/-[0-9a-f]{32}\.v8$/, "")}-`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".v8") && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk only costs the speed-up.
  }
}
