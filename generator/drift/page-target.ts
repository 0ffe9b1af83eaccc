/**
 * Which schema a page documents, when neither `--schema` nor the page's title names one. Real doc
 * generators name pages their own way, so the page is tried in the order a reader would:
 *
 * 1. its file name, as the flavor's titles spell it once case and separators are folded away
 *    (Speakeasy's `logitbias.md` is `LogitBias`, openapi-generator's `Foo_bar.md` is `FooBar`);
 *    a module prefix in the title (`components.Foo`) is dropped the same way;
 * 2. the overlap of its field names with each object schema's: the best schema wins when it shares
 *    at least half of the names on both sides and no other schema scores as well.
 *
 * A page that maps to nothing is reported as unmapped (audit.ts): checking it against some other
 * schema would report every one of its fields as drift.
 */
import type { TitledShape } from "../flavors/flavor.js";
import type { Field } from "../ir/types.js";
import type { DocField } from "./doc-model.js";
import { matchName, spellings, type PageNaming } from "./names.js";

/** A documented name and how the page spells it (`truncated`: cut short, as TypeDoc's flattened `max`). */
export type DocName = Pick<DocField, "name" | "naming">;

export interface PageMatch {
  readonly shape: TitledShape;
  /** How the page was matched, for the report: "file name", or "field names (n of m)". */
  readonly how: string;
}

/** Lower case without separators or a module prefix: `components.Chat_Message` → `chatmessage`. */
export function foldName(name: string): string {
  return name
    .replace(/^[A-Za-z_]\w*\.(?=[A-Za-z_])/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The shape whose title, folded, is the page's folded title or file name; null when none or several differ. */
export function shapeByName(candidates: readonly string[], shapes: ReadonlyMap<string, TitledShape>): TitledShape | null {
  const wanted = new Set(candidates.map(foldName).filter((name) => name !== ""));
  const found = new Map<string, TitledShape>();
  for (const [title, shape] of shapes) if (wanted.has(foldName(title))) found.set(shape.pointer, shape);
  return found.size === 1 ? ([...found.values()][0] as TitledShape) : null;
}

/** The base name of a page file without its extension: `docs/models/logitbias.md` → `logitbias`. */
export function pageBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, "");
}

/**
 * The object shape that shares the most documented names, by the Dice coefficient of the page's
 * names and the shape's fields. Null below one half, or when two shapes of different fields tie.
 */
export function shapeByFields(names: readonly DocName[], shapes: ReadonlyMap<string, TitledShape>, naming: PageNaming): PageMatch | null {
  if (names.length === 0) return null;
  let best: { shape: TitledShape; score: number; shared: number; fields: readonly Field[] } | null = null;
  let tie = false;
  const seen = new Set<string>();
  for (const shape of shapes.values()) {
    if (shape.type.kind !== "object" || shape.type.fields.length === 0) continue;
    const key = `${shape.pointer}|${shape.without ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fields = shape.type.fields.filter((field) => field.name !== shape.without);
    // Every page is scored against every shape, and matchName's near-miss search (edit distance)
    // is the costly part. A shape none of whose fields the page spells exactly (case and separators
    // folded) is not taken for the page on near misses alone, so only the others are scored.
    const spelled = new Set(fields.flatMap((field) => spellings(field.name).map(squash)));
    const plausible = names.some((name) => name.naming === "truncated" || spelled.has(squash(name.name)));
    if (!plausible) continue;
    const shared = names.filter((name) => name.naming !== "unnamed" && matchName(name.name, name.naming, fields, naming).kind !== "unknown").length;
    const score = (2 * shared) / (names.length + fields.length);
    if (best === null || score > best.score) {
      best = { shape, score, shared, fields };
      tie = false;
    } else if (score === best.score && !sameFields(fields, best.fields)) tie = true;
  }
  if (best === null || tie || best.score < 0.5) return null;
  return { shape: best.shape, how: `field names (${best.shared} of ${names.length})` };
}

/** Lower case without `_` and `-`: how a written name is compared with the spellings of a field. */
function squash(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, "");
}

function sameFields(a: readonly Field[], b: readonly Field[]): boolean {
  return a.length === b.length && a.every((field, index) => field.name === b[index]?.name);
}
