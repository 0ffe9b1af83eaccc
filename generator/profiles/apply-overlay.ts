/**
 * Applies an OpenAPI Overlay 1.0 document to a bundled spec, as the Overlay spec says: each action in
 * order selects nodes with its JSONPath `target` (jsonpath-plus, with its safe evaluator for filter
 * expressions), then either merges `update` into each selected node or, with `remove: true`, deletes
 * each selected node from its parent. Pure: the input document is cloned, never changed.
 *
 * Merging: into a selected object, `update`'s members are merged recursively (objects into objects;
 * arrays and scalars replace); into a selected array, `update` is appended. An action whose target
 * selects nothing is reported back: in a profile it is always a mistake (a renamed field, a typo), and
 * silently doing nothing would make the profile claim support it does not describe.
 */
import { JSONPath } from "jsonpath-plus";
import { isJsonObject, type JsonObject, type JsonValue, type OpenApiDocument } from "../openapi.js";
import type { Overlay } from "./overlay.js";

export interface OverlayResult {
  readonly document: OpenApiDocument;
  /** Indexes of the actions whose target selected no node. */
  readonly unmatched: readonly number[];
}

interface Match {
  readonly value: JsonValue;
  readonly parent: JsonObject | JsonValue[] | null;
  readonly parentProperty: string | number | null;
}

export function applyOverlay(document: OpenApiDocument, overlay: Overlay): OverlayResult {
  const result = structuredClone(document);
  const unmatched: number[] = [];
  overlay.actions.forEach((action, index) => {
    const matches = select(result, action.target);
    if (matches.length === 0) {
      unmatched.push(index);
      return;
    }
    if (action.remove === true) {
      // Later array items first, so earlier indexes stay valid while removing.
      for (const match of [...matches].reverse()) removeMatch(match);
      return;
    }
    const update = action.update as JsonValue;
    for (const match of matches) {
      if (Array.isArray(match.value)) match.value.push(structuredClone(update));
      else if (isJsonObject(match.value) && isJsonObject(update)) mergeInto(match.value, update);
      else if (match.parent !== null && match.parentProperty !== null) setChild(match.parent, match.parentProperty, structuredClone(update));
    }
  });
  return { document: result, unmatched };
}

function select(document: OpenApiDocument, target: string): Match[] {
  const found = JSONPath({ path: target, json: document, resultType: "all", eval: "safe", wrap: true }) as {
    value: JsonValue;
    parent: unknown;
    parentProperty: unknown;
  }[];
  return found.map((item) => ({
    value: item.value,
    parent: isJsonObject(item.parent) || Array.isArray(item.parent) ? (item.parent as JsonObject | JsonValue[]) : null,
    parentProperty: typeof item.parentProperty === "string" || typeof item.parentProperty === "number" ? item.parentProperty : null,
  }));
}

function removeMatch(match: Match): void {
  if (match.parent === null || match.parentProperty === null) return; // the root cannot be removed
  if (Array.isArray(match.parent)) match.parent.splice(Number(match.parentProperty), 1);
  else delete match.parent[String(match.parentProperty)];
}

function setChild(parent: JsonObject | JsonValue[], key: string | number, value: JsonValue): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else parent[String(key)] = value;
}

function mergeInto(target: JsonObject, update: JsonObject): void {
  for (const [key, value] of Object.entries(update)) {
    const existing = target[key];
    if (isJsonObject(existing) && isJsonObject(value)) mergeInto(existing, value);
    else target[key] = structuredClone(value);
  }
}
