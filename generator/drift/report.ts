/**
 * How an audit is shown as text for people: the detected flavor of each page, then one line per
 * finding (the shared text renderer, generator/findings/render/text.ts), then a summary. JSON,
 * GitHub annotations and the Markdown table are the shared renderers of generator/findings/render/.
 */
import { PLAIN, textLine, type TextStyle } from "../findings/render/text.js";
import type { PageAudit } from "./audit.js";

/** What `--format markdown` prints when no page disagrees with the spec. */
export const NO_DRIFT = "No drift: every documented fact agrees with the spec.";

/** `FILE: flavor X (detected), schema Y` per page, then `FILE:LINE:COL: severity message (code)` per finding. */
export function renderAuditText(audits: readonly PageAudit[], style: TextStyle = PLAIN): string {
  const out: string[] = [];
  for (const audit of audits) {
    const how = audit.detected ? "detected" : "--flavor";
    const dialect = audit.dialect === null ? "" : `, ${audit.dialect}`;
    const schemas = audit.schemas.length === 0 ? "nothing to compare" : `schema ${audit.schemas.join(", ")}`;
    out.push(style.dim(`${audit.file}: flavor ${audit.flavor} (${how}${dialect}); ${schemas}`));
    if (audit.note !== null) out.push(style.dim(`${audit.file}: note: ${audit.note}`));
    for (const finding of audit.findings) out.push(textLine(finding, style));
  }
  const all = audits.flatMap((audit) => audit.findings);
  const errors = all.filter((finding) => finding.severity === "error").length;
  const summary = `chatspec drift: ${audits.length} ${audits.length === 1 ? "page" : "pages"}, ${errors} ${errors === 1 ? "error" : "errors"}, ${all.length - errors} ${all.length - errors === 1 ? "warning" : "warnings"}`;
  out.push(errors > 0 ? style.error(summary) : summary);
  return `${out.join("\n")}\n`;
}
