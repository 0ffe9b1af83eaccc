/**
 * The "(got …)" a message ends with: the value that failed, quoted so a reader sees what was sent.
 * Sizes stand in for big values (a 10 kB string is quoted by its length), JSON types for type
 * errors.
 */
import { plural, show } from "./english.js";
import { pointerSegments } from "./json-pointer.js";
import { isPlainObject } from "./plain-object.js";
import type { ValidationErrorObject } from "./validation-error.js";

/** Keywords whose message quotes the offending value. */
const QUOTES_VALUE = new Set([
  "anyOf",
  "oneOf",
  "format",
  "maximum",
  "minimum",
  "exclusiveMaximum",
  "exclusiveMinimum",
  "type",
  "enum",
  "const",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "maxProperties",
  "minProperties",
]);

/** A value looked up in the input: absent when the path does not exist there. */
type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

const ABSENT: Lookup = { found: false };

/**
 * ` (got 3.5)` for an error whose keyword quotes values, else "". The value is AJV's own (`data`,
 * present with `verbose`), else the one at the error's path in `input` (undefined: not given). A
 * property-name error is about a key, which its message already names.
 */
export function quotedValue(error: ValidationErrorObject, input: unknown): string {
  if (!QUOTES_VALUE.has(error.keyword) || error.propertyName !== undefined) return "";
  const lookup: Lookup = "data" in error ? { found: true, value: error.data } : input === undefined ? ABSENT : valueAt(input, error.instancePath);
  return lookup.found ? ` (got ${describeValue(error.keyword, lookup.value)})` : "";
}

/** The value at a plain JSON pointer of `input`. */
function valueAt(input: unknown, pointer: string): Lookup {
  let node: unknown = input;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isPlainObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return ABSENT;
  }
  return { found: true, value: node };
}

function describeValue(keyword: string, value: unknown): string {
  if (keyword === "type") return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : show(value);
  if (keyword === "maxLength" || keyword === "minLength") return typeof value === "string" ? `${[...value].length} characters` : show(value);
  if (keyword === "maxItems" || keyword === "minItems") return Array.isArray(value) ? plural(value.length, "item") : show(value);
  if (keyword === "maxProperties" || keyword === "minProperties")
    return isPlainObject(value) ? plural(Object.keys(value).length, "entry", "entries") : show(value);
  return show(value);
}
