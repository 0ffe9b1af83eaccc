/**
 * The input edge: reads the spec once, lints it with the project's Redocly config, and bundles it
 * into one plain JSON document. Lint and bundle share one resolver, so each file is read and parsed
 * once. Input problems become ChatspecErrors with file, line and column.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  YamlParseError,
  bundle,
  createConfig,
  detectSpec,
  getLineColLocation,
  lintDocument,
  loadConfig,
  type Config,
  type Document,
  type NormalizedProblem,
} from "@redocly/openapi-core";
import { lintHashes, sourceHashes, type SourceText } from "../check/collect.js";
import { recordProvenance } from "../check/provenance.js";
import { ChatspecError } from "../errors.js";
import { normalizeDocument, type NormalizeReport } from "../normalize/index.js";
import { codeFrame } from "../lib/code-frame.js";
import { GuardedResolver, megabytes } from "./guarded-resolver.js";
import { isJsonObject, type JsonValue, type OpenApiDocument } from "../openapi.js";
import { EXAMPLES_RULE } from "../lint/request-examples.js";
import { exampleFindings, planExampleLint } from "./example-lint.js";

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

export interface LoadedSpec {
  readonly document: OpenApiDocument;
  readonly problems: readonly LintProblem[];
  /** What `normalize` changed, rule by rule; null when it was not asked for. */
  readonly normalized: NormalizeReport | null;
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
   * The caller generates from the result: the request-example check then compiles the default
   * validators as the emitter will and keeps them for it (lint/request-examples.ts). Default false.
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

export const DEFAULT_MAX_SPEC_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 256;

/**
 * Loads `specPath`. With `lint`, the Redocly problems come back too; the caller decides whether
 * errors stop the run. Paths in problems are relative to `cwd`. A `$ref` that cannot be resolved
 * (missing, or refused by the reference policy) is an input error at the `$ref` itself.
 */
export async function loadSpec(options: LoadSpecOptions): Promise<LoadedSpec> {
  const { specPath, cwd } = options;
  const display = (file: string) => path.relative(cwd, file) || file;
  if (!existsSync(specPath) || !statSync(specPath).isFile()) {
    throw new ChatspecError("cannot read the spec: no such file", { location: { file: display(specPath) } });
  }
  const maxBytes = options.maxSpecBytes ?? DEFAULT_MAX_SPEC_BYTES;
  const size = statSync(specPath).size;
  if (size > maxBytes) {
    throw new ChatspecError(`the spec is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit (--max-spec-size changes it)`, { location: { file: display(specPath) } });
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // Read once: the depth check scans this text, and the resolver parses the same text.
  const specText = readFileSync(specPath, "utf8");
  assertFlowDepth(specText, maxDepth, display(specPath));
  const config = await loadRedoclyConfig(options.redoclyPath, display);
  const resolver = new GuardedResolver(config.resolve, {
    root: path.dirname(specPath),
    allowExternalRefs: options.allowExternalRefs ?? false,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    maxBytes,
    preloaded: new Map([[path.resolve(specPath), specText]]),
  });
  // The resolver rejects with a YamlParseError for the root document and resolves to one for refs.
  const document = await resolver.resolveDocument(null, specPath, true).catch((error: unknown) => error);
  if (document instanceof YamlParseError) {
    const original = document.originalError as Error & { reason?: string };
    const reason = original.reason ?? original.message.split("\n")[0] ?? "malformed";
    throw new ChatspecError(`invalid YAML: ${reason}`, {
      // YamlParseError's line and col are 1-based (parsed from js-yaml's "(line:col)").
      location: { file: display(specPath), line: document.line, column: document.col },
      frame: codeFrame(document.source.body, document.line, document.col),
    });
  }
  if (document instanceof Error) {
    throw new ChatspecError(`cannot read the spec: ${document.message}`, { location: { file: display(specPath) } });
  }
  if (!isRedoclyDocument(document)) throw new ChatspecError("cannot read the spec", { location: { file: display(specPath) } });
  assertOpenApi31(document, display(specPath));
  assertDepth(document.parsed, maxDepth, display(specPath));

  const linting = options.lint && options.lintAlreadyPassed !== true;
  // Request-body examples are checked with the validators' own compilation when that covers them
  // all (example-lint.ts), instead of a second compilation inside Redocly's rule.
  const examplePlan = linting ? planExampleLint(config, document.parsed as JsonValue) : null;
  const lint = async (lintConfig: Config): Promise<LintProblem[]> =>
    (await lintDocument({ document, config: lintConfig, externalRefResolver: resolver })).filter((problem) => !problem.ignored).map((problem) => toLintProblem(problem, display));
  const problems = examplePlan === null ? [] : await lint(examplePlan.config);
  const unresolvedRef = problems.find((problem) => problem.ruleId === "no-unresolved-refs");
  if (unresolvedRef !== undefined) throw refError(unresolvedRef, cwd);
  const bundled = await bundle({ doc: document, config, externalRefResolver: resolver });
  const unresolved = bundled.problems.find((problem) => problem.severity === "error");
  if (unresolved !== undefined) throw refError(toLintProblem(unresolved, display), cwd);
  const bundledDocument = bundled.bundle.parsed as OpenApiDocument;
  const normalized = options.normalize === true ? normalizeDocument(bundledDocument) : null;
  const result = normalized?.document ?? bundledDocument;
  if (examplePlan !== null) {
    const findings = await exampleFindings(examplePlan, result, { forGeneration: options.forGeneration === true }, lint);
    if ("redocly" in findings) problems.push(...findings.redocly);
    else {
      for (const problem of findings.own) {
        const at = getLineColLocation({ source: document.source, pointer: problem.pointer, reportOnKey: false });
        problems.push({ severity: findings.severity, ruleId: EXAMPLES_RULE, message: problem.message, file: display(specPath), line: at.start.line, column: at.start.col, pointer: problem.pointer });
      }
    }
  }
  // What the document was made from, for the manifest's inputs (check/provenance.ts).
  recordProvenance(result, {
    sources: sourceHashes(specPath, await readSources(resolver.cache.values())),
    lint: lintHashes(specPath, options.lint, options.redoclyPath, config.plugins.flatMap((plugin) => (plugin.absolutePath === undefined ? [] : [plugin.absolutePath]))),
    normalize: normalized !== null,
  });
  return { document: result, problems: sortProblems(problems), normalized: normalized?.report ?? null };
}

/** The files the resolver parsed (the root and every file it `$ref`s), with their text. */
async function readSources(cache: Iterable<Promise<Document | Error>>): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  for (const entry of await Promise.all(cache)) {
    if (isRedoclyDocument(entry)) sources.push({ absoluteRef: entry.source.absoluteRef, body: entry.source.body });
  }
  return sources;
}

