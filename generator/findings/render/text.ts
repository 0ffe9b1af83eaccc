/**
 * Findings as text for people: `FILE:LINE:COL: severity message (label)` per finding, or
 * `FILE: severity message (label)` for a whole-file finding. Colors come from the caller (the CLI
 * knows whether the stream is a terminal); the default style is plain.
 */
import { localCode, namespaceOf, type Finding } from "../finding.js";

export interface TextStyle {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly dim: (text: string) => string;
}

export const PLAIN: TextStyle = { error: (text) => text, warning: (text) => text, dim: (text) => text };

/** One line per finding, each ending in a newline. */
export function renderText(findings: readonly Finding[], style: TextStyle = PLAIN): string {
  return findings.map((finding) => `${textLine(finding, style)}\n`).join("");
}

export function textLine(finding: Finding, style: TextStyle = PLAIN): string {
  const at = finding.line === null ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
  const severity = finding.severity === "error" ? style.error("error") : style.warning("warning");
  return `${at}: ${severity} ${finding.message} ${style.dim(`(${textLabel(finding)})`)}`;
}

/**
 * A lint problem is labelled with its Redocly rule id alone, as Redocly prints it: that is the name
 * to look up or to configure in redocly.yaml. Other findings show their full code.
 */
function textLabel(finding: Finding): string {
  return namespaceOf(finding.code) === "lint" ? localCode(finding.code) : finding.code;
}
