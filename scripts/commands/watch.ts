/**
 * `chatspec generate --watch`: generates, then again whenever an input changes: the spec's folder
 * (the spec, files it `$ref`s, `spec/profiles/**`), redocly.yaml, the config file, the doc templates
 * and the package runtime sources. Changes are debounced and runs never overlap; each run prints
 * exactly one line to stdout (the generate summary, or why it failed) and a failed run does not stop
 * the watch.
 *
 * Each run is a fresh `chatspec generate` child process. Node caches ES modules, so an in-process
 * rerun would keep the first version of a `.ts`/`.mjs` config or a Redocly plugin; a child also means
 * a crash in one run cannot end the watch.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { watch } from "chokidar";
import type { ResolvedConfig } from "../../generator/config.js";
import { ExitCode } from "../../generator/errors.js";
import { defaultTemplatesDir } from "../../generator/io/load-templates.js";
import type { CommandIo } from "./io.js";

export interface WatchOptions {
  readonly config: ResolvedConfig;
  /** The chatspec.config.* in use, or null. */
  readonly configFile: string | null;
  /** Arguments for each `chatspec generate` run (the user's, without `--watch`). */
  readonly args: readonly string[];
  readonly io: CommandIo;
  readonly debounceMs?: number;
}

/** The outcome of one child run. */
export interface RunOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Every existing path whose change means "generate again", absolute. */
export function watchedPaths(config: ResolvedConfig, configFile: string | null): string[] {
  const templates = defaultTemplatesDir();
  const runtime = path.join(path.dirname(templates), "generator", "runtime");
  const candidates = [path.dirname(config.spec), config.redocly, configFile, templates, runtime];
  return [...new Set(candidates.filter((file): file is string => file !== null && existsSync(file)))];
}

/**
 * One line for a run: the generate summary when it succeeded; otherwise the first error line, and
 * for lint errors the first problem too.
 */
export function summarizeRun(run: RunOutput): string {
  const lines = (text: string) =>
    stripVTControlCharacters(text)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
  const out = lines(run.stdout);
  const err = lines(run.stderr);
  if (run.code === ExitCode.ok) return out.at(-1) ?? "chatspec: generated";
  const reason = err[0] ?? out.at(-1) ?? `exit code ${run.code}`;
  const firstProblem = out.find((line) => / error /.test(line));
  return `chatspec: failed: ${reason}${firstProblem === undefined ? "" : `; first: ${firstProblem}`}`;
}

/** Watches until SIGINT or SIGTERM; resolves to the exit code 0. */
export async function watchGenerate(options: WatchOptions): Promise<number> {
  const { io, config } = options;
  const paths = watchedPaths(config, options.configFile);
  const out = config.out;
  const watcher = watch(paths, {
    ignoreInitial: true,
    // The output folder, the writer's staging folders beside it, and a .ts config's transpiled copy.
    ignored: (file: string) =>
      file === out || file.startsWith(`${out}${path.sep}`) || /\.chatspec-(new|old)-\d+/.test(file) || path.basename(file).startsWith(".chatspec."),
  });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));

  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const runLoop = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      io.stdout(`${summarizeRun(await generateOnce(options.args, io.cwd))}\n`);
    } while (again);
    running = false;
  };
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runLoop(), options.debounceMs ?? 150);
  });

  io.stderr(`chatspec: watching ${paths.map((file) => path.relative(io.cwd, file) || ".").join(", ")} (Ctrl-C stops)\n`);
  await runLoop();
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  clearTimeout(timer);
  await watcher.close();
  return ExitCode.ok;
}

/** Runs `chatspec generate …args` in a child process and collects its output. */
function generateOnce(args: readonly string[], cwd: string): Promise<RunOutput> {
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve("chatspec/package.json")), "scripts", "chatspec.js");
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, "generate", ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : ExitCode.usage;
      resolve({ code, stdout, stderr: error !== null && stderr === "" ? error.message : stderr });
    });
  });
}
