/**
 * The `chatspec` command line: lint, generate, check. This is an edge: it reads flags and files,
 * calls the pure core, prints, and maps outcomes to exit codes (0 ok, 1 findings or stale output,
 * 2 usage or input error). Input errors print one line and a frame, never a stack trace (`--debug`).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import pc from "picocolors";
import { compareOutput, firstDifference, hasDrift } from "../generator/compare.js";
import { resolveConfig, type ResolvedConfig, type UserConfig } from "../generator/config.js";
import { flavorIds } from "../generator/emitters/docs/flavors/index.js";
import { ChatspecError, ExitCode } from "../generator/errors.js";
import { findConfigFile, loadConfigFile } from "../generator/io/load-config-file.js";
import type { LintProblem, LoadedSpec } from "../generator/io/load-spec.js";
import { assertSafeOutDir, readOutputDir, replaceOutputDir } from "../generator/io/output-dir.js";

// Redocly and AJV are heavy: they load only in the commands that use them, not for --help or --version.
async function loadSpec(options: Parameters<typeof import("../generator/io/load-spec.js").loadSpec>[0]): Promise<LoadedSpec> {
  return (await import("../generator/io/load-spec.js")).loadSpec(options);
}

interface CommonFlags {
  spec?: string;
  out?: string;
  flavors?: string;
  config?: string;
  quiet?: boolean;
  debug?: boolean;
}

interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const version = (createRequire(import.meta.url)("chatspec/package.json") as { version: string }).version;

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let debug = argv.includes("--debug");
  const program = new Command("chatspec")
    .description("Spec-first toolchain for chat-completion APIs: lint the canonical spec, generate types and validators, guard drift.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run with --help for usage)");

  const withCommon = (command: Command, options: { out: boolean }): Command => {
    command
      .option("--spec <file>", "the OpenAPI 3.1 spec (default: spec/openapi.yaml)")
      .option("--config <file>", "a chatspec.config.{ts,mjs,json} (default: the one in the current directory)");
    if (options.out) {
      command
        .option("--out <dir>", "the output directory (default: generated)")
        .option("--flavors <ids>", `doc flavors to generate, comma-separated (default: all: ${flavorIds.join(",")})`);
    }
    return command
      .addOption(new Option("-q, --quiet", "print only problems"))
      .addOption(new Option("--debug", "show stack traces of internal errors"))
      .exitOverride();
  };

  withCommon(program.command("lint").description("lint the spec with redocly.yaml (recommended rules and house rules)"), { out: false })
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      exitCode = await runLint(await loadConfig(flags, io), flags, io);
    });
  withCommon(program.command("generate").description("lint the spec, then write types, validators and the package to the output directory"), { out: true })
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      exitCode = await runGenerate(await loadConfig(flags, io), flags, io);
    });
  withCommon(program.command("check").description("regenerate in memory and fail if the output directory differs (the drift gate)"), { out: true })
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      exitCode = await runCheck(await loadConfig(flags, io), flags, io);
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
      io.stderr(`${pc.red(error.toLine())}\n`);
      if (error.frame !== null) io.stderr(`${error.frame}\n`);
      if (debug) io.stderr(`${error.stack ?? ""}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${pc.red(`chatspec: internal error: ${message}`)}\n`);
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
    else io.stderr("(run with --debug for the stack trace)\n");
    return ExitCode.usage;
  }
}

async function loadConfig(flags: CommonFlags, io: Io): Promise<ResolvedConfig> {
  const file = flags.config !== undefined ? path.resolve(io.cwd, flags.config) : findConfigFile(io.cwd);
  const fromFile = file === null ? {} : await loadConfigFile(file, path.relative(io.cwd, file));
  const fromFlags: UserConfig = { spec: flags.spec, out: flags.out, flavors: flags.flavors };
  try {
    const config = resolveConfig(io.cwd, fromFile, fromFlags);
    // Without an explicit lint config, a redocly.yaml beside the spec wins over the one in the
    // current folder, so a spec folder (such as a test fixture) can carry its own lint rules.
    const beside = path.join(path.dirname(config.spec), "redocly.yaml");
    const explicit = fromFile.redocly !== undefined;
    return !explicit && existsSync(beside) ? { ...config, redocly: beside } : config;
  } catch (error) {
    throw new ChatspecError(error instanceof Error ? error.message : String(error), { location: file === null ? {} : { file: path.relative(io.cwd, file) } });
  }
}

function formatProblem(problem: LintProblem): string {
  const severity = problem.severity === "error" ? pc.red("error") : pc.yellow("warning");
  return `${problem.file}:${problem.line}:${problem.column}: ${severity} ${problem.message} ${pc.dim(`(${problem.ruleId})`)}`;
}

/** Prints lint problems; returns true when there are errors. */
function reportLint(problems: readonly LintProblem[], io: Io): boolean {
  for (const problem of problems) io.stdout(`${formatProblem(problem)}\n`);
  return problems.some((problem) => problem.severity === "error");
}

