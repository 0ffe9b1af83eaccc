/**
 * `format` values of foreign specs that no JSON Schema format vocabulary defines. In 2020-12 an
 * unknown format is only an annotation, but AJV's strict mode rejects it (a typo such as
 * `date_time` would otherwise silently check nothing). The table below lists each one met in a
 * foreign spec; it moves to the `x-format` annotation, where docs still show it and validators
 * still check everything else. Formats the validators know (generator/runtime/formats.ts:
 * date-time, uri, int64, double, binary, …) are kept and keep asserting.
 */
import type { JsonObject } from "../openapi.js";
import type { NodeRewrite } from "./walk.js";

export const FOREIGN_FORMATS: Readonly<Record<string, string>> = {
  unixtime: "OpenAI: an integer of seconds since the epoch; `type: integer` already says what can be checked",
};

export function annotateForeignFormats(record: (format: string, pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    const format = node.format;
    if (typeof format !== "string" || !Object.hasOwn(FOREIGN_FORMATS, format)) return node;
    record(format, pointer);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) out[key === "format" ? "x-format" : key] = value;
    return out;
  };
}
