/**
 * How a command reports an input error (a ChatspecError), in the format it was asked for. `text`
 * prints one line on stderr and a code frame, as people read it; `json`, `github` and `markdown`
 * print it on stdout as an `input/<kind>` finding (generator/findings/input.ts), in the same
 * document a run with findings prints, so a tool reading stdout always gets what it parses.
 * The exit code is the error's own in every format.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChatspecError } from "../../generator/errors.js";
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
  switch (format) {
    case "json":
      io.stdout(renderJson([inputFinding(error)]));
      break;
    case "github":
      io.stdout(renderGithub([inputFinding(error)]));
      break;
    case "markdown":
      io.stdout(renderMarkdown([inputFinding(error)], ""));
      break;
    case "text": {
      io.stderr(`${colorsOf(io, "stderr").red(error.toLine())}\n`);
      const frame = error.frame ?? frameOf(error, io.cwd);
      if (frame !== null) io.stderr(`${frame}\n`);
      break;
    }
  }
  if (debug) io.stderr(`${error.stack ?? ""}\n`);
  return error.exitCode;
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
