/**
 * `chatspec drift`: read doc pages written by other tools (or by hand) in a supported flavor and
 * report where they disagree with the spec. The same knowledge that writes each flavor reads it
 * back (generator/flavors/). Everything here is pure; the CLI (scripts/commands/drift.ts) reads files and loads the spec.
 */
export { auditPage, type AuditOptions, type DriftSpec, type PageAudit } from "./audit.js";
export { detectFlavor, type Detection } from "./detect.js";
export { FINDING_CODES, hasErrors, sortFindings, type DriftCode, type DriftFinding, type Severity } from "./findings.js";
export { parsePage } from "./flavors.js";
export { NO_DRIFT, renderAuditText } from "./report.js";
