/**
 * Findings as a GitHub-flavoured Markdown table (`--format markdown`), for a pull-request comment.
 * `empty` is the sentence printed instead of an empty table; the command knows what "nothing
 * found" means for it.
 */
import type { Finding } from "../finding.js";

export function renderMarkdown(findings: readonly Finding[], empty: string): string {
  if (findings.length === 0) return `${empty}\n`;
  const rows = findings.map(
    (finding) =>
      `| ${cell(where(finding))} | ${finding.severity} | \`${finding.code}\` | ${finding.field === undefined || finding.field === "" ? "" : `\`${cell(finding.field)}\``} | ${cell(finding.message)} |`,
  );
  return `${["| Where | Severity | Code | Field | Message |", "|---|---|---|---|---|", ...rows].join("\n")}\n`;
}

function where(finding: Finding): string {
  return finding.line === null ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
}

/** Escapes what would end a cell or the row. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
