/**
 * The `chatspec` command line: wires commander to the commands in scripts/commands/ (lint, generate,
 * check, site, drift; generate --watch). This is an edge: each command reads flags and files, calls
 * the pure core, prints, and returns an exit code (0 ok, 1 findings or stale output, 2 usage or
 * input error). Here errors are reported, never a stack trace (`--debug`): an input error in the command's
 * `--format` (commands/input-error.ts), an internal error as one line on stderr and, for a
 * machine-read `--format`, an `internal/error` finding on stdout.
 */
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { OUTPUT_KINDS } from "../generator/config.js";
import { flavorIds } from "../generator/flavors/catalog.js";
import { ChatspecError, ExitCode } from "../generator/errors.js";
import { internalFinding } from "../generator/findings/internal.js";
import { configFileOf, loadCommandConfig } from "./commands/config.js";
import { specPolicy, type CommonFlags } from "./commands/flags.js";
import { printFindingDocument, reportInputError, type ReportFormat } from "./commands/input-error.js";
import { colorsOf, processIo, type CommandIo } from "./commands/io.js";
import { formatOption } from "./format-output.js";

// Each command's module is imported when the command runs, so that `check` on an unchanged tree
// loads little more than its fast path (commands/check.ts) and `--help` loads no command at all.
const version = (createRequire(import.meta.url)("chatspec/package.json") as { version: string }).version;

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let debug = argv.includes("--debug");
  // The running command's --format, for an input error it throws (commands without one print text).
  let format: ReportFormat = "text";
  const program = new Command("chatspec")
    .description("Spec-first toolchain for chat-completion APIs: lint the canonical spec, generate types and validators, guard drift.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run with --help for usage)")
    .hook("preAction", (_program, command) => {
      format = (command.opts() as { format?: ReportFormat }).format ?? "text";
    });

  // `out`: the command writes to an output folder; `generation`: it generates (doc flavors, dialect, lint switch);
  // `validators`: it compiles the validators (the request-example check included), so it has their cache.
  const withCommon = (command: Command, options: { out: boolean; generation: boolean; validators: boolean }): Command => {
    command
      .option("--spec <file>", "the OpenAPI 3.1 or 3.0 spec (default: spec/openapi.yaml)")
      .option("--config <file>", "a chatspec.config.{ts,mjs,json} (default: the one in the current directory)")
      .option("--allow-external-refs", "allow $refs to files outside the spec's folder")
      .option("--allow-remote-refs", "allow $refs to http(s) URLs (otherwise nothing touches the network)")
      .option("--max-spec-size <megabytes>", "refuse a spec (or referenced file) larger than this (default: 50)");
    command.option("--lint-config <file>", "lint with this Redocly config instead of redocly.yaml");
    if (options.out) command.option("--out <dir>", "the output directory (default: generated)");
    if (options.generation) {
      command
        .option("--flavors <ids>", `doc flavors to generate, comma-separated (default: all: ${flavorIds.join(",")})`)
        .option("--outputs <parts>", `what to write, comma-separated: ${OUTPUT_KINDS.join(",")} (default: all; docs alone never compiles the validators)`)
        .option(
          "--normalize",
          "rewrite a foreign spec's dialect first: 3.0 leftovers in 3.1, discriminators on anyOf, vendor extensions (see docs/normalize.md)",
        )
        .option("--no-lint", "do not lint (for foreign specs that are not held to the house rules)");
    }
    if (options.validators) command.option("--no-cache", "neither read nor write the validator cache (node_modules/.cache/chatspec/validators)");
    return command
      .addOption(new Option("-q, --quiet", "print only problems"))
      .addOption(new Option("--debug", "show stack traces of internal errors"))
      .exitOverride();
  };

  withCommon(program.command("lint").description("lint the spec with redocly.yaml (recommended rules and house rules)"), {
    out: false,
    generation: false,
    validators: true,
  })
    .addOption(formatOption())
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      const { runLint } = await import("./commands/lint.js");
      exitCode = await runLint(await loadCommandConfig(flags, io), flags, io);
    });
  withCommon(program.command("generate").description("lint the spec, then write types, validators and the package to the output directory"), {
    out: true,
    generation: true,
    validators: true,
  })
    .option("--watch", "generate again whenever the spec, a profile, a template, the runtime, redocly.yaml or the config changes")
    .option("--profile <id>", "generate only this provider profile (spec/profiles/<id>.overlay.yaml) into <out>/profiles/<id>/")
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      const configFile = configFileOf(flags, io);
      const config = await loadCommandConfig(flags, io, configFile);
      exitCode = flags.watch
        ? await (await import("./commands/watch.js")).watchGenerate({
            config,
            configFile,
            args: argv.filter((arg, index) => index !== argv.indexOf("generate") && arg !== "--watch"),
            io,
          })
        : await (await import("./commands/generate.js")).runGenerate(config, flags, io);
    });
  withCommon(program.command("check").description("regenerate in memory and fail if the output directory differs (the drift gate)"), {
    out: true,
    generation: true,
    validators: true,
  })
    .addOption(formatOption())
    .option("--full", "regenerate even when the manifest shows that no input changed")
    .action(async (flags: CommonFlags) => {
      debug = flags.debug ?? false;
      const { runCheck } = await import("./commands/check.js");
      exitCode = await runCheck(await loadCommandConfig(flags, io), flags, io);
    });
  withCommon(
    program.command("site").description("lint the spec, then write only the HTML API reference (Redocly build-docs, offline) to <out>/site/index.html"),
    { out: true, generation: false, validators: false },
  ).action(async (flags: CommonFlags) => {
    debug = flags.debug ?? false;
    const { runSite } = await import("./commands/site.js");
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
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return ExitCode.ok;
      // The parser refused the arguments before any command ran (so before the preAction hook read
      // --format): commander said so on stderr; a tool reading stdout still gets its document.
      const asked = requestedFormat(argv);
      if (asked !== "text") reportInputError(new ChatspecError(error.message.replace(/^error: /, ""), { kind: "option" }), asked, io, false);
      return ExitCode.usage;
    }
    if (error instanceof ChatspecError) return reportInputError(error, format, io, debug);
    const message = error instanceof Error ? error.message : String(error);
    // Before the command's action ran, the hook has not read --format yet: read it from argv.
    const asked = format === "text" ? requestedFormat(argv) : format;
    if (asked !== "text") printFindingDocument(internalFinding(message), asked, io);
    io.stderr(`${colorsOf(io, "stderr").red(`chatspec: internal error: ${message}`)}\n`);
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
    else io.stderr("(run with --debug for the stack trace)\n");
    return ExitCode.usage;
  }
}

/** The `--format` the arguments ask for (`--format json` or `--format=json`), read without the parser that refused them. */
function requestedFormat(argv: readonly string[]): ReportFormat {
  const index = argv.findIndex((arg) => arg === "--format" || arg.startsWith("--format="));
  const value = index === -1 ? undefined : argv[index]?.includes("=") ? argv[index]?.slice("--format=".length) : argv[index + 1];
  return value === "json" || value === "github" || value === "markdown" ? value : "text";
}
