/**
 * Lint with Redocly, and its problems in chatspec's terms: each located in a file of the user's
 * (path relative to the working folder, 1-based line and column), sorted by place. An unresolvable
 * `$ref` is not a lint finding but an input error at the `$ref` itself (`refError`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { getLineColLocation, lintDocument, type Config, type Document, type NormalizedProblem } from "@redocly/openapi-core";
import { ChatspecError } from "../../errors.js";
import { codeFrame } from "../../lib/code-frame.js";
import type { GuardedResolver } from "../guarded-resolver.js";

/** One lint finding, located in a file of the user's. */
export interface LintProblem {
  readonly severity: "error" | "warn";
  readonly ruleId: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
}

/** Lints `document` with `config`, following `$ref`s through `resolver`; problems Redocly was told to ignore are left out. */
export async function lintProblems(document: Document, config: Config, resolver: GuardedResolver, display: (file: string) => string): Promise<LintProblem[]> {
  return (await lintDocument({ document, config, externalRefResolver: resolver }))
    .filter((problem) => !problem.ignored)
    .map((problem) => toLintProblem(problem, display));
}

/** Throws the first unresolvable `$ref` among `problems` as an input error. */
export function assertRefsResolved(problems: readonly LintProblem[], cwd: string): void {
  const unresolvedRef = problems.find((problem) => problem.ruleId === "no-unresolved-refs");
  if (unresolvedRef !== undefined) throw refError(unresolvedRef, cwd);
}

/** An unresolvable `$ref` as an input error at the `$ref`, naming its target, with a frame of its file. */
export function refError(problem: LintProblem, cwd: string): ChatspecError {
  let text: string | null = null;
  try {
    text = readFileSync(path.resolve(cwd, problem.file), "utf8");
  } catch {
    text = null;
  }
  const line = text?.split(/\r?\n/)[problem.line - 1] ?? "";
  const target = /\$ref["']?\s*:\s*["']?([^"'}\s,]+)/.exec(line)?.[1];
  const detail = problem.message
    .replace(/^Can't resolve \$ref:?\s*/i, "")
    .replace(/^ENOENT: no such file or directory, open '([^']+)'.*$/, "no such file $1")
    .trim();
  const message = `cannot resolve $ref${target === undefined ? "" : ` ${JSON.stringify(target)}`}${detail === "" ? "" : `: ${detail}`}`;
  return new ChatspecError(message, {
    kind: "ref",
    location: { file: problem.file, line: problem.line, column: problem.column },
    frame: text === null ? null : codeFrame(text, problem.line, problem.column),
  });
}

export function toLintProblem(problem: NormalizedProblem, display: (file: string) => string): LintProblem {
  const location = problem.location[0];
  if (location === undefined) {
    return { severity: problem.severity, ruleId: problem.ruleId, message: problem.message, file: "", line: 1, column: 1, pointer: "" };
  }
  const lineCol = getLineColLocation(location);
  return {
    severity: problem.severity,
    ruleId: problem.ruleId,
    message: problem.message,
    file: display(location.source.absoluteRef),
    line: lineCol.start.line,
    column: lineCol.start.col,
    pointer: location.pointer ?? "",
  };
}

/** By file, line, column, then rule. */
export function sortProblems(problems: readonly LintProblem[]): LintProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file, "en-US") || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId, "en-US"),
  );
}
