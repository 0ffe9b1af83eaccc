/**
 * What a drift audit reports: one finding per disagreement between a doc page and the spec, as the
 * shared Finding (generator/findings/) with a `drift/…` code. Codes are an interface (CI filters,
 * `--format github` titles, the README table), so they are declared once here with their severity
 * and meaning and never renamed.
 */
import type { Finding, Severity } from "../findings/finding.js";

export type { Severity } from "../findings/finding.js";
export { hasErrors } from "../findings/finding.js";
export { sortFindings } from "../findings/sort.js";

/**
 * Every drift code without its `drift/` namespace, with the severity it usually has and what it
 * reports. A few codes pick the other severity case by case (noted in `summary`); the comparison
 * decides and says why.
 */
export const FINDING_CODES = {
  "unknown-field": { severity: "error", summary: "documented but not in the spec; a near-miss spelling or case (`Messages`) names the likely intended field" },
  "missing-field": {
    severity: "error",
    summary: "in the spec but not documented (hidden in an HTML comment counts as not documented); a warning for deprecated fields and provider extensions",
  },
  "ambiguous-field": { severity: "warning", summary: "a truncated name (TypeDoc's `max`) matches several spec fields; none of them is reported missing" },
  "type-mismatch": {
    severity: "error",
    summary: "the documented type differs: another type, a narrower or wider one (`i32` for int64), a map's value type, one branch of a union",
  },
  "unrecognized-type": { severity: "error", summary: "the type label is not in the flavor's vocabulary (`Arrray`), with the closest word" },
  "required-mismatch": { severity: "error", summary: "required in one and optional in the other" },
  "nullable-mismatch": {
    severity: "error",
    summary: "the doc accepts null and the spec does not (error), or the spec accepts null and the doc does not say so (warning)",
  },
  "default-mismatch": {
    severity: "error",
    summary:
      "a different default, a default the spec does not declare, a default stated twice with different values; a warning when a flavor that shows defaults leaves the spec's out",
  },
  "deprecated-not-marked": {
    severity: "warning",
    summary: "deprecated in the spec but not marked in the doc in a way the flavor supports (prose for flavors without a marker)",
  },
  "deprecated-not-in-spec": { severity: "warning", summary: "marked deprecated in the doc but not in the spec" },
  "enum-mismatch": {
    severity: "error",
    summary: "enum values the spec does not accept (error) or spec values the doc leaves out (warning), from value tables, literal types or a list in prose",
  },
  "range-mismatch": {
    severity: "error",
    summary: "a range stated in prose or a rules column that disagrees with the schema's bounds; a warning when the prose is the spec's own description's",
  },
  "extension-not-marked": { severity: "warning", summary: "a provider extension (`x-chatspec-provider-extension`) documented as if it were standard OpenAI" },
  "unmapped-page": {
    severity: "warning",
    summary:
      "the page's title, file name and field names match no schema of the spec: a stale page, or a name the flavor's rules cannot map; nothing on it is compared",
  },
  "markup-defect": { severity: "warning", summary: "markup that renders differently from what the page means (an unindented `??? child` block renders empty)" },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** A drift code as the comparisons name it: `type-mismatch`. */
export type DriftCode = keyof typeof FINDING_CODES;

/** One disagreement: a Finding at a position in the doc page, about one field of the spec. */
export interface DriftFinding extends Finding {
  readonly code: `drift/${DriftCode}`;
  /** 1-based positions in the doc file. */
  readonly line: number;
  readonly column: number;
  /** JSON pointer into the spec: the field, or the schema's `properties` for a field the spec lacks. */
  readonly pointer: string;
  /** The spec's wire name (a dotted path for nested fields), or the doc's name when no spec field matches. */
  readonly field: string;
}
