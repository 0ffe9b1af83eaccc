/**
 * The input edge: reads the spec once, lints it with the project's Redocly config, and bundles it
 * into one plain JSON document. Lint and bundle share one resolver, so each file is read and parsed
 * once. Input problems become ChatspecErrors with file, line and column.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import {
  BaseResolver,
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
import { ChatspecError } from "../errors.js";
import { isJsonObject, type OpenApiDocument } from "../openapi.js";

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
}

/**
 * Loads `specPath`. With `lint`, the Redocly problems come back too; the caller decides whether
 * errors stop the run. Paths in problems are relative to `cwd`.
 */
export async function loadSpec(options: { specPath: string; redoclyPath: string; cwd: string; lint: boolean }): Promise<LoadedSpec> {
  const { specPath, cwd } = options;
  const display = (file: string) => path.relative(cwd, file) || file;
  if (!existsSync(specPath) || !statSync(specPath).isFile()) {
    throw new ChatspecError("cannot read the spec: no such file", { location: { file: display(specPath) } });
  }
  const config = await loadRedoclyConfig(options.redoclyPath, display);
  const resolver = new BaseResolver(config.resolve);
  // The resolver rejects with a YamlParseError for the root document and resolves to one for refs.
  const document = await resolver.resolveDocument(null, specPath, true).catch((error: unknown) => error);
  if (document instanceof YamlParseError) {
    const original = document.originalError as Error & { reason?: string };
    const reason = original.reason ?? original.message.split("\n")[0] ?? "malformed";
    throw new ChatspecError(`invalid YAML: ${reason}`, {
      // YamlParseError's line and col are 1-based (parsed from js-yaml's "(line:col)").
      location: { file: display(specPath), line: document.line, column: document.col },
      frame: codeFrame(document.source.body, document.line - 1, document.col - 1),
    });
  }
  if (document instanceof Error) {
    throw new ChatspecError(`cannot read the spec: ${document.message}`, { location: { file: display(specPath) } });
  }
  if (!isRedoclyDocument(document)) throw new ChatspecError("cannot read the spec", { location: { file: display(specPath) } });
  assertOpenApi31(document, display(specPath));

  const problems = options.lint
    ? (await lintDocument({ document, config, externalRefResolver: resolver })).filter((problem) => !problem.ignored).map((problem) => toLintProblem(problem, display))
    : [];
  const bundled = await bundle({ doc: document, config, externalRefResolver: resolver });
  const unresolved = bundled.problems.find((problem) => problem.severity === "error");
  if (unresolved !== undefined) {
    const problem = toLintProblem(unresolved, display);
    throw new ChatspecError(problem.message, { location: { file: problem.file, line: problem.line, column: problem.column } });
  }
  return { document: bundled.bundle.parsed as OpenApiDocument, problems: sortProblems(problems) };
}

async function loadRedoclyConfig(redoclyPath: string, display: (file: string) => string): Promise<Config> {
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

/** Two lines of context and a caret under the column (0-based line and column in). */
function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(0, line - 2);
  const width = String(line + 1).length;
  const out: string[] = [];
  for (let index = first; index <= Math.min(line, lines.length - 1); index++) {
    out.push(`${index === line ? ">" : " "} ${String(index + 1).padStart(width)} | ${lines[index] ?? ""}`);
  }
  if (line >= lines.length) out.push(`> ${String(line + 1).padStart(width)} | `);
  out.push(`  ${" ".repeat(width)} | ${" ".repeat(column)}^`);
  return out.join("\n");
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
