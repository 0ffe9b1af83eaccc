/**
 * Keywords that are no keyword at all, found in foreign specs, and dropped by an explicit table.
 * JSON Schema 2020-12 ignores unknown keywords, so dropping them changes no verdict; AJV's strict
 * mode rejects them instead (to catch typos in specs we write), and it stays on. The table lists
 * each one with where it was seen, so a new one is an error to look at, not something swallowed.
 */
import type { NodeRewrite } from "./walk.js";

export const STRAY_KEYWORDS: Readonly<Record<string, string>> = {
  min_items: "snake_case misspelling of minItems, on the number items of OpenAI's grader `range` array (ignored by every validator)",
  max_items: "snake_case misspelling of maxItems, in the same place",
  optional: "not a JSON Schema keyword (a property is optional unless `required` lists it); on OpenAI's CreateTranscriptionResponseJson.logprobs",
};

export function dropStrayKeywords(record: (key: string, pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    const stray = Object.keys(node).filter((key) => Object.hasOwn(STRAY_KEYWORDS, key));
    if (stray.length === 0) return node;
    for (const key of stray) record(key, pointer);
    return Object.fromEntries(Object.entries(node).filter(([key]) => !stray.includes(key)));
  };
}
