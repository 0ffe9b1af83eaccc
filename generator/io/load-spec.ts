/**
 * The input edge: reads the spec once, lints it with the project's Redocly config, and bundles it
 * into one plain JSON document. Each job is a file of its own under spec/; this composes them in
 * order and returns everything they made in one result, which the caller hands on to generate()
 * (generator/index.ts): nothing travels between the phases any other way.
 *
 *   guards (spec/guards.ts) → Redocly config (spec/redocly-config.ts) → resolve (spec/resolve.ts)
 *   → lint (spec/lint.ts, with the example plan of spec/example-lint.ts) → bundle (spec/bundle.ts)
 *   → upgrade (spec/upgrade.ts: 3.0 → 3.1) → normalize (spec/normalize.ts)
 *   → request examples (spec/example-lint.ts) → provenance (spec/provenance.ts)
 *
 * Lint and bundle share one resolver, so each file is read and parsed once. Input problems become
 * ChatspecErrors with file, line and column. A 3.0 spec is linted and bundled as 3.0 (Redocly's
 * oas3_0 rules) and converted only then, so those positions are in the author's own files.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SpecProvenance } from "../check/provenance.js";
import type { PreparedValidators } from "../emitters/validators/variant-source.js";
import type { NormalizeReport } from "../normalize/index.js";
import type { JsonValue, OpenApiDocument } from "../openapi.js";
import { bundleSpec } from "./spec/bundle.js";
import { exampleFindings, ownProblemsAt, planExampleLint } from "./spec/example-lint.js";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_SPEC_BYTES, assertDepth, assertFlowDepth, assertReadableVersion, assertSpecFile } from "./spec/guards.js";
import { assertRefsResolved, lintProblems, sortProblems, type LintProblem } from "./spec/lint.js";
import { normalizeStep } from "./spec/normalize.js";
import { specProvenance } from "./spec/provenance.js";
import { loadRedoclyConfig } from "./spec/redocly-config.js";
import { resolveRoot } from "./spec/resolve.js";
import { upgradeStep } from "./spec/upgrade.js";
import type { UpgradeReport } from "../upgrade/index.js";

export type { LintProblem } from "./spec/lint.js";
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_SPEC_BYTES } from "./spec/guards.js";

/** What loading made, handed on as a whole: generate() takes it (it is a SpecInput) with the config and assets. */
export interface LoadedSpec {
  readonly document: OpenApiDocument;
  readonly problems: readonly LintProblem[];
  /** What converting a 3.0 spec to 3.1 changed; null when the spec was 3.1. */
  readonly upgraded: UpgradeReport | null;
  /** What `normalize` changed, rule by rule; null when it was not asked for. */
  readonly normalized: NormalizeReport | null;
  /** What the document was made from, for the manifest's inputs (check/provenance.ts). */
  readonly provenance: SpecProvenance;
  /**
   * With `forGeneration`: the default validators the request-example check compiled from `document`
   * (or only converted, when the validator cache remembered it passing), for the validators emitter
   * to use instead of making them again; otherwise null.
   */
  readonly preparedValidators: PreparedValidators | null;
}

export interface LoadSpecOptions {
  readonly specPath: string;
  readonly redoclyPath: string;
  readonly cwd: string;
  readonly lint: boolean;
  /**
   * With `lint`: the lint verdict for exactly these inputs is already known to be clean, so lint is
   * recorded in the provenance as usual but not run. `check` sets it when its fast path found every
   * input (spec files, lint config and plugins, Redocly's version) as the manifest lists them:
   * `generate` writes a manifest only after a lint without errors. Default false.
   */
  readonly lintAlreadyPassed?: boolean;
  /**
   * The caller generates from the result: the request-example check then prepares the default
   * validators as the emitter will, and the result carries them (`preparedValidators`). Default false.
   */
  readonly forGeneration?: boolean;
  /** Allow `$ref`s to files outside the spec's folder. Default false. */
  readonly allowExternalRefs?: boolean;
  /** Allow `$ref`s to http(s) URLs. Default false: no network. */
  readonly allowRemoteRefs?: boolean;
  /** Largest spec file (and referenced file) in bytes. Default 50 MB. */
  readonly maxSpecBytes?: number;
  /** Deepest nesting of mappings and sequences. Default 256. */
  readonly maxDepth?: number;
  /** Rewrite a foreign dialect into plain 3.1 after bundling (generator/normalize/). Default false. */
  readonly normalize?: boolean;
}

/**
 * Loads `specPath`. With `lint`, the Redocly problems come back too; the caller decides whether
 * errors stop the run. Paths in problems are relative to `cwd`. A `$ref` that cannot be resolved
 * (missing, or refused by the reference policy) is an input error at the `$ref` itself.
 */
export async function loadSpec(options: LoadSpecOptions): Promise<LoadedSpec> {
  const { specPath, cwd } = options;
  const display = (file: string) => path.relative(cwd, file) || file;
  const file = display(specPath);
  const maxBytes = options.maxSpecBytes ?? DEFAULT_MAX_SPEC_BYTES;
  assertSpecFile(specPath, maxBytes, file);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // Read once: the depth check scans this text, and the resolver parses the same text.
  const specText = readFileSync(specPath, "utf8");
  assertFlowDepth(specText, maxDepth, file);
  const config = await loadRedoclyConfig(options.redoclyPath, display);
  const { document, resolver } = await resolveRoot({
    specPath,
    specText,
    config,
    file,
    maxBytes,
    allowExternalRefs: options.allowExternalRefs ?? false,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
  });
  const version = assertReadableVersion(document, file);
  assertDepth(document.parsed, maxDepth, file);

  const linting = options.lint && options.lintAlreadyPassed !== true;
  // Request-body examples are checked with the validators' own compilation when that covers them
  // all (spec/example-lint.ts), instead of a second compilation inside Redocly's rule.
  const examplePlan = linting ? planExampleLint(config, document.parsed as JsonValue, version) : null;
  const lint = (lintConfig: Parameters<typeof lintProblems>[1]) => lintProblems(document, lintConfig, resolver, display);
  const problems = examplePlan === null ? [] : await lint(examplePlan.config);
  assertRefsResolved(problems, cwd);
  const bundled = await bundleSpec(document, config, resolver, display, cwd);
  const upgraded = upgradeStep(bundled, version);
  const normalized = normalizeStep(upgraded.document, options.normalize === true);
  let preparedValidators: PreparedValidators | null = null;
  if (examplePlan !== null) {
    const findings = await exampleFindings(examplePlan, normalized.document, { forGeneration: options.forGeneration === true }, lint);
    if ("redocly" in findings) problems.push(...findings.redocly);
    else {
      problems.push(...ownProblemsAt(findings.own, findings.severity, document, file));
      preparedValidators = findings.preparedValidators;
    }
  }
  const provenance = await specProvenance(resolver, config, {
    specPath,
    redoclyPath: options.redoclyPath,
    lint: options.lint,
    normalize: options.normalize === true,
  });
  return {
    document: normalized.document,
    problems: sortProblems(problems),
    upgraded: upgraded.report,
    normalized: normalized.report,
    provenance,
    preparedValidators,
  };
}
