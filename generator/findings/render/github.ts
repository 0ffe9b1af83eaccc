/**
 * Findings as GitHub Actions workflow commands (`--format github`), which the Actions runner turns
 * into annotations on the pull request's files: `::error file=F,line=L,col=C,title=CODE::message`.
 */
import type { Finding } from "../finding.js";

/** One workflow command per finding, each ending in a newline. */
export function renderGithub(findings: readonly Finding[]): string {
  return findings.map((finding) => `${githubAnnotation(finding)}\n`).join("");
}

/**
 * Line and column only when known: a whole-file finding annotates the file. A finding that names no
 * file (an input error about a flag) has no `file`: GitHub shows it on the run, not on a file.
 */
export function githubAnnotation(finding: Finding): string {
  const properties = finding.file === "" ? [] : [`file=${escapeProperty(finding.file)}`];
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
