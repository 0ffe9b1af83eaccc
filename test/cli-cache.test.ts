/**
 * The validator cache as the CLI uses it (commands/validator-cache.ts): `lint`, `generate` and
 * `check` keep it under the project's node_modules/.cache/chatspec/validators, `--no-cache` leaves
 * no trace, and a run that reads its modules from the cache writes the same bytes as one without it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeIdentity } from "../generator/io/module-store-dir.js";
import { ROOT, runCli } from "./helpers.js";

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
});
