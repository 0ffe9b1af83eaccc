/**
 * An input error as a finding: a ChatspecError (generator/errors.ts) becomes `input/<kind>` at its
 * file, line and column, or its JSON pointer, so `--format json`, `github` and `markdown` report it
 * like any other finding instead of leaving stdout empty. Its kind was given where it was raised.
 */
import path from "node:path";
import type { ChatspecError } from "../errors.js";
import type { Finding } from "./finding.js";

export function inputFinding(error: ChatspecError): Finding {
  const { file, line, column, pointer } = error.location;
  return {
    code: `input/${error.kind}`,
    severity: "error",
    message: error.message,
    // An error about a flag or a missing tool names no file.
    file: file === undefined ? "" : file.split(path.sep).join("/"),
    line: line ?? null,
    // As the one-line text form prints it: a known line without a column is at column 1.
    column: line === undefined ? null : (column ?? 1),
    ...(pointer === undefined ? {} : { pointer }),
  };
}
