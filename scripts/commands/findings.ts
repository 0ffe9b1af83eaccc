/**
 * What `lint` and `check` report, as findings (generator/findings/finding.ts; the renderers in
 * generator/findings/render/ print them): a lint problem is `lint/<rule-id>` at its file, line and
 * column; a generated file out of date is `check/stale` (at the first line that differs),
 * `check/missing` or `check/extra`.
 */
import type { Drift } from "../../generator/compare.js";
import type { LintProblem } from "../../generator/io/load-spec.js";
import type { Finding } from "../../generator/findings/finding.js";

export function lintFinding(problem: LintProblem): Finding {
  return {
    code: `lint/${problem.ruleId}`,
    severity: problem.severity === "error" ? "error" : "warning",
    message: problem.message,
    file: problem.file,
    line: problem.line,
    column: problem.column,
  };
}

/**
 * One finding per generated file out of date (check, not the drift command). `out` is the output folder as shown to the user; `onDisk` and `fresh`
 * give the contents of stale files, to point at their first differing line.
 */
export function staleOutputFindings(drift: Drift, out: string, onDisk: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, string>): Finding[] {
  const at = (file: string) => `${out}/${file}`;
  const rerun = "run `npm run generate` and commit the result";
  return [
    ...drift.stale.map((file): Finding => {
      const line = firstDifferentLine(onDisk.get(file) ?? "", fresh.get(file) ?? "");
      return { code: "check/stale", severity: "error", message: `differs from fresh output from line ${line}; ${rerun}`, file: at(file), line, column: 1 };
    }),
    ...drift.missing.map(
      (file): Finding => ({ code: "check/missing", severity: "error", message: `is not generated yet; ${rerun}`, file: at(file), line: null, column: null }),
    ),
    ...drift.extra.map(
      (file): Finding => ({
        code: "check/extra",
        severity: "error",
        message: `is not generated output; ${rerun} (it removes the file)`,
        file: at(file),
        line: null,
        column: null,
      }),
    ),
  ];
}

/** The 1-based number of the first line where `a` and `b` differ (one past the shorter if one is a prefix). */
export function firstDifferentLine(a: string, b: string): number {
  const left = a.split("\n");
  const right = b.split("\n");
  let index = 0;
  while (index < left.length && index < right.length && left[index] === right[index]) index++;
  return index + 1;
}
