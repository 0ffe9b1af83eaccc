/**
 * `chatspec generate`: lints, generates in memory (lint-and-generate.ts), then writes the output
 * folder, replacing it only when something differs. Nothing is written on lint errors (exit 1).
 * `--profile <id>` writes only that profile's folder, which carries its own manifest.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { compareOutput, hasDrift } from "../../generator/compare.js";
import type { ResolvedConfig } from "../../generator/config.js";
import { ExitCode } from "../../generator/errors.js";
import { assertSafeOutDir, readOutputDir, replaceOutputDir } from "../../generator/io/output-dir.js";
import { rel, seconds } from "./display.js";
import type { CommonFlags } from "./flags.js";
import { colorsOf, type CommandIo } from "./io.js";
import { lintAndGenerate } from "./lint-and-generate.js";
import { createPhaseTimer } from "./phase-timer.js";

export async function runGenerate(config: ResolvedConfig, flags: CommonFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  const timer = createPhaseTimer(process.env, io.stderr);
  // `--profile <id>` writes only that profile's folder, which carries its own manifest.
  const out =
    flags.profile === undefined ? config.out : path.join(config.out, ...(await import("../../generator/index.js")).profileOutputDir(flags.profile).split("/"));
  // Refused before any work, and before the folder is read: `--out .` must not read the whole project.
  assertSafeOutDir(out, { cwd: io.cwd, spec: config.spec, display: rel(io, out) });
  const { files } = await lintAndGenerate(config, io, "text", flags, timer);
  if (files === null) {
    io.stderr(`${colorsOf(io, "stderr").red(`${rel(io, config.spec)}: lint errors; nothing was written`)}\n`);
    return ExitCode.findings;
  }
  const onDisk = readOutputDir(out);
  const drift = compareOutput(files, onDisk);
  const changed = drift.stale.length + drift.missing.length + drift.extra.length;
  if (hasDrift(drift)) replaceOutputDir(out, files, rel(io, out), { onDisk });
  if (!flags.quiet) {
    const what = changed === 0 ? "up to date" : `${drift.stale.length + drift.missing.length} written, ${drift.extra.length} removed`;
    io.stdout(`${colorsOf(io, "stdout").green(`chatspec: ${files.length} files in ${rel(io, out)}/ (${what}) in ${seconds(started)}`)}\n`);
  }
  timer.lap("write");
  timer.report();
  return ExitCode.ok;
}
