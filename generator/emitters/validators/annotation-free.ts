/**
 * The bundle AJV compiles: the JSON Schema bundle without the annotations that neither a verdict
 * nor an error message reads. AJV's standalone code embeds every schema it compiled as JSON (for
 * `parentSchema` in errors), so with the prose left in, a one-word description edit would change
 * every validator module and force every compilation again. Error messages read titles from
 * `parentSchema` (kept here) and cross-field rules' descriptions from the full bundle the package
 * exports as `schema` (runtime/error-messages.ts), so nothing a user sees changes.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../../openapi.js";
import type { JsonSchemaBundle } from "./json-schema.js";

/** Annotations dropped: prose and samples. `title`, `default`, `deprecated` and the like stay. */
const DROPPED = new Set(["description", "examples", "example", "externalDocs", "$comment"]);

/** Keywords whose value maps names to schemas. */
const SCHEMA_MAPS = new Set(["$defs", "definitions", "properties", "patternProperties", "dependentSchemas"]);

/** Keywords whose value is a schema or a list of schemas. */
const SCHEMA_VALUES = new Set([
  "items",
  "prefixItems",
  "additionalItems",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
]);

export function withoutProse(bundle: JsonSchemaBundle): JsonSchemaBundle {
  return schemaWithoutProse(bundle as unknown as JsonValue) as unknown as JsonSchemaBundle;
}

function schemaWithoutProse(schema: JsonValue): JsonValue {
  if (!isJsonObject(schema)) return schema;
  // Entries, not assignments: a property named `__proto__` stays a property.
  const entries: [string, JsonValue][] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isJsonObject(value))
      entries.push([key, Object.fromEntries(Object.entries(value).map(([name, child]) => [name, schemaWithoutProse(child)]))]);
    else if (SCHEMA_VALUES.has(key)) entries.push([key, Array.isArray(value) ? value.map(schemaWithoutProse) : schemaWithoutProse(value)]);
    // Anything else is data (`enum`, `const`, `default`, a property's name, an extension): as it is.
    else entries.push([key, value]);
  }
  return Object.fromEntries(entries) as JsonObject;
}
