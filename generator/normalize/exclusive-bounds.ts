/**
 * OpenAPI 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` (draft 4: a flag on `minimum`)
 * inside a 3.1 document, where they are numbers (draft 6 and later: the bound itself).
 * `minimum: 0, exclusiveMinimum: true` becomes `exclusiveMinimum: 0`; a `false` flag, or a flag
 * without its bound, means nothing and is dropped.
 */
import type { JsonObject } from "../openapi.js";
import type { NodeRewrite } from "./walk.js";

const PAIRS = [
  ["exclusiveMinimum", "minimum"],
  ["exclusiveMaximum", "maximum"],
] as const;

export function rewriteExclusiveBounds(record: (pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    if (!PAIRS.some(([flag]) => typeof node[flag] === "boolean")) return node;
    record(pointer);
    let out: JsonObject = { ...node };
    for (const [flag, bound] of PAIRS) {
      const value = out[flag];
      if (typeof value !== "boolean") continue;
      const limit = out[bound];
      const { [flag]: _flag, ...rest } = out;
      out = rest;
      if (value && typeof limit === "number") {
        // The bound keeps its place in key order under its new name.
        out = Object.fromEntries(Object.entries(out).map(([key, item]) => (key === bound ? [flag, limit] : [key, item])));
      }
    }
    return out;
  };
}
