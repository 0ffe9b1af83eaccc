/**
 * OpenAPI 3.0's `nullable: true` inside a 3.1 document, rewritten to what 3.1 (JSON Schema 2020-12)
 * means by it. In 3.1 `nullable` is no keyword at all, so leaving it would silently make these
 * fields non-nullable, and chatspec's converter rejects it rather than guess.
 *
 * - A plain typed schema (no `$ref`, no composition): `type: X` becomes `type: [X, "null"]`, and an
 *   `enum` gains `null`, because an enum without it would still reject null.
 * - Anything else (`$ref`, `allOf`/`anyOf`/`oneOf`/`not`, `const`, or no `type`): the assertions move
 *   into the first branch of `anyOf: [<schema>, { type: "null" }]` (`{}` when there are none), the
 *   idiom the canonical spec uses, and the annotations (description, title, default, deprecated, examples, `x-*`) stay
 *   outside, where docs read them.
 * - `nullable: false` says nothing in either version and is dropped.
 */
import type { JsonObject, JsonValue } from "../openapi.js";
import type { NodeRewrite } from "./walk.js";

/** Keywords that describe a schema without constraining instances; they stay on the outer schema. */
const ANNOTATIONS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "example",
  "examples",
  "externalDocs",
  "$comment",
]);

/** Keywords that make the type-array form unsafe: their subschemas would still reject null. */
const COMPOSITION: readonly string[] = ["$ref", "allOf", "anyOf", "oneOf", "not", "const", "if"];

export const rewriteNullable: NodeRewrite = (node) => {
  if (typeof node.nullable !== "boolean") return node;
  const { nullable, ...rest } = node;
  if (!nullable) return rest;
  const type = rest.type;
  const plain = !COMPOSITION.some((key) => key in rest);
  if (plain && typeof type === "string") return { ...rest, type: [type, "null"], ...nullEnum(rest.enum) };
  if (plain && Array.isArray(type)) return { ...rest, type: type.includes("null") ? type : [...type, "null"], ...nullEnum(rest.enum) };
  const outer: JsonObject = {};
  const inner: JsonObject = {};
  for (const [key, value] of Object.entries(rest)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) outer[key] = value;
    else inner[key] = value;
  }
  // With no assertions anything goes already, null too; the branch keeps what the author stated, so
  // a doc generator can tell `{nullable: true}` (Speakeasy's `Nullable[Any]`) from `{}` (`Any`).
  if (Object.keys(inner).length === 0) return { ...outer, anyOf: [inner, { type: "null" }] };
  return { ...outer, anyOf: [inner, { type: "null" }] };
};

function nullEnum(values: JsonValue | undefined): JsonObject {
  if (!Array.isArray(values) || values.includes(null)) return {};
  return { enum: [...values, null] };
}
