/**
 * A provider profile: the canonical spec with that provider's overlay applied. The document a profile
 * generates from is the overlay's result, with component schemas it no longer uses dropped
 * (prune-schemas.ts), and named after the profile: the request schema's title and the API title end
 * in "(profile <id>)", so the profile's types, docs and validator errors (which quote the schema
 * title) say which provider they are for. Pure.
 */
import { findChatOperation, isJsonObject, rootSchemas, type OpenApiDocument } from "../openapi.js";
import { applyOverlay, type OverlayResult } from "./apply-overlay.js";
import type { Overlay } from "./overlay.js";
import { pruneUnusedSchemas } from "./prune-schemas.js";

/** Profile ids are file names (`spec/profiles/<id>.overlay.yaml`) and package-name suffixes. */
export const PROFILE_ID = /^[a-z][a-z0-9-]*$/;

export interface Profile {
  readonly id: string;
  /** The overlay file, relative to the current folder, for messages. */
  readonly file: string;
  /** The overlay file, posix, relative to the spec's folder (`profiles/atoma.overlay.yaml`): stable wherever chatspec runs. */
  readonly source: string;
  readonly overlay: Overlay;
  /** The canonical spec with the overlay applied, pruned and titled. */
  readonly document: OpenApiDocument;
}

/**
 * The profile's document, and the indexes of actions whose target selected nothing (the caller
 * reports those as errors at the action: a profile must not silently describe less than it says).
 */
export function profileDocument(canonical: OpenApiDocument, id: string, overlay: Overlay): OverlayResult {
  const { document, unmatched } = applyOverlay(canonical, overlay);
  return { document: withProfileTitles(pruneUnusedSchemas(document), id), unmatched };
}

/** `… (profile <id>)` on the API title and on the request schema's title. */
function withProfileTitles(document: OpenApiDocument, id: string): OpenApiDocument {
  const suffix = ` (profile ${id})`;
  const info = isJsonObject(document.info) ? document.info : {};
  const components = isJsonObject(document.components) ? document.components : {};
  const schemas = isJsonObject(components.schemas) ? components.schemas : {};
  const root = findChatOperation(document)?.requestSchema ?? rootSchemas(document)[0];
  const schema = root === undefined ? undefined : schemas[root];
  const titled = isJsonObject(schema) && root !== undefined ? { [root]: { ...schema, title: `${typeof schema.title === "string" ? schema.title : root}${suffix}` } } : {};
  return {
    ...document,
    info: { ...info, title: `${typeof info.title === "string" ? info.title : "API"}${suffix}` },
    components: { ...components, schemas: { ...schemas, ...titled } },
  };
}
