/**
 * The `chatspec` command line: lint, generate, check. This is an edge: it reads flags and files,
 * calls the pure core, prints, and maps outcomes to exit codes (0 ok, 1 findings or stale output,
 * 2 usage or input error). Input errors print one line and a frame, never a stack trace (`--debug`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { compareOutput, firstDifference, hasDrift } from "../generator/compare.js";
import type { ResolvedConfig } from "../generator/config.js";
import { flavorIds } from "../generator/flavors/registry.js";
import { ChatspecError, ExitCode } from "../generator/errors.js";
import { codeFrame } from "../generator/lib/code-frame.js";
import type { LintProblem, LoadedSpec } from "../generator/io/load-spec.js";
import { assertSafeOutDir, readOutputDir, replaceOutputDir } from "../generator/io/output-dir.js";
import { driftFindings, lintFinding } from "./commands/findings.js";
import { configFileOf, loadCommandConfig } from "./commands/config.js";
import { colorsOf, processIo, type CommandIo } from "./commands/io.js";
import { runSite } from "./commands/site.js";
import { watchGenerate } from "./commands/watch.js";
import { clipLines, formatOption, textStyleOf, type OutputFormat } from "./format-output.js";
import { renderGithub } from "../generator/findings/render/github.js";
import { renderJson } from "../generator/findings/render/json.js";
import { renderText } from "../generator/findings/render/text.js";
import { createPhaseTimer, type PhaseTimer } from "./bench/phase-timer.js";

// Redocly and AJV are heavy: they load only in the commands that use them, not for --help or --version.
async function loadSpec(options: Parameters<typeof import("../generator/io/load-spec.js").loadSpec>[0]): Promise<LoadedSpec> {
  return (await import("../generator/io/load-spec.js")).loadSpec(options);
}

interface CommonFlags {
  spec?: string;
  out?: string;
  allowExternalRefs?: boolean;
  allowRemoteRefs?: boolean;
  maxSpecSize?: string;
  flavors?: string;
  config?: string;
  quiet?: boolean;
  debug?: boolean;
  /** lint and check: text, json or github. */
  format?: OutputFormat;
  /** generate: regenerate on every change of an input. */
  watch?: boolean;
  /** generate and check: rewrite a foreign spec's dialect first (generator/normalize/). */
  normalize?: boolean;
  /** generate and check: false with `--no-lint`. */
  lint?: boolean;
  /** A Redocly config for lint instead of redocly.yaml. */
  lintConfig?: string;
  /** check: regenerate even when the manifest says no input changed. */
  full?: boolean;
  /** generate: only this provider profile, into <out>/profiles/<id>/. */
  profile?: string;
}

const version = (createRequire(import.meta.url)("chatspec/package.json") as { version: string }).version;

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let debug = argv.includes("--debug");
  const program = new Command("chatspec")
    .description("Spec-first toolchain for chat-completion APIs: lint the canonical spec, generate types and validators, guard drift.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run with --help for usage)");

  // `out`: the command writes to an output folder; `generation`: it generates (doc flavors, dialect, lint switch).
  const withCommon = (command: Command, options: { out: boolean; generation: boolean }): Command => {
    command
      .option("--spec <file>", "the OpenAPI 3.1 spec (default: spec/openapi.yaml)")
      .option("--config <file>", "a chatspec.config.{ts,mjs,json} (default: the one in the current directory)")
      .option("--allow-external-refs", "allow $refs to files outside the spec's folder")
      .option("--allow-remote-refs", "allow $refs to http(s) URLs (otherwise nothing touches the network)")
      .option("--max-spec-size <megabytes>", "refuse a spec (or referenced file) larger than this (default: 50)");
    command.option("--lint-config <file>", "lint with this Redocly config instead of redocly.yaml");
    if (options.out) command.option("--out <dir>", "the output directory (default: generated)");
    if (options.generation) {
      command
        .option("--flavors <ids>", `doc flavors to generate, comma-separated (default: all: ${flavorIds.join(",")})`)
        .option("--normalize", "rewrite a foreign spec's dialect first: 3.0 nullable, discriminators on anyOf, vendor extensions (see README)")
        .option("--no-lint", "do not lint (for foreign specs that are not held to the house rules)");
    }
    return command
      .addOption(new Option("-q, --quiet", "print only problems"))
      .addOption(new Option("--debug", "show stack traces of internal errors"))
      .exitOverride();
  };

  withCommon(program.command("lint").description("lint the spec with redocly.yaml (recommended rules and house rules)"), { out: false, generation: false })
    .addOption(formatOption())
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      exitCode = await runLint(await loadCommandConfig(flags, io), flags, io);
    });
  withCommon(program.command("generate").description("lint the spec, then write types, validators and the package to the output directory"), { out: true, generation: true })
    .option("--watch", "generate again whenever the spec, a profile, a template, the runtime, redocly.yaml or the config changes")
    .option("--profile <id>", "generate only this provider profile (spec/profiles/<id>.overlay.yaml) into <out>/profiles/<id>/")
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      const configFile = configFileOf(flags, io);
      const config = await loadCommandConfig(flags, io, configFile);
      exitCode = flags.watch
        ? await watchGenerate({ config, configFile, args: argv.filter((arg, index) => index !== argv.indexOf("generate") && arg !== "--watch"), io })
        : await runGenerate(config, flags, io);
    });
  withCommon(program.command("check").description("regenerate in memory and fail if the output directory differs (the drift gate)"), { out: true, generation: true })
    .addOption(formatOption())
    .option("--full", "regenerate even when the manifest shows that no input changed")
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      exitCode = await runCheck(await loadCommandConfig(flags, io), flags, io);
    });
  withCommon(program.command("site").description("lint the spec, then write only the HTML API reference (Redocly build-docs, offline) to <out>/site/index.html"), { out: true, generation: false })
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      exitCode = await runSite(await loadCommandConfig(flags, io), { quiet: flags.quiet, ...specPolicy(flags) }, io);
    });
  (await import("./commands/drift.js")).registerDriftCommand(program, io, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv], { from: "user" });
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.usage;
    }
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof ChatspecError) {
      io.stderr(`${colorsOf(io, "stderr").red(error.toLine())}\n`);
      const frame = error.frame ?? frameOf(error, io.cwd);
      if (frame !== null) io.stderr(`${frame}\n`);
      if (debug) io.stderr(`${error.stack ?? ""}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${colorsOf(io, "stderr").red(`chatspec: internal error: ${message}`)}\n`);
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
    else io.stderr("(run with --debug for the stack trace)\n");
    return ExitCode.usage;
  }
}