async function runLint(config: ResolvedConfig, flags: CommonFlags, io: Io): Promise<number> {
  const started = performance.now();
  const { problems } = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, lint: true });
  const failed = reportLint(problems, io);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  if (!flags.quiet || failed) {
    const summary = `${rel(io, config.spec)}: ${errors} errors, ${problems.length - errors} warnings (${seconds(started)})`;
    io.stdout(`${failed ? pc.red(summary) : pc.green(summary)}\n`);
  }
  return failed ? ExitCode.findings : ExitCode.ok;
}

async function lintAndGenerate(config: ResolvedConfig, io: Io) {
  const { document, problems } = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, lint: true });
  const failed = reportLint(problems, io);
  if (failed) return { files: null };
  const [{ generate }, { loadAssets }] = await Promise.all([import("../generator/index.js"), import("../generator/io/load-templates.js")]);
  return { files: await generate(document, config, loadAssets()) };
}

async function runGenerate(config: ResolvedConfig, flags: CommonFlags, io: Io): Promise<number> {
  const started = performance.now();
  const { files } = await lintAndGenerate(config, io);
  if (files === null) {
    io.stderr(`${pc.red(`${rel(io, config.spec)}: lint errors; nothing was written`)}\n`);
    return ExitCode.findings;
  }
  const drift = compareOutput(files, readOutputDir(config.out));
  const changed = drift.stale.length + drift.missing.length + drift.extra.length;
  if (hasDrift(drift)) {
    assertSafeOutDir(config.out, { cwd: io.cwd, spec: config.spec, display: rel(io, config.out) });
    replaceOutputDir(config.out, files, rel(io, config.out));
  }
  if (!flags.quiet) {
    const what = changed === 0 ? "up to date" : `${drift.stale.length + drift.missing.length} written, ${drift.extra.length} removed`;
    io.stdout(`${pc.green(`chatspec: ${files.length} files in ${rel(io, config.out)}/ (${what}) in ${seconds(started)}`)}\n`);
  }
  return ExitCode.ok;
}

async function runCheck(config: ResolvedConfig, flags: CommonFlags, io: Io): Promise<number> {
  const started = performance.now();
  const { files } = await lintAndGenerate(config, io);
  if (files === null) return ExitCode.findings;
  const onDisk = readOutputDir(config.out);
  const drift = compareOutput(files, onDisk);
  if (!hasDrift(drift)) {
    if (!flags.quiet) io.stdout(`${pc.green(`chatspec: ${rel(io, config.out)}/ is up to date (${files.length} files, ${seconds(started)})`)}\n`);
    return ExitCode.ok;
  }
  const out = rel(io, config.out);
  for (const file of drift.stale) io.stdout(`stale   ${out}/${file}\n`);
  for (const file of drift.missing) io.stdout(`missing ${out}/${file}\n`);
  for (const file of drift.extra) io.stdout(`extra   ${out}/${file}\n`);
  const first = drift.stale[0];
  if (first !== undefined) {
    const fresh = files.find((file) => file.path === first)?.contents ?? "";
    io.stdout(`${firstDifference(`${out}/${first}`, onDisk.get(first) ?? "", fresh)}\n`);
  }
  io.stdout(`${pc.red(`chatspec: ${out}/ is stale; run \`npm run generate\` and commit the result`)}\n`);
  return ExitCode.findings;
}

function rel(io: Io, file: string): string {
  return path.relative(io.cwd, file) || ".";
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}

function processIo(): Io {
  return { cwd: process.cwd(), stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
}
