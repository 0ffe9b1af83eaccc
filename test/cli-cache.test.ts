/**
 * The validator cache as the CLI uses it (commands/validator-cache.ts): `lint`, `generate` and
 * `check` keep it under the project's node_modules/.cache/chatspec/validators, `--no-cache` leaves
 * no trace, a run that reads its modules from the cache writes the same bytes as one without it, and
 * `check --full` compiles instead of reading it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { codeIdentity } from "../generator/io/module-store-dir.js";
import { ROOT, runCli } from "./helpers.js";

const execFileAsync = promisify(execFile);

/** A project of its own outside the repository (so the repository's cache is not the one seen), with a copy of spec/. */
function project(): { dir: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "chatspec-cache-"));
  writeFileSync(path.join(dir, "package.json"), '{ "private": true }\n');
  mkdirSync(path.join(dir, "node_modules"));
  cpSync(path.join(ROOT, "spec"), path.join(dir, "spec"), { recursive: true });
  // The house rules' plugin is the repository's build.
  const plugin = path.join(ROOT, "dist/generator/lint/rules/plugin.js");
  writeFileSync(path.join(dir, "redocly.yaml"), readFileSync(path.join(ROOT, "redocly.yaml"), "utf8").replace("./dist/generator/lint/rules/plugin.js", plugin));
  cpSync(path.join(ROOT, "chatspec.config.json"), path.join(dir, "chatspec.config.json"));
  return { dir, cache: path.join(dir, "node_modules/.cache/chatspec/validators", codeIdentity()) };
}

/** Every file under `dir`, path → contents. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

describe("the validator cache", () => {
  it("lint remembers the examples' pass of the spec and each profile; --no-cache writes nothing", async () => {
    const { dir, cache } = project();
    expect((await runCli(["lint", "--no-cache", "--quiet"], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, "node_modules/.cache/chatspec"))).toBe(false);
    expect((await runCli(["lint", "--quiet"], dir)).code).toBe(0);
    const entries = readdirSync(cache);
    // The spec and its four profiles: one pass each.
    expect(entries.filter((name) => /^pass-[0-9a-f]{64}$/.test(name))).toHaveLength(5);
    expect(entries).toHaveLength(5);
  });

  it("generate fills it with four modules per package, and a run that reads them writes the same bytes as one without it", async () => {
    const { dir, cache } = project();
    expect((await runCli(["generate", "--out", "first", "--quiet"], dir)).code).toBe(0);
    const entries = readdirSync(cache);
    expect(entries.filter((name) => name.startsWith("module-"))).toHaveLength(20);
    expect(entries.filter((name) => name.startsWith("pass-"))).toHaveLength(5);
    expect((await runCli(["generate", "--out", "cached", "--quiet"], dir)).code).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(entries.sort());
    expect((await runCli(["generate", "--out", "uncached", "--quiet", "--no-cache"], dir)).code).toBe(0);
    const cached = tree(path.join(dir, "cached"));
    expect(cached.size).toBeGreaterThan(900);
    expect(cached).toEqual(tree(path.join(dir, "uncached")));
    expect(cached).toEqual(tree(path.join(dir, "first")));
  });

  it("check reads it when it regenerates, and check --full does not", async () => {
    // Separate processes, as users run them: this process's store would answer from its memory.
    const { dir } = project();
    const cli = async (...args: string[]) => {
      try {
        return { code: 0, stdout: (await execFileAsync(process.execPath, [path.join(ROOT, "scripts/chatspec.js"), ...args], { cwd: dir })).stdout };
      } catch (error) {
        const failed = error as { code: number; stdout: string };
        return { code: failed.code, stdout: failed.stdout };
      }
    };
    expect((await cli("generate", "--out", "out", "--quiet")).code).toBe(0);
    // The built CLI's code identity names the one folder there.
    const validators = path.join(dir, "node_modules/.cache/chatspec/validators");
    const [identity] = readdirSync(validators);
    const cache = path.join(validators, identity ?? "");
    // Entries that are not what their inputs make (nothing chatspec writes): whoever reads them writes them out.
    for (const name of readdirSync(cache)) if (name.startsWith("module-")) writeFileSync(path.join(cache, name), "// not what the inputs make\n");
    // An edited output file: check regenerates for its diff, without the fast path.
    writeFileSync(path.join(dir, "out/README.md"), "edited\n");
    const check = await cli("check", "--out", "out");
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("stale   out/validators.js\n");
    const full = await cli("check", "--out", "out", "--full");
    expect(full.code).toBe(1);
    expect(full.stdout).toContain("stale   out/README.md\n");
    expect(full.stdout).not.toContain("out/validators.js");
  });
});
