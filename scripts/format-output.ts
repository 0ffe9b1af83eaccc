/**
 * Machine-readable output for the commands that report findings (`lint`, `check`, and later
 * `drift`): one Finding shape with a stable code, rendered as a JSON array (`--format json`) or as
 * GitHub Actions workflow commands (`--format github`), which the Actions runner turns into
 * annotations on the pull request's files. Text output stays with each command.
 */
import { Option } from "commander";

export const OUTPUT_FORMATS = ["text", "json", "github"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One problem a command reports. Codes are stable and listed in the README. */
export interface Finding {
  /** `lint/<rule-id>`, `check/stale`, `check/missing`, `check/extra`, … */
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** Relative to the current directory, posix separators. */
  readonly file: string;
  /** 1-based, or null when the finding is about a whole file. */
  readonly line: number | null;
  readonly column: number | null;
}

/** The `--format` option, shared by every command that reports findings. */
export function formatOption(): Option {
  return new Option("--format <format>", "output format: text, json (an array of findings) or github (Actions annotations)").choices(OUTPUT_FORMATS).default("text");
}

/** A JSON array of findings with a fixed key order, one trailing newline. */
export function renderJson(findings: readonly Finding[]): string {
  const ordered = findings.map(({ code, severity, message, file, line, column }) => ({ code, severity, message, file, line, column }));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** One workflow command per finding: `::error file=F,line=L,col=C,title=CODE::message`. */
export function renderGithub(findings: readonly Finding[]): string {
  return findings.map((finding) => `${githubAnnotation(finding)}\n`).join("");
}

export function githubAnnotation(finding: Finding): string {
  const properties = [`file=${escapeProperty(finding.file)}`];
  if (finding.line !== null) properties.push(`line=${finding.line}`);
  if (finding.line !== null && finding.column !== null) properties.push(`col=${finding.column}`);
  properties.push(`title=${escapeProperty(finding.code)}`);
  return `::${finding.severity} ${properties.join(",")}::${escapeData(finding.message)}`;
}

/** As @actions/core escapes a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** As @actions/core escapes a command's property values. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Shortens every line to `width` characters (a diff of a minified line would flood the terminal). */
export function clipLines(text: string, width = 200): string {
  return text
    .split("\n")
    .map((line) => (line.length > width ? `${line.slice(0, width)}… (${line.length - width} more characters)` : line))
    .join("\n");
}
