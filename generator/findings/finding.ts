/**
 * What every command reports: one Finding shape with a namespaced, stable code, rendered by the
 * modules in render/ (text, json, github, markdown). Codes are an interface (CI filters, GitHub
 * annotation titles, the README's tables), so they keep their spelling once published.
 *
 * Namespaces:
 * - `lint/<rule-id>`: a lint problem; `<rule-id>` is the Redocly rule as redocly.yaml names it.
 * - `check/stale`, `check/missing`, `check/extra`: a generated file out of date with the inputs.
 * - `drift/<code>`: a doc page disagreeing with the spec (generator/drift/findings.ts lists them).
 * - `input/<kind>`: the input itself cannot be used (unparsable YAML, an unresolvable `$ref`, an
 *   unsupported OpenAPI version, …): a ChatspecError, whose kind (generator/errors.ts
 *   INPUT_ERROR_KINDS, a closed list) is given where it is raised. It stops the command with exit
 *   code 2; `--format text` prints it as one line on stderr, the other formats as this finding (input.ts).
 * - `internal/error`: a bug in chatspec (internal.ts). Exit code 2, one line on stderr in every
 *   format, and this finding on stdout for `json`, `github` and `markdown`.
 */

export type Severity = "error" | "warning";

export const FINDING_NAMESPACES = ["lint", "check", "drift", "input", "internal"] as const;
export type FindingNamespace = (typeof FINDING_NAMESPACES)[number];

export type FindingCode = `${FindingNamespace}/${string}`;

/** One problem a command reports. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** One sentence for people. */
  readonly message: string;
  /** Relative to the current directory, posix separators. */
  readonly file: string;
  /** 1-based, or null when the finding is about a whole file. */
  readonly line: number | null;
  readonly column: number | null;
  /** A JSON pointer into the spec, for findings about one of its nodes (drift: the field, or the schema's `properties`). */
  readonly pointer?: string;
  /** The field the finding is about (drift: the spec's wire name, dotted when nested, or the doc's name). */
  readonly field?: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

/** The namespace a code belongs to (`lint` for `lint/rule/no-nullable`). */
export function namespaceOf(code: FindingCode): FindingNamespace {
  return code.slice(0, code.indexOf("/")) as FindingNamespace;
}

/** The code without its namespace (`rule/no-nullable` for `lint/rule/no-nullable`). */
export function localCode(code: FindingCode): string {
  return code.slice(code.indexOf("/") + 1);
}
