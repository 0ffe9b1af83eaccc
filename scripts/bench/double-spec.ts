/**
 * The "full spec duplicated" input of the scale suite: OpenAI's spec with every component schema
 * and every path present twice, the copies renamed (`Foo` → `Foo_x2`, `/chat/completions` →
 * `/x2/chat/completions`, operationIds suffixed) and their `$ref`s pointing at the copies, so the
 * generators see twice the work, not the same work twice. Pure.
 */
import { isJsonObject, schemaNameOfRef, type JsonObject, type JsonValue } from "../../generator/openapi.js";

const SUFFIX = "_x2";

export function doubleSpec(document: JsonObject): JsonObject {
  const components = isJsonObject(document.components) ? document.components : {};
  const schemas = isJsonObject(components.schemas) ? components.schemas : {};
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const copiedSchemas = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [`${name}${SUFFIX}`, retarget(schema)]));
  const copiedPaths = Object.fromEntries(Object.entries(paths).map(([route, item]) => [`/x2${route}`, renameOperations(retarget(item))]));
  return {
    ...document,
    paths: { ...paths, ...copiedPaths },
    components: { ...components, schemas: { ...schemas, ...copiedSchemas } },
  };
}

/** A deep copy whose schema `$ref`s point at the renamed copies. */
function retarget(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(retarget);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    const name = key === "$ref" && typeof child === "string" ? schemaNameOfRef(child) : null;
    out[key] = name === null ? retarget(child) : `#/components/schemas/${encodeURIComponent(`${name}${SUFFIX}`)}`;
  }
  return out;
}

function renameOperations(item: JsonValue): JsonValue {
  if (!isJsonObject(item)) return item;
  return Object.fromEntries(
    Object.entries(item).map(([method, operation]) => [
      method,
      isJsonObject(operation) && typeof operation.operationId === "string" ? { ...operation, operationId: `${operation.operationId}${SUFFIX}` } : operation,
    ]),
  );
}
