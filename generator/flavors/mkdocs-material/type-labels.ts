/**
 * Type labels in the kluster / PaperMoon vocabulary (doc-flavors 1C): free text inside a
 * `++"…"++` key, one word per JSON type, joined with " or " and ending in " or null" when the
 * field accepts null. The vocabulary is closed, so a label can never contain `"` or `++`.
 */
import type { Definitions } from "../../ir/lookup.js";
import type { FieldType } from "../../ir/types.js";

/** `string`, `number or null`, `string or array or null`. */
export function typeLabel(type: FieldType, nullable: boolean, definitions: Definitions): string {
  const words = labelWords(type, definitions, new Set());
  if (nullable && !words.includes("null")) words.push("null");
  return words.join(" or ");
}

/**
 * The distinct words of a type, in first-seen order. Unions of several objects (the message roles,
 * the response formats) read "object", not "object or object or object". `seen` holds the refs
 * being resolved, so a self-referencing schema ends as "object" instead of looping.
 */
function labelWords(type: FieldType, definitions: Definitions, seen: ReadonlySet<string>): string[] {
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
    case "object":
    case "array":
    case "map":
      return [type.kind];
    case "enum":
      // An enum is documented by its base type; the allowed values are in the description.
      return [type.base];
    case "const":
      return [jsonWord(type.value)];
    case "any":
      return ["any"];
    case "union": {
      const words: string[] = [];
      for (const variant of type.variants) for (const word of labelWords(variant, definitions, seen)) if (!words.includes(word)) words.push(word);
      return words;
    }
    case "ref": {
      const definition = definitions.get(type.name);
      if (definition === undefined || seen.has(type.name)) return ["object"];
      const words = labelWords(definition.type, definitions, new Set([...seen, type.name]));
      return definition.nullable && !words.includes("null") ? [...words, "null"] : words;
    }
  }
}

/** The JSON type word of a constant. */
function jsonWord(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value;
}
