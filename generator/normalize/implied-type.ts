/**
 * Schemas that use one type's keywords but state no `type`, such as OpenAI's
 * `modalities: { items: { … } }`. By the letter of JSON Schema, `items` only applies to arrays, so
 * such a schema accepts any non-array as well; every code generator (openapi-typescript included)
 * reads it as an array, and so does the API. AJV's strict mode (`strictTypes`) rejects the
 * ambiguity. This states the type the keywords imply: `type: "array"` for array keywords,
 * `"object"` for object keywords, `"string"`, `"number"`. Only when the keywords of exactly one
 * type are present and nothing else decides the type (`$ref`, `enum`, `const`); the validators then
 * agree with the generated types, which makes them stricter than the letter of the spec there.
 *
 * Not for subschemas that only add to their parent (`allOf`/`anyOf`/`oneOf` branches, `if`, `then`,
 * `else`, `not`, `dependentSchemas`): their type is the parent's, and AJV reads it from there. Nor
 * for `propertyNames`, whose instances are always strings.
 */
import { TYPE_KEYWORDS } from "./type-keywords.js";
import { isPartialSchema, type NodeRewrite } from "./walk.js";

const DECIDES_TYPE = ["type", "$ref", "enum", "const"];

export function rewriteImpliedType(record: (type: string, pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    if (DECIDES_TYPE.some((key) => key in node) || isPartialSchema(pointer)) return node;
    const implied = Object.entries(TYPE_KEYWORDS)
      .filter(([, keywords]) => keywords.some((keyword) => keyword in node))
      .map(([type]) => type);
    if (implied.length !== 1) return node;
    const type = implied[0] as string;
    record(type, pointer);
    return { type, ...node };
  };
}
