/**
 * Redoc 3 (what `build-docs` renders) drops the description of a property whose schema is a union
 * (`oneOf`/`anyOf`, inline or through a `$ref`): it shows the selected branch's description instead,
 * and falls back to the union's own only when the branch has none. Fields such as `response_format`,
 * `stop` and `tool_choice` would be listed without their description. So, for the site only, each
 * branch of such a property gets the property's description in front of its own (a `$ref` branch
 * through a sibling `description`, which OpenAPI 3.1 allows), and a `$ref` to a union is inlined so
 * the change stays local to that property. Such a property also loses its `discriminator` here: with
 * one, Redoc 3 renders only the tag property, without description or branches; without it, the
 * branches show as tabs. A branch's own sentences that the property's description already says are
 * left out, so the field says each sentence once, and a default Redoc would not show is said in words.
 * Validation is not affected: this copy only feeds the HTML page. Pure:
 * returns a changed copy.
 */
import { isJsonObject, valueAt, type JsonObject, type JsonValue, type OpenApiDocument } from "../../openapi.js";
import { fragmentSegments } from "../../runtime/json-pointer.js";
import { proseDefaults } from "../../drift/prose.js";
import { withoutSaid } from "./repeated-sentences.js";

type Json = JsonValue | undefined;

const UNION_KEYS = ["oneOf", "anyOf"] as const;
/** Keywords whose values are schemas or lists or maps of schemas; everything else (examples, enum, const, default) is data. */
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"] as const;
const SCHEMA_VALUES = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
] as const;

export function withUnionDescriptions(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document);
  const resolve = (ref: Json): JsonObject | null => {
    if (typeof ref !== "string" || !ref.startsWith("#/")) return null;
    // Resolve in the copy: the input document is frozen, and an inlined target is changed later.
    const node = valueAt(copy, fragmentSegments(ref));
    return isJsonObject(node) ? node : null;
  };
  const components = copy.components;
  if (isJsonObject(components) && isJsonObject(components.schemas)) {
    for (const schema of Object.values(components.schemas)) visitSchema(schema, resolve);
  }
  forEachMediaSchema(copy.paths, (schema) => visitSchema(schema, resolve));
  return copy;
}

function visitSchema(schema: Json, resolve: (ref: Json) => JsonObject | null): void {
  if (!isJsonObject(schema)) return;
  const properties = schema.properties;
  if (isJsonObject(properties)) {
    for (const [name, property] of Object.entries(properties)) {
      if (isJsonObject(property)) properties[name] = describeBranches(property, resolve);
    }
  }
  for (const key of SCHEMA_LISTS) if (Array.isArray(schema[key])) for (const item of schema[key]) visitSchema(item, resolve);
  for (const key of SCHEMA_MAPS) if (isJsonObject(schema[key])) for (const item of Object.values(schema[key])) visitSchema(item, resolve);
  for (const key of SCHEMA_VALUES) visitSchema(schema[key], resolve);
}

/** A union property with its description carried into every branch; any other property unchanged. */
function describeBranches(property: JsonObject, resolve: (ref: Json) => JsonObject | null): JsonObject {
  const description = property.description;
  if (typeof description !== "string" || description === "") return property;
  const target = property.$ref === undefined ? null : resolve(property.$ref);
  const { $ref: _ref, ...siblings } = property;
  // An inlined target is cloned: the same component may be inlined into several properties.
  const union = target !== null && UNION_KEYS.some((key) => Array.isArray(target[key])) ? { ...structuredClone(target), ...siblings } : property;
  const key = UNION_KEYS.find((candidate) => Array.isArray(union[candidate]));
  if (key === undefined) return property;
  const stated = withDefaultStated(description, union, key, resolve);
  const branches = (union[key] as JsonValue[]).map((branch): JsonValue => {
    if (!isJsonObject(branch)) return branch;
    const own = typeof branch.description === "string" ? branch.description : branch.$ref !== undefined ? resolve(branch.$ref)?.description : undefined;
    // Redoc shows the branch's text under the field's: what the field's description says already is left out.
    const rest = typeof own === "string" ? withoutSaid(own, stated) : "";
    return { ...branch, description: rest === "" ? stated : `${stated}\n\n${rest}` };
  });
  // With a discriminator Redoc 3 shows neither description nor branches, only the tag property.
  const { discriminator: _discriminator, ...shown } = union;
  return { ...shown, [key]: branches };
}

/**
 * Redoc 3 shows no "Default:" for a union field, neither the field's own nor a branch's: the default
 * of a nullable `$ref` (`service_tier` → `ServiceTier`'s `auto`) would not be shown at all. Unless
 * the description already says it ("Defaults to `medium`."), it gets that sentence; a `null` or
 * object default does not.
 */
function withDefaultStated(description: string, union: JsonObject, key: (typeof UNION_KEYS)[number], resolve: (ref: Json) => JsonObject | null): string {
  const declared =
    "default" in union
      ? [union]
      : (union[key] as JsonValue[])
          .map((branch) => (isJsonObject(branch) && branch.$ref !== undefined ? resolve(branch.$ref) : branch))
          .filter((branch): branch is JsonObject => isJsonObject(branch) && "default" in branch);
  const [holder] = declared;
  if (declared.length !== 1 || holder === undefined || proseDefaults(description).length > 0) return description;
  const value = holder.default;
  // An object default Redoc does show: each of its values as the default of that field of the object.
  // A `null` default says only that an optional field may be left out, as Redoc's own "Default:" leaves it unsaid.
  if (isJsonObject(value) || value === null) return description;
  return `${description}\n\nDefaults to \`${typeof value === "string" ? value : JSON.stringify(value)}\`.`;
}

/** Calls `visit` with every request and response body schema under `paths`. */
function forEachMediaSchema(paths: Json, visit: (schema: Json) => void): void {
  if (!isJsonObject(paths)) return;
  for (const item of Object.values(paths)) {
    if (!isJsonObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isJsonObject(operation)) continue;
      const bodies = [operation.requestBody, ...(isJsonObject(operation.responses) ? Object.values(operation.responses) : [])];
      for (const body of bodies) {
        if (!isJsonObject(body) || !isJsonObject(body.content)) continue;
        for (const media of Object.values(body.content)) if (isJsonObject(media)) visit(media.schema);
      }
    }
  }
}
