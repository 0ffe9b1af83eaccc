/**
 * The compile cache (generator/io/compile-cache.ts) changes how fast a module loads, never what it
 * does: the module behaves the same from source and from cached code, the cache is written once and
 * then used (not rewritten), bad cache data is rejected and replaced, and the switch turns it off.
 * Each case is a fresh Node process, as a cache only matters across processes.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, projectTempDir } from "../helpers.js";

const execFileAsync = promisify(execFile);
const cacheModule = pathToFileURL(path.join(ROOT, "dist/generator/io/compile-cache.js")).href;

/** A package `heavy` in its own node_modules, with a relative require and the CommonJS locals. */
function fixture(): { dir: string; entry: string; cacheDir: string } {
  const dir = projectTempDir("compile-cache");
  const pkg = path.join(dir, "node_modules", "heavy");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, "helper.js"), "exports.twice = (n) => 2 * n;\n");
  writeFileSync(
    path.join(pkg, "index.js"),
    'const { twice } = require("./helper.js");\nmodule.exports = { answer: twice(21), file: __filename, dir: __dirname, same: exports === module.exports };\n',
  );
  return { dir, entry: path.join(pkg, "index.js"), cacheDir: path.join(dir, "node_modules", ".cache", "chatspec") };
}

async function load(entry: string, env: Record<string, string> = {}): Promise<unknown> {
  const script = `const { enableCompileCache } = await import(${JSON.stringify(cacheModule)});
enableCompileCache([${JSON.stringify(entry)}]);
const { createRequire } = await import("node:module");
console.log(JSON.stringify(createRequire(import.meta.url)(${JSON.stringify(entry)})));`;
  const { stdout } = await execFileAsync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, ...env } });
  return JSON.parse(stdout);
}

describe("the compile cache", () => {
  it("loads the same module from source and from the cache it wrote, and does not rewrite it", async () => {
    const { entry, cacheDir } = fixture();
    const expected = { answer: 42, file: entry, dir: path.dirname(entry), same: true };
    expect(await load(entry)).toEqual(expected);
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^index\.js-[0-9a-f]{32}\.v8$/);
    const written = statSync(path.join(cacheDir, files[0] as string)).mtimeMs;
    expect(await load(entry)).toEqual(expected);
    expect(statSync(path.join(cacheDir, files[0] as string)).mtimeMs).toBe(written);
  });

  it("rejects data V8 did not make for this source, compiles from source and replaces it", async () => {
    const { entry, cacheDir } = fixture();
    await load(entry);
    const file = path.join(cacheDir, readdirSync(cacheDir)[0] as string);
    writeFileSync(file, "not V8 code");
    expect(await load(entry)).toEqual({ answer: 42, file: entry, dir: path.dirname(entry), same: true });
    expect(statSync(file).size).toBeGreaterThan("not V8 code".length);
  });

  it("replaces the cache of an earlier version of the file", async () => {
    const { entry, cacheDir } = fixture();
    await load(entry);
    const before = readdirSync(cacheDir);
    writeFileSync(entry, `${readFileSync(entry, "utf8")}// a new version\n`);
    expect(await load(entry)).toEqual({ answer: 42, file: entry, dir: path.dirname(entry), same: true });
    const after = readdirSync(cacheDir);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it("is off with CHATSPEC_NO_COMPILE_CACHE=1", async () => {
    const { entry, cacheDir } = fixture();
    expect(await load(entry, { CHATSPEC_NO_COMPILE_CACHE: "1" })).toEqual({ answer: 42, file: entry, dir: path.dirname(entry), same: true });
    expect(existsSync(cacheDir)).toBe(false);
  });
});
