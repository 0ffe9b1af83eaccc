/**
 * `chatspec generate --watch` keeps one warm process for its runs and restarts it only when a module
 * it cannot reload changed: the config file or a lint plugin that redocly.yaml names. Proven by what
 * the runs do: a plugin's new rule and a config's new flavor list take effect at once, which a warm
 * process would miss (ES modules stay cached), and an edit to the spec restarts nothing.
 * Waits are for lines, never for time.
 */
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, projectTempDir } from "./helpers.js";
import { LineReader } from "./support/line-reader.js";

const dir = projectTempDir("watch-restart");
const file = (name: string) => path.join(dir, name);
const config = (flavors: string[]) => `${JSON.stringify({ spec: "openapi.yaml", out: "out", outputs: ["docs"], flavors })}\n`;
const plugin = (rule: string) => `export default function plugin() {\n  return { id: "local", rules: { oas3: { "no-title": ${rule} } } };\n}\n`;
const QUIET_RULE = "() => ({})";
const TITLE_RULE = '() => ({ Info: { enter(_info, ctx) { ctx.report({ message: "no titles here", location: ctx.location.child(["title"]) }); } } })';

copyFileSync(path.join(FIXTURES, "specs/minimal.yaml"), file("openapi.yaml"));
writeFileSync(file("chatspec.config.json"), config(["reference"]));
writeFileSync(file("redocly.yaml"), "plugins:\n  - ./plugin.js\nrules:\n  local/no-title: error\n");
writeFileSync(file("plugin.js"), plugin(QUIET_RULE));

const child = spawn(process.execPath, [path.join(ROOT, "scripts/chatspec.js"), "generate", "--watch"], { cwd: dir });
const stdout = new LineReader(child);
let stderr = "";
child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
const restarts = () => stderr.split("\n").filter((line) => line.includes("restarting the generate process"));

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

describe("chatspec generate --watch restarts its warm process", () => {
  it("watches the lint plugin too", async () => {
    expect(await stdout.line(1)).toMatch(/^chatspec: 5 files in out\/ \(5 written, 0 removed\) in \d+\.\d\d s$/);
    expect(stderr).toContain("chatspec: watching ., redocly.yaml, chatspec.config.json, ");
    expect(stderr).toContain(", plugin.js (Ctrl-C stops)");
  });

  it("when the plugin changes: its new rule applies at once", async () => {
    writeFileSync(file("plugin.js"), plugin(TITLE_RULE));
    const line = await stdout.line(2);
    expect(line.startsWith("chatspec: failed: openapi.yaml: lint errors; nothing was written; first: ")).toBe(true);
    expect(line).toContain("no titles here");
    expect(restarts()).toEqual(["chatspec: plugin.js changed: restarting the generate process"]);
    writeFileSync(file("plugin.js"), plugin(QUIET_RULE));
    expect(await stdout.line(3)).toMatch(/^chatspec: 5 files in out\/ \(up to date\) in /);
    expect(restarts()).toHaveLength(2);
  });

  it("not when the spec changes", async () => {
    writeFileSync(file("openapi.yaml"), `${readFileSync(file("openapi.yaml"), "utf8")}# edited\n`);
    expect(await stdout.line(4)).toMatch(/^chatspec: 5 files in out\/ \((up to date|1 written, 0 removed)\) in /);
    expect(restarts()).toHaveLength(2);
  });

  it("when the config changes: its new flavor list applies at once", async () => {
    writeFileSync(file("chatspec.config.json"), config(["reference", "mkdocs-material"]));
    expect(await stdout.line(5)).toMatch(/^chatspec: \d+ files in out\/ \(\d+ written, 0 removed\) in /);
    expect(stdout.lines[4]).not.toMatch(/^chatspec: 5 files/);
    expect(restarts().at(-1)).toBe("chatspec: chatspec.config.json changed: restarting the generate process");
    expect(restarts()).toHaveLength(3);
  });

  it("exits 0 on SIGTERM, its warm process with it", async () => {
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout.lines).toHaveLength(5);
  });
});