/**
 * Prints lint problems as text lines or, with `--format github`, as annotations; with `--format json`
 * the command prints them in its one JSON array instead. Returns true when there are errors.
 */
function reportLint(problems: readonly LintProblem[], io: CommandIo, format: OutputFormat = "text"): boolean {
  if (format === "text") io.stdout(renderText(problems.map(lintFinding), textStyleOf(colorsOf(io, "stdout"))));
  if (format === "github") io.stdout(renderGithub(problems.map(lintFinding)));
  return problems.some((problem) => problem.severity === "error");
}

async function runLint(config: ResolvedConfig, flags: CommonFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  const loadedSpec = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, lint: true, ...specPolicy(flags) });
  // Each provider profile (spec/profiles/) is linted as applied, with the same rules.
  const profiles = await (await import("../generator/io/load-profiles.js")).loadProfiles({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, document: loadedSpec.document, lint: true });
  const problems = [...loadedSpec.problems, ...profiles.problems];
  const failed = reportLint(problems, io, flags.format);
  if (flags.format === "json") io.stdout(renderJson(problems.map(lintFinding)));
  const errors = problems.filter((problem) => problem.severity === "error").length;
  if (flags.format !== "json" && (!flags.quiet || failed)) {
    const summary = `${rel(io, config.spec)}: ${errors} errors, ${problems.length - errors} warnings (${seconds(started)})`;
    const pc = colorsOf(io, "stdout");
    io.stdout(`${failed ? pc.red(summary) : pc.green(summary)}\n`);
  }
  return failed ? ExitCode.findings : ExitCode.ok;
}

/**
 * `lintAlreadyPassed`: check's fast path matched every input, lint policy included, against the
 * manifest of a run that linted clean (only output files differ), so lint is not run again.
 */
async function lintAndGenerate(config: ResolvedConfig, io: CommandIo, format: OutputFormat = "text", flags: CommonFlags = {}, timer?: PhaseTimer, lintAlreadyPassed = false) {
  const lint = flags.lint !== false;
  const { document, problems, normalized } = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, lint, lintAlreadyPassed, forGeneration: true, ...specPolicy(flags) });
  // Provider profiles beside the spec (spec/profiles/*.overlay.yaml), applied and linted like the spec.
  const loaded = await (await import("../generator/io/load-profiles.js")).loadProfiles({
    specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, document, lint: lint && !lintAlreadyPassed, forGeneration: true, ...(flags.profile === undefined ? {} : { only: flags.profile }),
  });
  const allProblems = [...problems, ...loaded.problems];
  timer?.lap("load+lint");
  const failed = reportLint(allProblems, io, format);
  if (failed) return { files: null, problems: allProblems };
  if (normalized !== null && format === "text" && !flags.quiet) {
    const line = (await import("../generator/normalize/index.js")).formatReport(normalized);
    if (line !== null) io.stdout(`${colorsOf(io, "stdout").dim(line)}\n`);
  }
  // The types emitter loads the TypeScript compiler: from V8's cached code when the last run left it.
  (await import("../generator/io/compile-cache.js")).enableCompileCache(["typescript"]);
  const [{ generate, generateProfile }, { loadAssets }] = await Promise.all([import("../generator/index.js"), import("../generator/io/load-templates.js")]);
  const only = flags.profile === undefined ? undefined : loaded.profiles[0];
  const files = only === undefined ? await generate(document, config, loadAssets(), { profiles: loaded.profiles }) : await generateProfile(only, config, loadAssets());
  timer?.lap("generate");
  return { files, problems: allProblems };
}

