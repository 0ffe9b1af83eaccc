/**
 * An internal error (a bug in chatspec, not a problem with the input) as a finding: `internal/error`,
 * about no file. With `--format json`, `github` or `markdown`, stdout must still be the document a
 * tool parses, whatever went wrong; the message and the hint to `--debug` also go to stderr.
 */
import type { Finding } from "./finding.js";

export function internalFinding(message: string): Finding {
  return { code: "internal/error", severity: "error", message: `internal error: ${message}`, file: "", line: null, column: null };
}
