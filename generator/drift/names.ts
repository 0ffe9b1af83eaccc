/**
 * How a documented name maps to a spec field. Doc generators rename wire names by their language's
 * conventions, using the same functions the flavors use to write them: snake_case wire names,
 * camelCase members (`max_completion_tokens` → `maxCompletionTokens`), Python's keyword suffix
 * (`format` → `format_`), Rust raw identifiers (`type` → `r#type`).
 *
 * TypeDoc's HTML cuts member names at its first `<wbr/>` (`maxTokens` → `max`); such a name matches
 * every field whose camelCase (or wire) name has exactly that first segment, so `top` is
 * `topLogprobs` only (TypeDoc does not cut `topP`), while `max` is both `maxTokens` and
 * `maxCompletionTokens`: ambiguous. A name matching nothing may be a near miss: the same letters in
 * another case or with separators (`Messages`), or a small misspelling (`max_token`).
 */
import { fieldName as pythonFieldName } from "../emitters/docs/flavors/speakeasy-python/naming.js";
import { toVarName as rustVarName } from "../emitters/docs/flavors/openapi-generator-rust/naming.js";
import { camelCase } from "../emitters/docs/flavors/typedoc-markdown.js";
import type { Field } from "../ir/types.js";
import { closest } from "./similarity.js";

export type NameMatch =
  | { readonly kind: "exact"; readonly field: Field }
  | { readonly kind: "near"; readonly field: Field }
  | { readonly kind: "ambiguous"; readonly fields: readonly Field[] }
  | { readonly kind: "unknown" };

/** Every spelling of a wire name the supported doc generators write. */
export function spellings(wire: string): string[] {
  return [...new Set([wire, camelCase(wire), pythonFieldName(wire), rustVarName(wire)])];
}

/** The first `<wbr/>` segment TypeDoc's `wbr()` cuts a name at (the whole name when it has none). */
export function firstWordBreakSegment(name: string): string {
  const match = /^[\s\S]*?(?:[^_-][_-](?=[^_-])|[^A-Z](?=[A-Z][^A-Z]))/.exec(name);
  return match === null ? name : match[0];
}

export function matchName(name: string, naming: "written" | "truncated", fields: readonly Field[]): NameMatch {
  if (naming === "truncated") {
    const cut = fields.filter((field) => [field.name, camelCase(field.name)].some((spelling) => spelling === name || firstWordBreakSegment(spelling) === name));
    if (cut.length === 1) return { kind: "exact", field: cut[0] as Field };
    if (cut.length > 1) return { kind: "ambiguous", fields: cut };
    return { kind: "unknown" };
  }
  const exact = fields.filter((field) => spellings(field.name).includes(name));
  if (exact.length === 1) return { kind: "exact", field: exact[0] as Field };
  if (exact.length > 1) return { kind: "ambiguous", fields: exact };
  const squash = (text: string) => text.toLowerCase().replace(/^r#/, "").replace(/[_-]/g, "");
  const folded = fields.filter((field) => squash(field.name) === squash(name.replace(/_$/, "")));
  if (folded.length === 1) return { kind: "near", field: folded[0] as Field };
  const byName = new Map(fields.flatMap((field) => spellings(field.name).map((spelling) => [spelling, field] as const)));
  const guess = closest(name, [...byName.keys()]);
  const field = guess === null ? undefined : byName.get(guess);
  return field === undefined ? { kind: "unknown" } : { kind: "near", field };
}

export { camelCase };
