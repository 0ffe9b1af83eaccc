/**
 * `required` names that the schema does not define, which AJV's strict mode (`strictRequired`)
 * rejects. Two shapes occur in OpenAI's spec:
 *
 * - "Exactly one of these properties": the parent lists the properties and each `oneOf`/`anyOf`/
 *   `allOf` branch (or `not`, `if`, `then`, `else`) only says `required: [x]`. Valid JSON Schema, but AJV compiles
 *   applicators before `properties`, so it cannot see that the parent defines `x`.
 * - A property that is required but never described (`LocalShellToolCallOutput.call_id`), or
 *   described only in a `$ref`'d sibling `allOf` branch, whose properties AJV does not look into.
 *
 * A name listed twice (`ContainerResource`) is listed once: `required` must have unique items.
 *
 * Each missing name is declared with the `true` schema, `properties: { x: true }`: it accepts every
 * value, so the schema accepts exactly what it did (the name stays required), and AJV emits no code
 * for it. Not done where it would change a verdict: a schema closed with `additionalProperties: false`
 * or `unevaluatedProperties: false` (there the name was forbidden, and the schema unsatisfiable, which
 * is left for the author).
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../openapi.js";
import type { NodeRewrite } from "./walk.js";

const APPLICATORS = ["oneOf", "anyOf", "allOf"] as const;
const SINGLE_APPLICATORS = ["not", "if", "then", "else"] as const;

export function rewriteUndeclaredRequired(record: (pointer: string) => void): NodeRewrite {
  return (input, pointer) => {
    const node = uniqueRequired(input);
    const parentProperties = isJsonObject(node.properties) ? node.properties : null;
    let changed = false;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      let next = value;
      if (parentProperties !== null && (APPLICATORS as readonly string[]).includes(key) && Array.isArray(value)) {
        next = value.map((branch) => declareRequired(branch, (name) => name in parentProperties));
      } else if (parentProperties !== null && (SINGLE_APPLICATORS as readonly string[]).includes(key)) {
        next = declareRequired(value, (name) => name in parentProperties);
      }
      if (Array.isArray(next) && Array.isArray(value) ? next.some((item, index) => item !== value[index]) : next !== value) changed = true;
      out[key] = next;
    }
    const own = changed ? out : node;
    const self = declareRequired(own, () => isOpen(own));
    if (self !== own) changed = true;
    if (changed || node !== input) record(pointer);
    return changed ? (self as JsonObject) : node;
  };
}

function isOpen(schema: JsonObject): boolean {
  return schema.additionalProperties !== false && schema.unevaluatedProperties !== false;
}

/** Declares each required name the schema's own `properties` lacks and `declare(name)` allows. */
function declareRequired(schema: JsonValue, declare: (name: string) => boolean): JsonValue {
  if (!isJsonObject(schema) || !Array.isArray(schema.required)) return schema;
  const own = isJsonObject(schema.properties) ? schema.properties : {};
  const missing = schema.required.filter((name): name is string => typeof name === "string" && !(name in own) && declare(name));
  if (missing.length === 0) return schema;
  return { ...schema, properties: { ...own, ...Object.fromEntries(missing.map((name) => [name, true])) } };
}

function uniqueRequired(schema: JsonObject): JsonObject {
  const required = schema.required;
  if (!Array.isArray(required) || new Set(required).size === required.length) return schema;
  return { ...schema, required: [...new Set(required)] };
}
