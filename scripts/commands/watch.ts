/**
 * `chatspec generate --watch`: generates, then again whenever an input changes: the spec's folder
 * (the spec, files it `$ref`s, `spec/profiles/**`), redocly.yaml, the config file, the doc templates
 * and the package runtime sources. Each run prints exactly one line to stdout (the generate summary,
 * or why it failed) and a failed run does not stop the watch; when runs start, and which failed run
 * a newer change makes not worth a line, is watch-loop.ts.
 *
 * Every run happens in one warm child process (warm-generator.ts, watch-worker.ts), which keeps
 * Redocly, TypeScript and AJV loaded between runs, and the output folder is rewritten only where bytes
 * changed (unchanged files are carried over as they are). Node caches ES modules, so the child would
 * keep the first version of a `.ts`/`.mjs` config or of a Redocly plugin: a change to the config file
 * or to a plugin that redocly.yaml names restarts the child. A child also means a crash in one run
 * cannot end the watch.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { watch } from "chokidar";
import { parse } from "yaml";
import type { ResolvedConfig } from "../../generator/config.js";
import { ExitCode } from "../../generator/errors.js";
import { defaultTemplatesDir } from "../../generator/io/load-templates.js";
import type { CommandIo } from "./io.js";
import { type RunOutput, WarmGenerator } from "./warm-generator.js";
import { createLateLooks } from "./late-looks.js";
import { createWatchLoop } from "./watch-loop.js";

export interface WatchOptions {
  readonly config: ResolvedConfig;
  /** The chatspec.config.* in use, or null. */
  readonly configFile: string | null;
  /** Arguments for each `chatspec generate` run (the user's, without `--watch`). */
  readonly args: readonly string[];
  readonly io: CommandIo;
  readonly debounceMs?: number;
}

/** Every existing path whose change means "generate again", absolute. */
export function watchedPaths(config: ResolvedConfig, configFile: string | null): string[] {
  const templates = defaultTemplatesDir();
  const runtime = path.join(path.dirname(templates), "generator", "runtime");
  const candidates = [path.dirname(config.spec), config.redocly, configFile, templates, runtime, ...lintPlugins(config.redocly)];
  return [...new Set(candidates.filter((file): file is string => file !== null && existsSync(file)))];
}

/** The files whose change means "restart the warm process first": the config file and the lint plugins. */
export function restartPaths(config: ResolvedConfig, configFile: string | null): Set<string> {
  return new Set([...(configFile === null ? [] : [configFile]), ...lintPlugins(config.redocly)]);
}

/**
 * The local plugin files a Redocly config names (`plugins: [./rules/plugin.js]`), absolute. A config
 * that cannot be read names none here: the run itself reports it.
 */
export function lintPlugins(redoclyConfig: string): string[] {
  try {
    const { plugins } = (parse(readFileSync(redoclyConfig, "utf8")) ?? {}) as { plugins?: unknown };
    if (!Array.isArray(plugins)) return [];
    return plugins.filter((entry): entry is string => typeof entry === "string").map((entry) => path.resolve(path.dirname(redoclyConfig), entry));
  } catch {
    return [];
  }
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

  const generator = new WarmGenerator(options.args, io.cwd);
  const restartOn = restartPaths(config, options.configFile);
  const changed = (file: string) => loop.changed(restartOn.has(path.resolve(file)) ? path.resolve(file) : undefined);
  const lateLooks = createLateLooks(changed);
  const loop = createWatchLoop({
    run: () => {
      lateLooks.runStarts();
      return generator.run();
    },
    settled: () => lateLooks.settled(),
    report: (run) => io.stdout(`${summarizeRun(run)}\n`),
    restart: (cause) => {
      io.stderr(`chatspec: ${path.relative(io.cwd, cause)} changed: restarting the generate process\n`);
      generator.restart();
    },
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
  });
  watcher.on("all", (event, file) => {
    lateLooks.observed(event, file);
    changed(file);
  });

  io.stderr(`chatspec: watching ${paths.map((file) => path.relative(io.cwd, file) || ".").join(", ")} (Ctrl-C stops)\n`);
  await loop.runNow();
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  loop.stop();
  generator.restart();
  await watcher.close();
  return ExitCode.ok;
}
