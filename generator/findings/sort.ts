/**
 * The order every report prints findings in: file, line, column, then code. Whole-file findings
 * (no line) come before the positioned findings of the same file.
 */
import { compareCodeUnits } from "../lib/text.js";
import type { Finding } from "./finding.js";

export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodeUnits(a.code, b.code),
  );
}
