/**
 * The spec side of a comparison, read from the docs IR (lookups in `ir/lookup.ts`): unions
 * flattened to their alternatives, the enum values a field accepts, the bounds a range in
 * prose is checked against, and the wording of a spec type in messages.
 */
import { dereference, type Definitions } from "../ir/lookup.js";
import type { Field, FieldType } from "../ir/types.js";
import { isJsonObject, valueAt, type JsonValue, type OpenApiDocument } from "../openapi.js";
import { pointerSegments } from "../runtime/json-pointer.js";

/** The non-null alternatives of a type: unions flattened and references followed, recursively. */
export function alternatives(type: FieldType, definitions: Definitions, seen: ReadonlySet<string> = new Set()): FieldType[] {
  if (type.kind === "ref") {
    const definition = definitions.get(type.name);
    if (definition === undefined || seen.has(type.name)) return [{ kind: "any" }];
    return alternatives(definition.type, definitions, new Set([...seen, type.name]));
  }
  if (type.kind === "union") return type.variants.flatMap((variant) => alternatives(variant, definitions, seen));
  if (type.kind === "null") return [];
  return [type];
}

/** Every enum or constant value a field accepts at its top level (and in its array items), or null when it has none. */
export function acceptedValues(type: FieldType, definitions: Definitions): (string | number | boolean)[] | null {
  const values: (string | number | boolean)[] = [];
  let found = false;
  const visit = (shape: FieldType, depth: number): void => {
    for (const alternative of alternatives(shape, definitions)) {
      if (alternative.kind === "enum") {
        found = true;
        values.push(...alternative.values);
      } else if (
        alternative.kind === "const" &&
        (typeof alternative.value === "string" || typeof alternative.value === "number" || typeof alternative.value === "boolean")
      ) {
        found = true;
        values.push(alternative.value);
      } else if (alternative.kind === "array" && depth === 0) visit(alternative.items, 1);
    }
  };
  visit(type, 0);
  return found ? [...new Set(values)] : null;
}

export interface Bounds {
  readonly min: number | null;
  readonly max: number | null;
  readonly exclusiveMin: boolean;
  readonly exclusiveMax: boolean;
  /** What the bounds limit: the value, the number of items, or a map's values. */
  readonly of: "value" | "items" | "map values";
}

/**
 * The bounds a range stated for this field is about: a number's value, an array's item count, or a
 * map's numeric values (`logit_bias` maps token IDs to -100..100). Null when the field is none of those.
 */
export function boundsOf(field: Field, definitions: Definitions, document: OpenApiDocument): Bounds | null {
  const kinds = alternatives(field.type, definitions).map((alternative) => alternative.kind);
  const c = field.constraints;
  if (kinds.includes("integer") || kinds.includes("number")) {
    return {
      min: c.minimum ?? c.exclusiveMinimum,
      max: c.maximum ?? c.exclusiveMaximum,
      exclusiveMin: c.exclusiveMinimum !== null,
      exclusiveMax: c.exclusiveMaximum !== null,
      of: "value",
    };
  }
  if (kinds.includes("array")) return { min: c.minItems, max: c.maxItems, exclusiveMin: false, exclusiveMax: false, of: "items" };
  const map = alternatives(field.type, definitions).find((alternative) => alternative.kind === "map");
  if (map !== undefined && map.kind === "map" && ["integer", "number"].includes(dereference(map.values, definitions).kind)) {
    const values = schemaAt(document, `${field.pointer}/additionalProperties`);
    const number = (key: string): number | null => (values !== null && typeof values[key] === "number" ? (values[key] as number) : null);
    return {
      min: number("minimum") ?? number("exclusiveMinimum"),
      max: number("maximum") ?? number("exclusiveMaximum"),
      exclusiveMin: number("exclusiveMinimum") !== null,
      exclusiveMax: number("exclusiveMaximum") !== null,
      of: "map values",
    };
  }
  return null;
}

/** The object at a JSON pointer of the bundled document, or null. */
export function schemaAt(document: OpenApiDocument, pointer: string): { [key: string]: JsonValue } | null {
  const node = valueAt(document, pointerSegments(pointer));
  return isJsonObject(node) ? node : null;
}

/** `integer (int64, from -9223372036854776000 to 9223372036854776000)`, `map of integer`, `string or array of string`. */
export function describeSpecType(type: FieldType, definitions: Definitions): string {
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return type.format === null ? type.kind : `${type.kind} (${type.format})`;
    case "null":
      return "null";
    case "any":
      return "any value";
    case "enum":
      return `${type.base} enum (${type.values.map((value) => JSON.stringify(value)).join(", ")})`;
    case "const":
      return `constant ${JSON.stringify(type.value)}`;
    case "array":
      return `array of ${describeSpecType(type.items, definitions)}`;
    case "map":
      return `map of ${describeSpecType(type.values, definitions)}`;
    case "object":
      return type.fields.length === 0 ? "object" : "object with fields";
    case "union":
      return type.variants.map((variant) => describeSpecType(variant, definitions)).join(" or ");
    case "ref": {
      const target = dereference(type, definitions);
      return target.kind === "union" || target.kind === "ref" ? `${type.name} (${describeSpecType(target, definitions)})` : type.name;
    }
  }
}
