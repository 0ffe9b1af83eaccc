/**
 * The one traversal every normalisation pass shares. An OpenAPI document mixes Schema Objects with
 * the rest of the API description (operations, parameters, media types), with name maps
 * (`properties`, `paths`, `responses`, …, whose keys are names, not keywords) and with data
 * (`example`, `default`, `enum`, …, whose contents are instances). A schema rewrite must see
 * Schema Objects only (a Parameter Object's `required: true` is no schema keyword), and no rewrite
 * may touch data: a request example that contains `"nullable": true` stays as it is.
 *
 * Schemas are found the way OpenAPI 3.1 places them: every value of `components.schemas`, every
 * `schema` of a parameter, header or media type, and from there every JSON Schema applicator.
 * The walker rebuilds the document bottom-up (children first) and never mutates its input.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../openapi.js";
import { encodePointerSegment } from "../runtime/json-pointer.js";

/** Rewrites one object whose children are already rewritten; returns it unchanged in the common case. */
export type NodeRewrite = (node: JsonObject, pointer: string) => JsonObject;

type Position = "api" | "api-map" | "schema" | "schema-map" | "schema-list";

/** Keys of API description objects whose value maps names to API description objects. */
const API_MAPS: ReadonlySet<string> = new Set([
  "paths",
  "webhooks",
  "responses",
  "requestBodies",
  "parameters",
  "headers",
  "content",
  "encoding",
  "callbacks",
  "links",
  "securitySchemes",
  "pathItems",
  "variables",
]);

/** Data in API description objects (Example Objects, server variable defaults and enums). */
const API_DATA: ReadonlySet<string> = new Set(["example", "examples", "default", "enum", "value"]);

/** Schema keywords by what their value holds; every other keyword's value is left as it is. */
const SCHEMA_CHILD: Readonly<Record<string, Position>> = {
  properties: "schema-map",
  patternProperties: "schema-map",
  $defs: "schema-map",
  definitions: "schema-map",
  dependentSchemas: "schema-map",
  items: "schema",
  additionalProperties: "schema",
  unevaluatedProperties: "schema",
  unevaluatedItems: "schema",
  contains: "schema",
  propertyNames: "schema",
  not: "schema",
  if: "schema",
  then: "schema",
  else: "schema",
  allOf: "schema-list",
  anyOf: "schema-list",
  oneOf: "schema-list",
  prefixItems: "schema-list",
};

export interface Rewrites {
  /** Applied to every Schema Object. */
  readonly schema?: NodeRewrite;
  /** Applied to every other object of the API description (operations, parameters, info, …). */
  readonly api?: NodeRewrite;
}

/** Applies the rewrites to every object of `document` in its position, innermost first. */
export function rewriteDocument(document: JsonValue, rewrites: Rewrites): JsonValue {
  const visit = (value: JsonValue, pointer: string, position: Position | "data"): JsonValue => {
    if (position === "data") return value;
    if (Array.isArray(value)) {
      const itemPosition = position === "schema-list" || position === "schema" ? "schema" : "api";
      return value.map((item, index) => visit(item, `${pointer}/${index}`, itemPosition));
    }
    if (!isJsonObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      const at = `${pointer}/${encodePointerSegment(key)}`;
      out[key] = visit(child, at, childPosition(position, key));
    }
    if (position === "schema") return rewrites.schema?.(out, pointer) ?? out;
    if (position === "api") return rewrites.api?.(out, pointer) ?? out;
    return out;
  };
  return visit(document, "", "api");
}

/** Where a child sits; "data" values are returned as they are. */
function childPosition(parent: Position, key: string): Position | "data" {
  switch (parent) {
    case "api-map":
      return "api";
    case "schema-map":
    case "schema-list":
      return "schema";
    case "schema":
      return SCHEMA_CHILD[key] ?? "data";
    case "api":
      if (key.startsWith("x-") || API_DATA.has(key)) return "data";
      if (key === "schema") return "schema";
      if (key === "schemas") return "schema-map";
      return API_MAPS.has(key) ? "api-map" : "api";
  }
}

/** Wraps a rewrite so that `onChange` runs whenever it returns a new object. */
export function counted(rewrite: NodeRewrite, onChange: () => void): NodeRewrite {
  return (node, pointer) => {
    const next = rewrite(node, pointer);
    if (next !== node) onChange();
    return next;
  };
}

/**
 * Whether the schema at `pointer` only adds to its parent (an `allOf`/`anyOf`/`oneOf` branch, `if`,
 * `then`, `else`, `not`, a `dependentSchemas` entry) or names properties (`propertyNames`): such a
 * schema takes its instance type, and the properties it can see, from the parent.
 */
export function isPartialSchema(pointer: string): boolean {
  return PARTIAL.test(pointer);
}

const PARTIAL = /\/(?:(?:allOf|anyOf|oneOf|dependentSchemas)\/[^/]+|if|then|else|not|propertyNames)$/;
