/**
 * OpenAPI 3.0 says "these string bytes are a file" with `format: binary` and "base64" with
 * `format: byte`; 3.1 (JSON Schema 2020-12) says it with `contentMediaType` and `contentEncoding`.
 * The content keywords are added next to `format`, which stays: the validators check `byte` as
 * base64 and the doc flavors read `binary` (a file type), and 3.1 keeps `format` as an open
 * annotation, so nothing that worked before changes.
 *
 * - `format: byte` (or `base64`) on a string → `contentEncoding: base64`, wherever it is: a base64
 *   string in JSON is exactly what the keyword describes.
 * - `format: binary` on a string → `contentMediaType`, only where the string is the bytes of a body
 *   or of a form part: under a media type that is not JSON, inline or through its `$ref` to a
 *   component schema. The type is the form part's `encoding.contentType` when it names one concrete
 *   type, the body's own media type when that is a concrete non-form type, else
 *   `application/octet-stream`. Inside JSON a "binary" string has no 3.1 meaning to add.
 */
import { HTTP_METHODS, isJsonObject, schemaNameOfRef, type JsonObject, type JsonValue, type OpenApiDocument } from "../openapi.js";
import { decodePointerSegment, encodePointerSegment } from "../runtime/json-pointer.js";
import type { NodeRewrite } from "../normalize/walk.js";

const OCTET_STREAM = "application/octet-stream";

/** A schema that describes a non-JSON body: where it sits, and the media type it belongs to. */
export interface BinaryContext {
  /** Pointer of the body's schema: inline under the media type, or the component its `$ref` names. */
  readonly base: string;
  readonly mediaType: string;
  /** The media type's `encoding` map (form parts), or `{}`. */
  readonly encoding: JsonObject;
}

/** Every non-JSON body schema of `document`, first media type wins when a component serves several. */
export function binaryContexts(document: OpenApiDocument): BinaryContext[] {
  const contexts: BinaryContext[] = [];
  for (const { pointer, mediaType, media } of mediaTypes(document)) {
    if (/json/i.test(mediaType) || !isJsonObject(media.schema)) continue;
    const name = typeof media.schema.$ref === "string" ? schemaNameOfRef(media.schema.$ref) : null;
    const base = name === null ? `${pointer}/schema` : `/components/schemas/${encodePointerSegment(name)}`;
    if (contexts.some((context) => context.base === base)) continue;
    contexts.push({ base, mediaType, encoding: isJsonObject(media.encoding) ? media.encoding : {} });
  }
  return contexts;
}

export function rewriteContentKeywords(contexts: readonly BinaryContext[], record: (keyword: "contentEncoding" | "contentMediaType") => void): NodeRewrite {
  return (node, pointer) => {
    if (!isStringSchema(node)) return node;
    if ((node.format === "byte" || node.format === "base64") && !("contentEncoding" in node)) {
      record("contentEncoding");
      return afterFormat(node, "contentEncoding", "base64");
    }
    if (node.format !== "binary" || "contentMediaType" in node) return node;
    const context = contexts.find(({ base }) => pointer === base || pointer.startsWith(`${base}/`));
    if (context === undefined) return node;
    record("contentMediaType");
    return afterFormat(node, "contentMediaType", contentTypeAt(context, pointer.slice(context.base.length)));
  };
}

/** The media type of the bytes at `relative` (a pointer below the body schema). */
function contentTypeAt(context: BinaryContext, relative: string): string {
  const part = /^\/properties\/([^/]+)(?:\/items)?$/.exec(relative)?.[1];
  if (part !== undefined) {
    const encoding = context.encoding[decodePointerSegment(part)];
    const declared = isJsonObject(encoding) ? encoding.contentType : undefined;
    return typeof declared === "string" && concrete(declared) ? declared.trim() : OCTET_STREAM;
  }
  const own = context.mediaType.split(";")[0]?.trim() ?? "";
  const form = /^multipart\//i.test(own) || /^application\/x-www-form-urlencoded$/i.test(own);
  return (relative === "" || relative === "/items") && !form && concrete(own) ? own : OCTET_STREAM;
}

/** One media type without wildcards or alternatives (`image/png`, not `image/*` or `image/png, image/jpeg`). */
function concrete(type: string): boolean {
  return /^[\w.+-]+\/[\w.+-]+$/.test(type.trim());
}

function isStringSchema(node: JsonObject): boolean {
  return node.type === "string" || (Array.isArray(node.type) && node.type.includes("string"));
}

/** `node` with `key: value` inserted right after `format`. */
function afterFormat(node: JsonObject, key: string, value: JsonValue): JsonObject {
  const out: JsonObject = {};
  for (const [name, item] of Object.entries(node)) {
    out[name] = item;
    if (name === "format") out[key] = value;
  }
  return out;
}

interface MediaTypeAt {
  readonly pointer: string;
  readonly mediaType: string;
  readonly media: JsonObject;
}

/** The media types of request bodies and responses: in operations, and in `components.requestBodies` / `components.responses`. */
function mediaTypes(document: OpenApiDocument): MediaTypeAt[] {
  const found: MediaTypeAt[] = [];
  const contentOf = (holder: JsonValue | undefined, at: string): void => {
    if (!isJsonObject(holder) || !isJsonObject(holder.content)) return;
    for (const [mediaType, media] of Object.entries(holder.content)) {
      if (isJsonObject(media)) found.push({ pointer: `${at}/content/${encodePointerSegment(mediaType)}`, mediaType, media });
    }
  };
  const eachOf = (map: JsonValue | undefined, at: string, visit: (value: JsonValue, at: string) => void): void => {
    if (isJsonObject(map)) for (const [key, value] of Object.entries(map)) visit(value, `${at}/${encodePointerSegment(key)}`);
  };
  eachOf(document.paths, "/paths", (item, itemAt) => {
    if (!isJsonObject(item)) return;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      contentOf(operation.requestBody, `${itemAt}/${method}/requestBody`);
      eachOf(operation.responses, `${itemAt}/${method}/responses`, contentOf);
    }
  });
  const components = isJsonObject(document.components) ? document.components : {};
  eachOf(components.requestBodies, "/components/requestBodies", contentOf);
  eachOf(components.responses, "/components/responses", contentOf);
  return found;
}
