/**
 * Findings as one JSON array (`--format json`), for tools. Keys come in one fixed order for every
 * command; `pointer` and `field` follow only on findings that have them (drift's).
 */
import type { Finding } from "../finding.js";

/** The array, pretty-printed, with one trailing newline. */
export function renderJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map(orderedKeys), null, 2)}\n`;
}

function orderedKeys({ code, severity, message, file, line, column, pointer, field }: Finding): Record<string, unknown> {
  return { code, severity, message, file, line, column, ...(pointer === undefined ? {} : { pointer }), ...(field === undefined ? {} : { field }) };
}