async function runGenerate(config: ResolvedConfig, flags: CommonFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  const timer = createPhaseTimer(process.env, io.stderr);
  // `--profile <id>` writes only that profile's folder, which carries its own manifest.
  const out = flags.profile === undefined ? config.out : path.join(config.out, ...(await import("../generator/index.js")).profileOutputDir(flags.profile).split("/"));
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

async function runCheck(config: ResolvedConfig, flags: CommonFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  const format = flags.format ?? "text";
  const timer = createPhaseTimer(process.env, io.stderr);
  // Fast path: no input changed since the manifest was written, so hashing the output is enough
  // (generator/check/verify.ts). Anything else, a stale file included, regenerates below for the diff.
  let inputsUnchanged = false;
  if (format === "text" && flags.full !== true) {
    const { fastCheck } = await import("../generator/check/verify.js");
    const policy = specPolicy(flags);
    const fast = fastCheck(config, { lint: flags.lint !== false, normalize: flags.normalize === true, allowExternalRefs: policy.allowExternalRefs, maxSpecBytes: policy.maxSpecBytes });
    timer.lap("fast check");
    if (fast.verdict === "up-to-date") {
      if (!flags.quiet) io.stdout(`${colorsOf(io, "stdout").green(`chatspec: ${rel(io, config.out)}/ is up to date (${fast.files} files, ${seconds(started)})`)}\n`);
      timer.report();
      return ExitCode.ok;
    }
    // Only output files differ (edited by hand, or deleted): regenerate for the report, without the lint.
    inputsUnchanged = fast.verdict === "stale";
  }
  const { files, problems } = await lintAndGenerate(config, io, format, flags, timer, inputsUnchanged);
  if (format === "json" && files === null) io.stdout(renderJson(problems.map(lintFinding)));
  if (files === null) return ExitCode.findings;
  const onDisk = readOutputDir(config.out);
  const drift = compareOutput(files, onDisk);
  const out = rel(io, config.out);
  if (format !== "text") {
    const findings = driftFindings(drift, out, onDisk, new Map(files.map((file) => [file.path, file.contents])));
    if (format === "json") io.stdout(renderJson([...problems.map(lintFinding), ...findings]));
    else io.stdout(renderGithub(findings));
    if (format === "json") return hasDrift(drift) ? ExitCode.findings : ExitCode.ok;
  }
  timer.lap("compare");
  timer.report();
  if (!hasDrift(drift)) {
    if (!flags.quiet) io.stdout(`${colorsOf(io, "stdout").green(`chatspec: ${rel(io, config.out)}/ is up to date (${files.length} files, ${seconds(started)})`)}\n`);
    return ExitCode.ok;
  }
  for (const file of format === "text" ? drift.stale : []) io.stdout(`stale   ${out}/${file}\n`);
  for (const file of format === "text" ? drift.missing : []) io.stdout(`missing ${out}/${file}\n`);
  for (const file of format === "text" ? drift.extra : []) io.stdout(`extra   ${out}/${file}\n`);
  const first = format === "text" ? drift.stale[0] : undefined;
  if (first !== undefined) {
    const fresh = files.find((file) => file.path === first)?.contents ?? "";
    io.stdout(`${clipLines(firstDifference(`${out}/${first}`, onDisk.get(first) ?? "", fresh))}\n`);
  }
  io.stdout(`${colorsOf(io, "stdout").red(`chatspec: ${out}/ is stale; run \`npm run generate\` and commit the result`)}\n`);
  return ExitCode.findings;
}

/** A code frame for an error that names a file and line, read from that file; null when there is none. */
function frameOf(error: ChatspecError, cwd: string): string | null {
  const { file, line, column } = error.location;
  if (file === undefined || line === undefined) return null;
  try {
    return codeFrame(readFileSync(path.resolve(cwd, file), "utf8"), line, column ?? 1);
  } catch {
    return null;
  }
}

/** The reference policy and size limit from the flags (secure defaults when absent). */
function specPolicy(flags: CommonFlags): { allowExternalRefs: boolean; allowRemoteRefs: boolean; maxSpecBytes?: number; normalize: boolean } {
  const megabytes = flags.maxSpecSize === undefined ? undefined : Number(flags.maxSpecSize);
  if (megabytes !== undefined && !(megabytes > 0)) throw new ChatspecError(`--max-spec-size must be a positive number of megabytes, not "${flags.maxSpecSize}"`);
  return {
    allowExternalRefs: flags.allowExternalRefs === true,
    allowRemoteRefs: flags.allowRemoteRefs === true,
    normalize: flags.normalize === true,
    ...(megabytes === undefined ? {} : { maxSpecBytes: Math.round(megabytes * 1024 * 1024) }),
  };
}

function rel(io: CommandIo, file: string): string {
  return path.relative(io.cwd, file) || ".";
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}