/** The Redocly config for lint and bundle (Redocly's `recommended` when there is no file); a bad file is an input error. */
export async function loadRedoclyConfig(redoclyPath: string, display: (file: string) => string): Promise<Config> {
  if (!existsSync(redoclyPath)) return createConfig({ extends: ["recommended"] });
  try {
    return await loadConfig({ configPath: redoclyPath });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ChatspecError(`invalid Redocly config: ${message}`, { location: { file: display(redoclyPath) } });
  }
}

function isRedoclyDocument(value: unknown): value is Document {
  return typeof value === "object" && value !== null && "parsed" in value && "source" in value;
}

function assertOpenApi31(document: Document, file: string): void {
  const parsed = document.parsed;
  if (!isJsonObject(parsed)) throw new ChatspecError("not an OpenAPI document: the top level is not a mapping", { location: { file, line: 1, column: 1 } });
  let version: string;
  try {
    version = detectSpec(parsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ChatspecError(`not an OpenAPI document: ${message}`, { location: { file, line: 1, column: 1 } });
  }
  if (version !== "oas3_1") {
    const found = typeof parsed.openapi === "string" ? `openapi ${parsed.openapi}` : version;
    throw new ChatspecError(`unsupported version (${found}): chatspec reads OpenAPI 3.1`, { location: { file, line: 1, column: 1 } });
  }
}

/** An unresolvable `$ref` as an input error at the `$ref`, naming its target, with a frame of its file. */
function refError(problem: LintProblem, cwd: string): ChatspecError {
  let text: string | null = null;
  try {
    text = readFileSync(path.resolve(cwd, problem.file), "utf8");
  } catch {
    text = null;
  }
  const line = text?.split(/\r?\n/)[problem.line - 1] ?? "";
  const target = /\$ref["']?\s*:\s*["']?([^"'}\s,]+)/.exec(line)?.[1];
  const detail = problem.message.replace(/^Can't resolve \$ref:?\s*/i, "").replace(/^ENOENT: no such file or directory, open '([^']+)'.*$/, "no such file $1").trim();
  const message = `cannot resolve $ref${target === undefined ? "" : ` ${JSON.stringify(target)}`}${detail === "" ? "" : `: ${detail}`}`;
  return new ChatspecError(message, { location: { file: problem.file, line: problem.line, column: problem.column }, frame: text === null ? null : codeFrame(text, problem.line, problem.column) });
}

/**
 * Refuses flow collections (`[[[…]]]`, `{{{…}}}`) nested deeper than `max` before the YAML parser
 * sees them: its recursion would otherwise exhaust the stack. Brackets inside quotes are skipped.
 */
function assertFlowDepth(text: string, max: number, file: string): void {
  let depth = 0;
  let quote: string | null = null;
  let line = 1;
  let column = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    column++;
    if (char === "\n") {
      line++;
      column = 0;
    }
    if (quote !== null) {
      if (char === "\\" && quote === '"') index++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "[" || char === "{") {
      if (++depth > max) throw new ChatspecError(`the spec is nested more than ${max} levels deep`, { location: { file, line, column } });
    } else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
}

/** Refuses a parsed document nested deeper than `max`; iterative, so depth cannot overflow the stack. */
function assertDepth(value: unknown, max: number, file: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth >= max) throw new ChatspecError(`the spec is nested more than ${max} levels deep`, { location: { file } });
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
}

function toLintProblem(problem: NormalizedProblem, display: (file: string) => string): LintProblem {
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

function sortProblems(problems: LintProblem[]): LintProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, "en-US") || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId, "en-US"));
}
