/**
 * The shape of an OpenAPI Overlay 1.0 document, and its structural check. A profile is an overlay on
 * the canonical spec, so a malformed overlay must fail with the place it is wrong (the I/O edge turns
 * the path below into file:line:col); this module only says what and where, as data.
 */
import { flavorIds } from "../flavors/catalog.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../openapi.js";

/** One overlay action: a JSONPath target and either an `update` to merge or `remove: true`. */
export interface OverlayAction {
  readonly target: string;
  readonly description?: string;
  readonly update?: JsonValue;
  readonly remove?: boolean;
}

export interface Overlay {
  readonly overlay: string;
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly extends?: string;
  readonly actions: readonly OverlayAction[];
  /**
   * The doc flavor the provider publishes its own reference in (an id of flavors/registry.ts): a
   * profile's package gets it plus `reference` unless the config says otherwise (outputs.ts).
   */
  readonly "x-chatspec-flavor"?: string;
}

/** The overlay's root extension naming its provider's doc flavor. */
export const PROVIDER_FLAVOR = "x-chatspec-flavor";

/** A problem with an overlay document, at a path of keys and indexes into it. */
export interface OverlayProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The problems of a parsed overlay document; empty when it is a valid Overlay 1.0 document. */
export function overlayProblems(value: unknown): OverlayProblem[] {
  if (!isJsonObject(value)) return [{ path: [], message: "an overlay is a mapping with `overlay`, `info` and `actions`" }];
  const problems: OverlayProblem[] = [];
  if (typeof value.overlay !== "string" || !/^1\.0\.\d+$/.test(value.overlay))
    problems.push({ path: ["overlay"], message: "`overlay` must be a 1.0.x version string such as 1.0.0" });
  const info = value.info;
  if (!isJsonObject(info)) problems.push({ path: ["info"], message: "`info` must be a mapping with `title` and `version`" });
  else {
    if (typeof info.title !== "string" || info.title === "") problems.push({ path: ["info"], message: "`info.title` must be a non-empty string" });
    if (typeof info.version !== "string" || info.version === "") problems.push({ path: ["info"], message: "`info.version` must be a non-empty string" });
  }
  if (value.extends !== undefined && typeof value.extends !== "string") problems.push({ path: ["extends"], message: "`extends` must be a URL string" });
  const flavor = value[PROVIDER_FLAVOR];
  if (flavor !== undefined && (typeof flavor !== "string" || !flavorIds.includes(flavor)))
    problems.push({ path: [PROVIDER_FLAVOR], message: `\`${PROVIDER_FLAVOR}\` must be a doc flavor id: ${flavorIds.join(", ")}` });
  if (!Array.isArray(value.actions) || value.actions.length === 0) {
    problems.push({ path: ["actions"], message: "`actions` must be a non-empty list" });
    return problems;
  }
  for (const [index, action] of value.actions.entries()) problems.push(...actionProblems(action, index));
  return problems;
}

function actionProblems(action: JsonValue, index: number): OverlayProblem[] {
  if (!isJsonObject(action)) return [{ path: ["actions", index], message: "an action is a mapping with `target` and `update` or `remove`" }];
  const at = (key: string): (string | number)[] => ["actions", index, key];
  if (typeof action.target !== "string" || !action.target.startsWith("$"))
    return [{ path: at("target"), message: "`target` must be a JSONPath expression starting with `$`" }];
  if (action.remove !== undefined && typeof action.remove !== "boolean") return [{ path: at("remove"), message: "`remove` must be true or false" }];
  const removes = action.remove === true;
  if (removes && action.update !== undefined) return [{ path: at("update"), message: "an action either updates or removes, not both" }];
  if (!removes && action.update === undefined) return [{ path: ["actions", index], message: "an action needs `update` or `remove: true`" }];
  return [];
}

/** The overlay as typed data; call only when overlayProblems(value) is empty. */
export function asOverlay(value: JsonObject): Overlay {
  return value as unknown as Overlay;
}
