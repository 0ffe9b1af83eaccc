/**
 * How a documented name maps to a spec field. Doc generators rename wire names by their language's
 * conventions, and each flavor's reader spells a wire name the way its writer does (snake_case,
 * camelCase members, a keyword suffix, a raw identifier). Hand-written pages mix conventions, so a
 * written name matches a field in any flavor's spelling.
 *
 * Some pages cut member names short (a flavor's `truncatedName`); such a name matches every field
 * whose own spelling (or wire name) is cut to exactly it, so one cut name can be ambiguous. A name
 * matching nothing may be a near miss: the same letters in another case or with separators
 * (`Messages`), or a small misspelling (`max_token`).
 */
import type { FlavorReader } from "../flavors/flavor.js";
import { flavors } from "../flavors/registry.js";
import type { Field } from "../ir/types.js";
import { closest } from "./similarity.js";

export type NameMatch =
  | { readonly kind: "exact"; readonly field: Field }
  | { readonly kind: "near"; readonly field: Field }
  | { readonly kind: "ambiguous"; readonly fields: readonly Field[] }
  | { readonly kind: "unknown" };

/** The page's own naming: how its flavor spells and cuts member names. */
export type PageNaming = Pick<FlavorReader, "memberName" | "truncatedName">;

/** Every spelling of a wire name the supported doc generators write. */
export function spellings(wire: string): string[] {
  return [...new Set([wire, ...flavors.map((flavor) => flavor.reader.memberName(wire))])];
}

/**
 * Every spelling of an enum value the supported doc generators write in a default slot (`auto`,
 * `Auto`), given the enum's values (`[value]` alone for a field that is no enum).
 */
export function valueSpellings(value: string | number | boolean, values: readonly (string | number | boolean)[] = [value]): string[] {
  return [
    ...new Set([String(value), ...flavors.flatMap((flavor) => (flavor.reader.enumDefault === undefined ? [] : [flavor.reader.enumDefault(value, values)]))]),
  ];
}

export function matchName(name: string, naming: "written" | "truncated", fields: readonly Field[], page: PageNaming): NameMatch {
  if (naming === "truncated") {
    const cut = page.truncatedName ?? ((spelling: string) => spelling);
    const matches = fields.filter((field) => [field.name, page.memberName(field.name)].some((spelling) => spelling === name || cut(spelling) === name));
    if (matches.length === 1) return { kind: "exact", field: matches[0] as Field };
    if (matches.length > 1) return { kind: "ambiguous", fields: matches };
    return { kind: "unknown" };
  }
  const exact = fields.filter((field) => spellings(field.name).includes(name));
  if (exact.length === 1) return { kind: "exact", field: exact[0] as Field };
  if (exact.length > 1) return { kind: "ambiguous", fields: exact };
  // Case and separators folded away: `Messages`, `Max-Tokens`, `FORMAT_`.
  const squash = (text: string) => text.toLowerCase().replace(/[_-]/g, "");
  const folded = fields.filter((field) => spellings(field.name).some((spelling) => squash(spelling) === squash(name)));
  if (folded.length === 1) return { kind: "near", field: folded[0] as Field };
  const byName = new Map(fields.flatMap((field) => spellings(field.name).map((spelling) => [spelling, field] as const)));
  const guess = closest(name, [...byName.keys()]);
  const field = guess === null ? undefined : byName.get(guess);
  return field === undefined ? { kind: "unknown" } : { kind: "near", field };
}
