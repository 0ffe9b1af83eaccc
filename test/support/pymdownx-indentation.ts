/**
 * pymdownx.details' indentation rule, as a check of a page: what the writer must satisfy for every
 * `??? child` block to hold its fields (our pages), and what hand-written pages get wrong (seed 003,
 * whose block is empty). A test oracle written from pymdownx's rule, independent of the flavor's
 * reader, which finds the same defects its own way (drift/markup-defect).
 */
import { lines as splitLines, normalizeSpaces } from "../../generator/drift/source.js";
import { isFieldLine } from "../../generator/flavors/mkdocs-material/reader.js";

export interface IndentViolation {
  readonly line: number;
  readonly problem: "no blank line after ??? child" | "empty child block" | "under-indented" | "body above its field";
}

/**
 * After a `??? child` line at indent k, the next line must be blank and the block lasts until a
 * structural line (field, `---` rule or `??? child`) at indent ≤ k; every non-blank line before
 * that must be indented ≥ k + 4, and there must be at least one. Also, the description lines of a
 * field are never indented less than the field line itself.
 */
export function childBlockViolations(text: string): IndentViolation[] {
  const lines = splitLines(normalizeSpaces(text));
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  const structural = (line: string): boolean => isFieldLine(line) || /^ *---$/.test(line) || /^ *\?\?\? child /.test(line);
  const violations: IndentViolation[] = [];
  lines.forEach((line, index) => {
    if (/^ *\?\?\? child /.test(line)) {
      const k = indentOf(line);
      if ((lines[index + 1] ?? "") !== "") violations.push({ line: index + 2, problem: "no blank line after ??? child" });
      let body = 0;
      for (let j = index + 1; j < lines.length; j++) {
        const candidate = lines[j] as string;
        if (candidate.trim() === "") continue;
        if (indentOf(candidate) <= k && structural(candidate)) break;
        if (indentOf(candidate) < k + 4) violations.push({ line: j + 1, problem: "under-indented" });
        body++;
      }
      if (body === 0) violations.push({ line: index + 1, problem: "empty child block" });
    } else if (isFieldLine(line)) {
      const k = indentOf(line);
      for (let j = index + 1; j < lines.length && !structural(lines[j] as string); j++) {
        const candidate = lines[j] as string;
        if (candidate.trim() !== "" && indentOf(candidate) < k) violations.push({ line: j + 1, problem: "body above its field" });
      }
    }
  });
  return violations;
}
