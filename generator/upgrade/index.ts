/**
 * OpenAPI 3.0 → 3.1, the conversion every 3.0 spec goes through when it is loaded (io/spec/upgrade.ts),
 * after lint and bundling have seen the document as its author wrote it. Pure: a bundled 3.0
 * document in, a new 3.1 document and a report out; the input is not mutated. Each rule rewrites
 * what 3.1 says differently, and says it with the meaning 3.0 gave it:
 *
 * 1. schema-example.ts: a schema's `example` → `examples: [example]`;
 * 2. content-keywords.ts: `format: byte` → `contentEncoding: base64`; `format: binary` in a
 *    non-JSON body or form part → `contentMediaType` (`format` itself stays);
 * 3. normalize/exclusive-bounds.ts: boolean `exclusiveMinimum: true` + `minimum` → the number form;
 * 4. normalize/nullable.ts: `nullable: true` → `type: [X, "null"]` (and `null` in an `enum`), or
 *    `anyOf: [X, {type: "null"}]` around a `$ref`, a composition or a schema without `type`;
 * 5. the version: `openapi: 3.1.0`.
 *
 * Same walk as `--normalize` (normalize/walk.ts): Schema Objects only, data (examples, defaults,
 * enums) never rewritten. What stays as written because 3.1 reads it the same, or reads it as the
 * author meant: `$ref` siblings (ignored by 3.0, applied by 3.1; Redocly's `spec-ref-siblings`
 * reports them in the 3.0 file), a Path Item's `$ref`, `discriminator`, media type and parameter
 * `example`s. The dialect repairs of `--normalize` (discriminators, implied types, …) are not
 * part of the conversion: they change what a spec accepts, so they stay opt-in.
 */
import { compareCodeUnits } from "../lib/text.js";
import { rewriteExclusiveBounds } from "../normalize/exclusive-bounds.js";
import { rewriteNullable } from "../normalize/nullable.js";
import { counted, rewriteDocument, type NodeRewrite } from "../normalize/walk.js";
import type { OpenApiDocument } from "../openapi.js";
import { binaryContexts, rewriteContentKeywords } from "./content-keywords.js";
import { rewriteSchemaExample } from "./schema-example.js";

/** The version a converted document declares. */
export const UPGRADED_VERSION = "3.1.0";

/** What the conversion changed: the version it started from, and how many places each rule rewrote, by rule name, sorted. */
export interface UpgradeReport {
  readonly from: string;
  readonly changes: Readonly<Record<string, number>>;
}

export interface Upgraded {
  readonly document: OpenApiDocument;
  readonly report: UpgradeReport;
}

export function upgradeDocument(document: OpenApiDocument): Upgraded {
  const counts = new Map<string, number>();
  const count = (rule: string): void => {
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  };
  const rules: readonly NodeRewrite[] = [
    rewriteSchemaExample(() => count("example")),
    rewriteContentKeywords(binaryContexts(document), (keyword) => count(keyword)),
    rewriteExclusiveBounds(() => count("exclusive-bound")),
    counted(rewriteNullable, () => count("nullable")),
  ];
  const rewritten = rewriteDocument(document, { schema: (node, pointer) => rules.reduce((current, rule) => rule(current, pointer), node) }) as OpenApiDocument;
  const changes = Object.fromEntries([...counts].sort(([a], [b]) => compareCodeUnits(a, b)));
  return { document: { ...rewritten, openapi: UPGRADED_VERSION }, report: { from: String(document.openapi), changes } };
}

/** One line for the CLI: `converted from OpenAPI 3.0.0 to 3.1.0: 3 example, 12 nullable`. */
export function formatUpgradeReport(report: UpgradeReport): string {
  const entries = Object.entries(report.changes);
  const changes = entries.length === 0 ? "nothing else to rewrite" : entries.map(([rule, times]) => `${times} ${rule}`).join(", ");
  return `converted from OpenAPI ${report.from} to ${UPGRADED_VERSION}: ${changes}`;
}
