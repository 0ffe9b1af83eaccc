/**
 * A field in the style of OpenAI's `param`, which clients show to users and match on: the JSON
 * pointer `/messages/2/tool_call_id` becomes `messages[2].tool_call_id`.
 */
import { pointerSegments } from "./json-pointer.js";

/** The `param` of a plain JSON pointer; null for the body itself (`""`). */
export function paramName(pointer: string): string | null {
  if (pointer === "") return null;
  return pointerSegments(pointer).reduce(
    (param, segment) => (/^\d+$/.test(segment) ? `${param}[${segment}]` : param === "" ? segment : `${param}.${segment}`),
    "",
  );
}
