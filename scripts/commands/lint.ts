/**
 * `chatspec lint`: lints the spec and every provider profile (spec/profiles/) as applied, with the
 * same rules, and prints the problems as text lines, GitHub annotations or one JSON array. Exit code
 * 1 when there are errors. `reportLint` is shared with generate and check, which lint first.
 */
import { performance } from "node:perf_hooks";
import type { ResolvedConfig } from "../../generator/config.js";
import { ExitCode } from "../../generator/errors.js";
import type { LintProblem } from "../../generator/io/load-spec.js";
import { renderGithub } from "../../generator/findings/render/github.js";
import { renderJson } from "../../generator/findings/render/json.js";
import { renderText } from "../../generator/findings/render/text.js";
import { textStyleOf, type OutputFormat } from "../format-output.js";
import { rel, seconds } from "./display.js";
import { lintFinding } from "./findings.js";
import { specPolicy, type CommonFlags } from "./flags.js";
import { colorsOf, type CommandIo } from "./io.js";
import { withValidatorCache } from "./validator-cache.js";

export async function runLint(config: ResolvedConfig, flags: CommonFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  const problems = await withValidatorCache(flags, io, async () => {
    // Redocly and AJV are heavy: they load only in the commands that use them, not for --help or --version.
    const { loadSpec } = await import("../../generator/io/load-spec.js");
    const loadedSpec = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, lint: true, ...specPolicy(flags) });
    // Each provider profile (spec/profiles/) is linted as applied, with the same rules.
    const profiles = await (await import("../../generator/io/load-profiles.js")).loadProfiles({
      specPath: config.spec,
      redoclyPath: config.redocly,
      cwd: io.cwd,
      document: loadedSpec.document,
      lint: true,
    });
    return [...loadedSpec.problems, ...profiles.problems];
  });
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
 * Prints lint problems as text lines or, with `--format github`, as annotations; with `--format json`
 * the command prints them in its one JSON array instead. Returns true when there are errors.
 */
export function reportLint(problems: readonly LintProblem[], io: CommandIo, format: OutputFormat = "text"): boolean {
  if (format === "text") io.stdout(renderText(problems.map(lintFinding), textStyleOf(colorsOf(io, "stdout"))));
  if (format === "github") io.stdout(renderGithub(problems.map(lintFinding)));
  return problems.some((problem) => problem.severity === "error");
}
