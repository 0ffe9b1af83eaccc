/**
 * OpenAPI 3.0's `example` on a Schema Object (one value) → JSON Schema 2020-12's `examples` (a
 * list), in the same place in key order. 3.1 still tolerates `example` but deprecates it, and the
 * docs IR reads `examples`. A schema that already has an `examples` list (not a 3.0 keyword) gets
 * the value in front, unless the list holds it already. Media type, parameter and header `example`
 * are unchanged in 3.1 and not touched (they are no Schema Objects).
 */
import { isDeepStrictEqual } from "node:util";
import type { NodeRewrite } from "../normalize/walk.js";

export function rewriteSchemaExample(record: (pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    if (!("example" in node)) return node;
    const example = node.example as NonNullable<typeof node.example> | null;
    const examples = node.examples;
    if (examples !== undefined && !Array.isArray(examples)) return node; // not ours to guess: left as written
    record(pointer);
    const list = examples === undefined ? [example] : examples.some((item) => isDeepStrictEqual(item, example)) ? examples : [example, ...examples];
    const out: typeof node = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "example") out.examples = list;
      else if (key !== "examples") out[key] = value;
    }
    return out;
  };
}
