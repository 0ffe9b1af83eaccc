/**
 * A union whose own `type` excludes one of its branches, such as OpenAI's
 * `TranscriptionChunkingStrategy`: `type: object` with `oneOf: ["auto" (a string), VadConfig]`.
 * By the letter of JSON Schema the string branch can never match; by the author's intent (and the
 * API, which accepts `"auto"`) it is one of the choices. AJV's strict mode (`strictTypes`) rejects
 * the contradiction. This widens the union's `type` to include every type its `oneOf`/`anyOf`
 * branches state, in order, so the validators accept what the union lists: looser than the letter
 * of the spec there, and reported.
 */
import { isJsonObject, type JsonValue } from "../openapi.js";
import type { NodeRewrite } from "./walk.js";

export function widenUnionType(record: (pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    const own = typeList(node.type);
    if (own === null) return node;
    const branchTypes = [node.oneOf, node.anyOf]
      .flatMap((branches) => (Array.isArray(branches) ? branches : []))
      .flatMap((branch) => (isJsonObject(branch) ? (typeList(branch.type) ?? []) : []));
    const covered = (type: string): boolean => own.includes(type) || (type === "integer" && own.includes("number"));
    const missing = [...new Set(branchTypes.filter((type) => !covered(type)))];
    if (missing.length === 0) return node;
    record(pointer);
    return { ...node, type: [...own, ...missing] };
  };
}

function typeList(type: JsonValue | undefined): string[] | null {
  if (typeof type === "string") return [type];
  if (Array.isArray(type) && type.every((item): item is string => typeof item === "string")) return type;
  return null;
}
