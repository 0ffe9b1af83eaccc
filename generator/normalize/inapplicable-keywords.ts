/**
 * Keywords that cannot apply to the type a schema states, such as OpenAI's `required` on an array
 * (meant for its items). JSON Schema applies `required` only to objects, so on
 * `type: "array"` it checks nothing; AJV's strict mode (`strictTypes`) rejects it as the mistake it
 * is. It is dropped and reported: the schema accepts exactly what it did. A schema whose `type`
 * list includes the keyword's type keeps it.
 */
import type { JsonObject } from "../openapi.js";
import { keywordGroup, TYPE_KEYWORDS } from "./type-keywords.js";
import type { NodeRewrite } from "./walk.js";

export function dropInapplicableKeywords(record: (keyword: string, pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    const types = typeof node.type === "string" ? [node.type] : Array.isArray(node.type) ? node.type : null;
    if (types === null) return node;
    const groups = new Set(types.map((type) => (typeof type === "string" ? keywordGroup(type) : null)));
    const inapplicable = Object.entries(TYPE_KEYWORDS)
      .filter(([group]) => !groups.has(group as keyof typeof TYPE_KEYWORDS))
      .flatMap(([, keywords]) => keywords.filter((keyword) => keyword in node));
    if (inapplicable.length === 0) return node;
    for (const keyword of inapplicable) record(keyword, pointer);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) if (!inapplicable.includes(key)) out[key] = value;
    return out;
  };
}
