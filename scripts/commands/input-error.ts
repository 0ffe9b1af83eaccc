/**
 * How a command reports an input error (a ChatspecError), in the format it was asked for. `text`
 * prints one line on stderr and a code frame, as people read it; `json`, `github` and `markdown`
 * print it on stdout as an `input/<kind>` finding (generator/findings/input.ts), in the same
 * document a run with findings prints, so a tool reading stdout always gets what it parses.
 * The exit code is the error's own in every format. An internal error is printed the same way
 * (scripts/cli.ts, with printFindingDocument).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChatspecError } from "../../generator/errors.js";
import type { Finding } from "../../generator/findings/finding.js";
import { inputFinding } from "../../generator/findings/input.js";
import { renderGithub } from "../../generator/findings/render/github.js";
import { renderJson } from "../../generator/findings/render/json.js";
import { renderMarkdown } from "../../generator/findings/render/markdown.js";
import { codeFrame } from "../../generator/lib/code-frame.js";
import type { OutputFormat } from "../format-output.js";
import { colorsOf, type CommandIo } from "./io.js";

/** Every `--format` a command takes (`markdown` is drift's). */
export type ReportFormat = OutputFormat | "markdown";

/** Prints `error` for `format` and returns its exit code. `--debug` adds the stack trace on stderr in every format. */
export function reportInputError(error: ChatspecError, format: ReportFormat, io: CommandIo, debug: boolean): number {
  if (format === "text") {
    io.stderr(`${colorsOf(io, "stderr").red(error.toLine())}\n`);
    const frame = error.frame ?? frameOf(error, io.cwd);
    if (frame !== null) io.stderr(`${frame}\n`);
  } else printFindingDocument(inputFinding(error), format, io);
  if (debug) io.stderr(`${error.stack ?? ""}\n`);
  return error.exitCode;
}

/**
 * Prints one finding on stdout as the whole document of `format` (not `text`: text goes to stderr
 * as a line), the same document a run with findings prints, so a tool reading stdout parses it.
 */
export function printFindingDocument(finding: Finding, format: Exclude<ReportFormat, "text">, io: CommandIo): void {
  if (format === "json") io.stdout(renderJson([finding]));
  else if (format === "github") io.stdout(renderGithub([finding]));
  else io.stdout(renderMarkdown([finding], ""));
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
