/**
 * Normalisation of foreign specs (`chatspec generate --normalize`): the dialect of specs such as
 * OpenAI's, which declare OpenAPI 3.1 but still write 3.0 (`nullable`), put discriminators on
 * `anyOf`, and carry other toolchains' extensions, rewritten into the plain 3.1 the generator
 * reads. Pure: a bundled document in, a new document and a report out; the input is not mutated.
 *
 * Two passes over the document (see walk.ts for what each rewrite sees). The first applies, on each
 * object, innermost first:
 * 1. extensions.ts, stray-keywords.ts, formats.ts: drop the extensions and non-keywords their tables
 *    list, and turn the foreign formats that table lists into `x-format` annotations;
 * 2. exclusive-bounds.ts: 3.0's boolean `exclusiveMinimum: true` → the 3.1 number form;
 * 3. implied-type.ts, union-type.ts, inapplicable-keywords.ts: a schema with one type's keywords and
 *    no `type` states it; a union's `type` covers its branches' types; keywords that cannot apply
 *    to the stated type (`required` on an array) are dropped;
 * 4. required-properties.ts: required names a schema does not define are declared (AJV strictRequired);
 * 5. nullable.ts: `nullable: true` → `type: [X, "null"]` or `anyOf: [X, {type: "null"}]`.
 * The second looks up components in the result of the first:
 * 6. recursive-ref.ts: 2019-09 `$recursiveRef: "#"` → a `$ref` to the component itself;
 * 7. discriminator.ts: discriminators → `oneOf` + complete mapping, or removed when unusable.
 *
 * Nothing is turned off to make a spec pass: AJV's strict mode and the converter's checks see the
 * normalised document exactly as they see the canonical spec.
 */
import { componentSchemas, type OpenApiDocument } from "../openapi.js";
import { rewriteDiscriminator } from "./discriminator.js";
import { stripExtensions } from "./extensions.js";
import { annotateForeignFormats } from "./formats.js";
import { dropStrayKeywords } from "./stray-keywords.js";
import { rewriteExclusiveBounds } from "./exclusive-bounds.js";
import { rewriteImpliedType } from "./implied-type.js";
import { dropInapplicableKeywords } from "./inapplicable-keywords.js";
import { rewriteNullable } from "./nullable.js";
import { widenUnionType } from "./union-type.js";
import { rewriteRecursiveRefs } from "./recursive-ref.js";
import { rewriteUndeclaredRequired } from "./required-properties.js";
import { counted, rewriteDocument, type NodeRewrite, type Rewrites } from "./walk.js";
import { compareCodeUnits } from "../lib/text.js";

export { EXTENSION_RULES, type ExtensionRule } from "./extensions.js";

/** How many places each rule changed, by rule name (`nullable`, `discriminator:removed`, `strip:x-oaiMeta`, …), sorted. */
export type NormalizeReport = Readonly<Record<string, number>>;

export interface Normalized {
  readonly document: OpenApiDocument;
  readonly report: NormalizeReport;
}

export function normalizeDocument(document: OpenApiDocument): Normalized {
  const counts = new Map<string, number>();
  const count = (rule: string): void => {
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  };
  // Pass 1: rewrites that need only the node itself, in this order on each node.
  const strip = stripExtensions((key) => count(`strip:${key}`));
  const local: readonly NodeRewrite[] = [
    strip,
    dropStrayKeywords((key) => count(`strip:${key}`)),
    annotateForeignFormats((format) => count(`format:${format}`)),
    rewriteExclusiveBounds(() => count("exclusive-bound")),
    rewriteImpliedType((type) => count(`implied-type:${type}`)),
    widenUnionType(() => count("union-type-widened")),
    dropInapplicableKeywords((keyword) => count(`inapplicable:${keyword}`)),
    rewriteUndeclaredRequired(() => count("undeclared-required")),
    counted(rewriteNullable, () => count("nullable")),
  ];
  const cleaned = pass(document, { api: strip, schema: (node, pointer) => local.reduce((current, rewrite) => rewrite(current, pointer), node) });
  // Pass 2: rewrites that look up other components, in the document pass 1 produced.
  const schemas = componentSchemas(cleaned);
  const recursive = rewriteRecursiveRefs(schemas, () => count("recursive-ref"));
  const discriminator = rewriteDiscriminator(schemas, (outcome) => {
    if (outcome !== "kept") count(`discriminator:${outcome}`);
  });
  const result = pass(cleaned, { schema: (node, pointer) => discriminator(recursive(node, pointer), pointer) });
  const report = Object.fromEntries([...counts].sort(([a], [b]) => compareCodeUnits(a, b)));
  return { document: result, report };
}

/** One line for the CLI: `normalized: 111 nullable, 15 discriminator:anyOf-to-oneOf, …`, or null when nothing changed. */
export function formatReport(report: NormalizeReport): string | null {
  const entries = Object.entries(report);
  if (entries.length === 0) return null;
  return `normalized: ${entries.map(([rule, times]) => `${times} ${rule}`).join(", ")}`;
}

function pass(document: OpenApiDocument, rewrites: Rewrites): OpenApiDocument {
  return rewriteDocument(document, rewrites) as OpenApiDocument;
}
