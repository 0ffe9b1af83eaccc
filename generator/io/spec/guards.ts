/**
 * The reader's guards: refusals that keep a hostile or broken spec from costing more than a clear
 * error. The file must exist and fit the size limit; flow collections are counted before the YAML
 * parser recurses into them; the parsed document must be OpenAPI 3.0 or 3.1 and no deeper than the limit.
 */
import { existsSync, statSync } from "node:fs";
import { detectSpec, getLineColLocation, type Document } from "@redocly/openapi-core";
import { ChatspecError } from "../../errors.js";
import { isJsonObject } from "../../openapi.js";
import { megabytes } from "../guarded-resolver.js";

export const DEFAULT_MAX_SPEC_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 256;

/** Refuses a spec path that is not a file, or a file over `maxBytes`. `file` is the path as shown. */
export function assertSpecFile(specPath: string, maxBytes: number, file: string): void {
  if (!existsSync(specPath) || !statSync(specPath).isFile()) {
    throw new ChatspecError("cannot read the spec: no such file", { kind: "file", location: { file } });
  }
  const size = statSync(specPath).size;
  if (size > maxBytes) {
    throw new ChatspecError(`the spec is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit (--max-spec-size changes it)`, {
      kind: "limit",
      location: { file },
    });
  }
}

/**
 * Refuses flow collections (`[[[…]]]`, `{{{…}}}`) nested deeper than `max` before the YAML parser
 * sees them: its recursion would otherwise exhaust the stack. Brackets inside quotes are skipped.
 */
export function assertFlowDepth(text: string, max: number, file: string): void {
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
      if (++depth > max) throw new ChatspecError(`the spec is nested more than ${max} levels deep`, { kind: "limit", location: { file, line, column } });
    } else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
}

/** The versions chatspec reads: 3.1 as it is, 3.0 converted to 3.1 after lint and bundling (io/spec/upgrade.ts). */
export type ReadableVersion = "oas3_0" | "oas3_1";

/**
 * The document's OpenAPI version, as Redocly detects it (and lints it): 3.0 or 3.1. Anything else
 * is refused at the version key. Swagger 2.0 is refused with the conversion command to run first
 * (docs/inputs.md says why chatspec does not convert it itself).
 */
export function assertReadableVersion(document: Document, file: string): ReadableVersion {
  const parsed = document.parsed;
  if (!isJsonObject(parsed))
    throw new ChatspecError("not an OpenAPI document: the top level is not a mapping", { kind: "version", location: { file, line: 1, column: 1 } });
  let version: string;
  try {
    version = detectSpec(parsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ChatspecError(`not an OpenAPI document: ${message}`, { kind: "version", location: { file, line: 1, column: 1 } });
  }
  if (version === "oas3_0" || version === "oas3_1") return version;
  const key = version === "oas2" ? "swagger" : "openapi";
  const at = key in parsed ? getLineColLocation({ source: document.source, pointer: `#/${key}`, reportOnKey: true }).start : { line: 1, col: 1 };
  const location = { file, line: at.line, column: at.col };
  if (version === "oas2") {
    throw new ChatspecError(
      `unsupported version (swagger ${String(parsed.swagger)}): chatspec reads OpenAPI 3.0 and 3.1; convert it first, e.g. \`npx swagger2openapi ${file} -o openapi.yaml\``,
      { kind: "version", location },
    );
  }
  const found = typeof parsed.openapi === "string" ? `openapi ${parsed.openapi}` : version;
  throw new ChatspecError(`unsupported version (${found}): chatspec reads OpenAPI 3.0 and 3.1`, { kind: "version", location });
}

/** Refuses a parsed document nested deeper than `max`; iterative, so depth cannot overflow the stack. */
export function assertDepth(value: unknown, max: number, file: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth >= max) throw new ChatspecError(`the spec is nested more than ${max} levels deep`, { kind: "limit", location: { file } });
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
}
