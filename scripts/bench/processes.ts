/**
 * Runs one command in a child process and measures it from the outside: wall time from spawn to
 * exit, and the child's peak resident memory. `/usr/bin/time -v` is not everywhere, so Node children
 * carry a tiny preload (`--require`) that writes `process.resourceUsage().maxRSS` to a file when
 * they exit; a grandchild (the site renderer's Redocly process) is not counted.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

export interface RunResult {
  readonly ms: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size in bytes, or NaN when unknown. */
  readonly maxRss: number;
}

export interface NodeCommand {
  /** Script and arguments for `node`. */
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

const PROBE = `// chatspec bench: report peak RSS on exit.
const { writeFileSync } = require("node:fs");
const file = process.env.CHATSPEC_BENCH_RSS_FILE;
if (file) process.on("exit", () => { try { writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)); } catch {} });
`;

/** Writes the preload into `dir` and returns a runner that uses it. */
export function createRunner(dir: string): (command: NodeCommand) => Promise<RunResult> {
  const probe = path.join(dir, "rss-probe.cjs");
  writeFileSync(probe, PROBE);
  let counter = 0;
  return (command) =>
    new Promise((resolve, reject) => {
      const rssFile = path.join(dir, `rss-${process.pid}-${counter++}.txt`);
      const env = { ...process.env, ...command.env, CHATSPEC_BENCH_RSS_FILE: rssFile, NO_COLOR: "1", FORCE_COLOR: "0" };
      const started = performance.now();
      const child = spawn(process.execPath, ["--require", probe, ...command.args], { cwd: command.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      child.on("error", reject);
      child.on("close", (code) => {
        const ms = performance.now() - started;
        const maxRss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
        rmSync(rssFile, { force: true });
        resolve({ ms, code: code ?? -1, stdout, stderr, maxRss });
      });
    });
}

/** Throws with the child's output when it did not exit with `expected`. */
export function expectExit(result: RunResult, expected: number, what: string): RunResult {
  if (result.code !== expected) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-8).join("\n");
    throw new Error(`${what}: exit code ${result.code}, expected ${expected}\n${output}`);
  }
  return result;
}
