/**
 * Which nested property lists a field expands into `??? child` blocks. A field's type is followed
 * through arrays, maps, unions and refs down to every object with properties; each such object is
 * one variant with its own block. Refs already being expanded on the current path are not followed
 * again, so recursive schemas end instead of nesting forever.
 */
import type { Field, FieldType } from "../../ir/types.js";
import type { Definitions } from "../../ir/lookup.js";

export interface Variant {
  /** The schema's `title` (or name) when the object is a named schema; null for inline objects. */
  readonly title: string | null;
  readonly name: string | null;
  readonly fields: readonly Field[];
  /** Refs expanded on the way here, including this variant's own: the cycle guard for its fields. */
  readonly path: ReadonlySet<string>;
}

export function objectVariants(type: FieldType, definitions: Definitions, path: ReadonlySet<string>): Variant[] {
  switch (type.kind) {
    case "object":
      return type.fields.length === 0 ? [] : [{ title: null, name: null, fields: type.fields, path }];
    case "array":
      return objectVariants(type.items, definitions, path);
    case "map":
      return objectVariants(type.values, definitions, path);
    case "union":
      return type.variants.flatMap((variant) => objectVariants(variant, definitions, path));
    case "ref": {
      const definition = definitions.get(type.name);
      if (definition === undefined || path.has(type.name)) return [];
      const inner = objectVariants(definition.type, definitions, new Set([...path, type.name]));
      // A named object takes its schema's title; a named union keeps the titles of its members.
      const only = inner[0];
      if (inner.length === 1 && only !== undefined && only.title === null)
        return [{ ...only, title: definition.title ?? definition.name, name: definition.name }];
      return inner;
    }
    default:
      return [];
  }
}

/**
 * The `??? child` titles for a list of variants. One variant reads "Show properties" exactly as
 * kluster writes it. Several read "Show properties of <title>": the schema title written by the
 * spec author ("Developer message", "Image content part", "Function tool"), first letter lowered to
 * read as prose unless it starts an acronym ("JSON schema"). Inline objects without a title are
 * numbered "option N"; a title repeated within one list gets the schema name added.
 */
export function variantTitles(variants: readonly Variant[]): string[] {
  if (variants.length === 1) return ["Show properties"];
  const titles = variants.map((variant, index) => (variant.title === null ? `option ${index + 1}` : prose(variant.title)));
  return titles.map((title, index) => {
    const name = variants[index]?.name ?? null;
    const repeated = titles.indexOf(title) !== titles.lastIndexOf(title);
    return `Show properties of ${repeated && name !== null ? `${title} (${name})` : title}`;
  });
}

/** A title as prose inside the quoted `??? child "…"` title: one line, no double quotes, no raw HTML. */
function prose(title: string): string {
  const line = title.replace(/\s+/g, " ").trim().replace(/"/g, "'").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return /^[A-Z][a-z]/.test(line) ? `${line.charAt(0).toLowerCase()}${line.slice(1)}` : line;
}
