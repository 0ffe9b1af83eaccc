/**
 * How an audit is shown: plain text for people (the detected flavor of each page, then one line per
 * finding, then a summary), a JSON array of findings for tools, and a Markdown table for a pull
 * request comment. GitHub annotations use the shared workflow-command renderer of the CLI.
 */
import type { PageAudit } from "./audit.js";
import type { Finding } from "./findings.js";

export interface TextStyle {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly dim: (text: string) => string;
}

const PLAIN: TextStyle = { error: (text) => text, warning: (text) => text, dim: (text) => text };

/** `FILE: flavor X (detected), schema Y` per page, then `FILE:LINE:COL: severity message (code)` per finding. */
export function renderText(audits: readonly PageAudit[], style: TextStyle = PLAIN): string {
  const out: string[] = [];
  for (const audit of audits) {
    const how = audit.detected ? "detected" : "--flavor";
    const dialect = audit.dialect === null ? "" : `, ${audit.dialect}`;
    const schemas = audit.schemas.length === 0 ? "nothing to compare" : `schema ${audit.schemas.join(", ")}`;
    out.push(style.dim(`${audit.file}: flavor ${audit.flavor} (${how}${dialect}); ${schemas}`));
    if (audit.note !== null) out.push(style.dim(`${audit.file}: note: ${audit.note}`));
    for (const finding of audit.findings) {
      const severity = finding.severity === "error" ? style.error("error") : style.warning("warning");
      out.push(`${finding.file}:${finding.line}:${finding.column}: ${severity} ${finding.message} ${style.dim(`(${finding.code})`)}`);
    }
  }
  const all = audits.flatMap((audit) => audit.findings);
  const errors = all.filter((finding) => finding.severity === "error").length;
  const summary = `chatspec drift: ${audits.length} ${audits.length === 1 ? "page" : "pages"}, ${errors} ${errors === 1 ? "error" : "errors"}, ${all.length - errors} ${all.length - errors === 1 ? "warning" : "warnings"}`;
  out.push(errors > 0 ? style.error(summary) : summary);
  return `${out.join("\n")}\n`;
}

/** Every finding with every field, in a fixed key order. */
export function renderJson(findings: readonly Finding[]): string {
  const ordered = findings.map(({ file, line, column, pointer, severity, field, code, message }) => ({ file, line, column, pointer, severity, field, code, message }));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A GitHub-flavoured Markdown table of the findings (or a line saying there are none). */
export function renderMarkdown(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No drift: every documented fact agrees with the spec.\n";
  const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const rows = findings.map((finding) => `| ${cell(finding.file)}:${finding.line}:${finding.column} | ${finding.severity} | \`${finding.code}\` | ${finding.field === "" ? "" : `\`${cell(finding.field)}\``} | ${cell(finding.message)} |`);
  return `${["| Where | Severity | Code | Field | Message |", "|---|---|---|---|---|", ...rows].join("\n")}\n`;
}
