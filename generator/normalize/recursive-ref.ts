/**
 * JSON Schema 2019-09's recursion keywords inside a 2020-12 document. OpenAI's spec writes a
 * self-referencing component as `$recursiveAnchor: true` on the component and `$recursiveRef: "#"`
 * where it recurses. 2020-12 replaced both (with `$dynamicAnchor`/`$dynamicRef`), and inside an
 * OpenAPI document `"#"` would name the whole document, so AJV rejects the pair. What the author
 * means is a reference to the component itself, which is what this rewrites it to:
 * `$recursiveRef: "#"` inside `components.schemas.X` (with `$recursiveAnchor: true`) becomes
 * `$ref: "#/components/schemas/X"`, and the anchor is dropped. Any other use is left as it is, for
 * the converter to report.
 */
import { isJsonObject, type JsonObject } from "../openapi.js";
import { decodePointerSegment, encodeFragmentSegment } from "../runtime/json-pointer.js";
import type { NodeRewrite } from "./walk.js";

const COMPONENT = /^\/components\/schemas\/([^/]+)(\/.*)?$/;

export function rewriteRecursiveRefs(schemas: JsonObject, record: (pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    const match = COMPONENT.exec(pointer);
    if (match === null) return node;
    const segment = match[1] as string;
    const name = decodePointerSegment(segment);
    const component = schemas[name];
    if (!isJsonObject(component) || component.$recursiveAnchor !== true) return node;
    if (match[2] === undefined) {
      const { $recursiveAnchor: _anchor, ...rest } = node;
      return rest;
    }
    if (node.$recursiveRef !== "#") return node;
    record(pointer);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$recursiveRef") out.$ref = `#/components/schemas/${encodeFragmentSegment(name)}`;
      else out[key] = value;
    }
    return out;
  };
}
