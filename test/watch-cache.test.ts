/**
 * What the warm process of `generate --watch` keeps between runs must never show in its output: the
 * bytes of the files it wrote (checked by stat, output-dir.ts `rememberOutputs`), the hashes of texts
 * it hashed (hash.ts `keepHashes`), the compiled templates, and the site page started as soon as the
 * spec is bundled. After an edit, and after a generated file was edited by hand (a one-off run would
 * rewrite it), the watch's folder is the folder a one-off `generate` writes for the same inputs.
 * The repository's spec, profiles and config, so every emitter and every profile runs.
 */
import { spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOutputDir } from "../generator/io/output-dir.js";
import { ROOT, projectTempDir, runCli } from "./helpers.js";
import { LineReader } from "./support/line-reader.js";

const dir = projectTempDir("watch-cache");
// Two copies of spec/ at the same depth, so the manifests' relative input paths are the same.
const watched = path.join(dir, "watched");
const once = path.join(dir, "once");
for (const copy of [watched, once]) cpSync(path.join(ROOT, "spec"), path.join(copy, "spec"), { recursive: true });
const rel = (file: string) => path.relative(ROOT, file);
const specOf = (copy: string) => path.join(copy, "spec/openapi.yaml");
const outOf = (copy: string) => path.join(copy, "out");
const original = readFileSync(specOf(once), "utf8");
const anchor = "Model ID used to generate the response";
expect(original).toContain(anchor);

const child = spawn(process.execPath, ["scripts/chatspec.js", "generate", "--watch", "--spec", rel(specOf(watched)), "--out", rel(outOf(watched))], {
  cwd: ROOT,
});
const stdout = new LineReader(child);
child.stderr.resume();

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

/** Writes `text` as the spec of both copies. */
function editBoth(text: string): void {
  for (const copy of [once, watched]) writeFileSync(specOf(copy), text);
}

/** The one-off run's folder for the spec in `once/` as it is now, and the watch's folder. */
async function bothFolders(): Promise<[Map<string, string>, Map<string, string>]> {
  const run = await runCli(["generate", "--spec", rel(specOf(once)), "--out", rel(outOf(once))], ROOT);
  expect(run.code).toBe(0);
  return [readOutputDir(outOf(watched)), readOutputDir(outOf(once))];
}

describe("generate --watch keeps work between runs, never in its output", () => {
  it("writes the one-off run's folder after an edit", async () => {
    expect(await stdout.line(1)).toMatch(/^chatspec: \d+ files in .* \(\d+ written, 0 removed\)/);
    editBoth(original.replace(anchor, `${anchor} (edited)`));
    expect(await stdout.line(2)).toMatch(/ \(\d+ written, 0 removed\)/);
    const [watch, oneOff] = await bothFolders();
    expect(watch.get("site/index.html")).toContain(`${anchor} (edited)`);
    expect(watch).toEqual(oneOff);
  }, 120_000);

  it("rewrites a generated file edited by hand, as a one-off run does", async () => {
    // The watch ignores its output folder: the hand edit is seen only by the next run's comparison.
    writeFileSync(path.join(outOf(watched), "README.md"), "edited by hand\n");
    editBoth(original.replace(anchor, `${anchor} (edited again)`));
    expect(await stdout.line(3)).toMatch(/ \(\d+ written, 0 removed\)/);
    const [watch, oneOff] = await bothFolders();
    expect(watch.get("README.md")).not.toBe("edited by hand\n");
    expect(watch).toEqual(oneOff);
  }, 120_000);

  it("leaves no replaced folder behind once it stops", async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    expect(readdirSync(watched).sort()).toEqual(["out", "spec"]);
  }, 30_000);
});
