/**
 * Lint's side of the request-example check (generator/lint/request-examples.ts): decides, per linted
 * document, whether chatspec's check stands in for Redocly's `no-invalid-media-type-examples`, and
 * gives Redocly the config to lint with.
 *
 * The check stands in only when the rule is on with `allowAdditionalProperties: true` (the verdict
 * of the default validators, which tolerate unknown keys as the API does) and covers every example
 * of the document. Otherwise Redocly's rule runs exactly as configured. The problems keep the rule's
 * id and severity, so `--format json`, CI annotations and severity overrides see the same rule.
 */
import { getLineColLocation, type Config, type Document } from "@redocly/openapi-core";
import type { PreparedValidators } from "../../emitters/validators/variant-source.js";
import { EXAMPLES_RULE, examplesCheckable, requestExampleProblems, type ExampleProblem } from "../../lint/request-examples.js";
import type { JsonValue, OpenApiDocument } from "../../openapi.js";
import type { ReadableVersion } from "./guards.js";
import type { LintProblem } from "./lint.js";

export interface ExampleLintPlan {
  /** The config to hand Redocly: the project's, or a copy with the rule off. */
  readonly config: Config;
  /** The project's config as loaded, for the fallback to Redocly's rule. */
  readonly projectConfig: Config;
  /** The severity chatspec's check reports with; null when Redocly's rule runs (or is off). */
  readonly severity: "error" | "warn" | null;
}

/**
 * What the examples of a planned document came to: chatspec's findings (with, when generating, the
 * default validators compiled for them, which the caller hands on to generate), or Redocly's rule's problems.
 */
export type ExampleFindings<P> =
  | { readonly own: readonly ExampleProblem[]; readonly severity: "error" | "warn"; readonly preparedValidators: PreparedValidators | null }
  | { readonly redocly: readonly P[] };

/**
 * How `parsed` (the document as Redocly will lint it, of `version`) gets its examples checked. The
 * rule's settings are read from, and turned off in, the rule table of that version: Redocly lints a
 * 3.0 document with its oas3_0 table. The check itself always runs on the converted 3.1 document;
 * converting moves no example, so its pointers are the same in the author's file.
 */
export function planExampleLint(config: Config, parsed: JsonValue, version: ReadableVersion): ExampleLintPlan {
  const settings = config.getRuleSettings(EXAMPLES_RULE, version) as { severity: string; allowAdditionalProperties?: unknown };
  if ((settings.severity !== "error" && settings.severity !== "warn") || settings.allowAdditionalProperties !== true || !examplesCheckable(parsed)) {
    return { config, projectConfig: config, severity: null };
  }
  return { config: withRuleOff(config, EXAMPLES_RULE, version), projectConfig: config, severity: settings.severity };
}

/**
 * The example findings of a planned, now bundled `document`. Nothing when Redocly's rule already
 * ran in the lint with `plan.config`. When the schema cannot be compiled (AJV's strict mode refuses
 * what Redocly's lenient AJV accepts), Redocly's rule runs after all: `lint` with the project's
 * config, keeping only that rule's problems; generation then reports the compile error itself.
 */
export async function exampleFindings<P extends { readonly ruleId: string }>(
  plan: ExampleLintPlan,
  document: OpenApiDocument,
  options: { forGeneration: boolean },
  lint: (config: Config) => Promise<readonly P[]>,
): Promise<ExampleFindings<P>> {
  if (plan.severity === null) return { redocly: [] };
  try {
    const check = await requestExampleProblems(document, options);
    return { own: check.problems, severity: plan.severity, preparedValidators: check.preparedValidators };
  } catch {
    return { redocly: (await lint(plan.projectConfig)).filter((problem) => problem.ruleId === EXAMPLES_RULE) };
  }
}

/** chatspec's findings as lint problems of the spec's root file `source`, at the offending values. `file` is the file as shown. */
export function ownProblemsAt(own: readonly ExampleProblem[], severity: "error" | "warn", source: Document, file: string): LintProblem[] {
  return own.map((problem) => {
    const at = getLineColLocation({ source: source.source, pointer: problem.pointer, reportOnKey: false });
    return { severity, ruleId: EXAMPLES_RULE, message: problem.message, file, line: at.start.line, column: at.start.col, pointer: problem.pointer };
  });
}

/**
 * A copy of `config` that sees `ruleId` as off for `version`. The copy's prototype is the original,
 * so plugins, resolver settings and every other rule are the same objects; only that version's rule
 * table differs.
 */
function withRuleOff(config: Config, ruleId: string, version: ReadableVersion): Config {
  const copy = Object.create(config) as Config;
  copy.rules = { ...config.rules, [version]: { ...config.rules[version], [ruleId]: "off" } };
  return copy;
}
