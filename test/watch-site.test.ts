/**
 * `generate --watch` renders the site in a Redocly process it keeps loaded between runs
 * (generator/io/warm-site-renderer.ts), where a one-off `generate` starts a new one per page. The
 * warm page must be the same bytes as the one-off's, on the first run and after an edit (when the
 * process is warm, so the entry module is evaluated a second time).
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, projectTempDir, runCli } from "./helpers.js";
import { LineReader } from "./support/line-reader.js";

const CLI = path.join(ROOT, "scripts/chatspec.js");
const dir = projectTempDir("watch-site");
// Outside the watched folder: the one-off runs below write there, and a write the watch sees starts a run of its own.
const once = projectTempDir("watch-site-once");
const config = `${JSON.stringify({ spec: "openapi.yaml", out: "out", outputs: ["site"] })}\n`;
for (const folder of [dir, once]) {
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(FIXTURES, "specs/minimal.yaml"), path.join(folder, "openapi.yaml"));
  writeFileSync(path.join(folder, "chatspec.config.json"), config);
}

const child = spawn(process.execPath, [CLI, "generate", "--watch"], { cwd: dir });
const stdout = new LineReader(child);
child.stderr.resume();

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

/** The page a one-off `generate` writes for the spec in `once/` as it is now. */
async function oneOffPage(): Promise<string> {
  const run = await runCli(["generate"], once);
  expect(run.code).toBe(0);
  return readFileSync(path.join(once, "out/site/index.html"), "utf8");
}

describe("generate --watch renders the site warm", () => {
  it("writes the one-off run's page on its first run", async () => {
    expect(await stdout.line(1)).toMatch(/^chatspec: 3 files in out\/ \(3 written, 0 removed\) in \d+\.\d\d s$/);
    expect(readFileSync(path.join(dir, "out/site/index.html"), "utf8")).toBe(await oneOffPage());
  });

  it("and again after an edit, from the process it kept", async () => {
    const edit = (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace("title: ", "title: Edited "));
    edit(path.join(once, "openapi.yaml"));
    edit(path.join(dir, "openapi.yaml"));
    // The page and the manifest (its input hashes).
    expect(await stdout.line(2)).toMatch(/^chatspec: 3 files in out\/ \(2 written, 0 removed\) in \d+\.\d\d s$/);
    const page = readFileSync(path.join(dir, "out/site/index.html"), "utf8");
    expect(page).toContain("Edited ");
    expect(page).toBe(await oneOffPage());
  });
});
