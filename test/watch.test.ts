/**
 * `chatspec generate --watch` as a user runs it: the real bin in a child process on a copy of the
 * spec, one stdout line per run, a run after each change, a broken spec reported in one line without
 * ending the watch, and a clean exit on SIGTERM.
 * The output folder sits inside the watched spec folder, so the watcher must ignore its own writes.
 * Waits are for lines, never for time (the test timeout bounds them).
 */
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, projectTempDir } from "./helpers.js";
import { LineReader } from "./support/line-reader.js";

const dir = projectTempDir("watch");
const spec = path.join(dir, "openapi.yaml");
const rel = path.relative(ROOT, dir);
copyFileSync(path.join(ROOT, "spec/openapi.yaml"), spec);
const original = readFileSync(spec, "utf8");

const child = spawn(process.execPath, ["scripts/chatspec.js", "generate", "--watch", "--spec", `${rel}/openapi.yaml`, "--out", `${rel}/out`], { cwd: ROOT });
const stdout = new LineReader(child);
let stderr = "";
child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

/** The generate summary; `what` is "up to date" or "N written, M removed". */
const summary = (what: string) => new RegExp(`^chatspec: \\d+ files in ${rel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/out/ \\(${what}\\) in \\d+\\.\\d\\d s$`);

describe("chatspec generate --watch", () => {
  it("generates once at start, announcing what it watches on stderr", async () => {
    expect(await stdout.line(1)).toMatch(summary("(\\d+) written, 0 removed"));
    expect(stderr).toContain(
      `chatspec: watching ${rel}, redocly.yaml, chatspec.config.json, templates, generator/runtime, dist/generator/lint/rules/plugin.js (Ctrl-C stops)`,
    );
  });

  it("runs again when the spec changes, one line per run", async () => {
    writeFileSync(spec, `${original}# a comment\n`);
    // The manifest pins the spec's text, so even a comment may rewrite it; either summary is a run.
    expect(await stdout.line(2)).toMatch(summary("up to date|\\d+ written, 0 removed"));
  });

  it("reports a broken spec in one line and keeps watching", async () => {
    writeFileSync(spec, `${original}paths: [\n`);
    const line = await stdout.line(3);
    expect(line.startsWith(`chatspec: failed: ${rel}/openapi.yaml:`)).toBe(true);
    expect(line).toContain("invalid YAML");
    writeFileSync(spec, original);
    expect(await stdout.line(4)).toMatch(summary("up to date|\\d+ written, 0 removed"));
  });

  it("exits 0 on SIGTERM, having printed one line per run and nothing else", async () => {
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout.lines).toHaveLength(4);
  });
});
