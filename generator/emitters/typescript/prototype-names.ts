/**
 * openapi-typescript bundles with @redocly/openapi-core 1.x, whose walker looks names up in plain
 * objects: a schema or property named after an `Object.prototype` member (`hasOwnProperty`,
 * `valueOf`, `isPrototypeOf`, …) finds the inherited function and crashes it with a TypeError.
 * These names are legal in a spec, so before calling openapi-typescript they are swapped for
 * unique placeholder identifiers everywhere a name can appear (schema names and `$ref`s, property
 * names, `required`, discriminators), and swapped back in the printed TypeScript. Every original
 * name is itself an identifier, so it is valid wherever its placeholder was printed.
 */
import { PROTOTYPE_MEMBER_NAMES, isJsonObject, schemaNameOfRef, type JsonObject, type JsonValue, type OpenApiDocument } from "../../openapi.js";

const SCHEMA_PREFIX = "#/components/schemas/";

export interface MaskedDocument {
  readonly document: OpenApiDocument;
  /** Puts the original names back into text printed from the masked document. */
  restore(text: string): string;
}

export function maskPrototypeNames(document: OpenApiDocument): MaskedDocument {
  const serialized = JSON.stringify(document);
  const masks = new Map<string, string>();
  const mask = (name: string): string => {
    if (!PROTOTYPE_MEMBER_NAMES.has(name)) return name;
    let placeholder = masks.get(name);
    if (placeholder === undefined) {
      let index = masks.size;
      do placeholder = `chatspecMaskedName${index++}`;
      while (serialized.includes(placeholder));
      masks.set(name, placeholder);
    }
    return placeholder;
  };
  const renameKeys = (object: JsonObject, convert: (value: JsonValue) => JsonValue): JsonObject =>
    Object.fromEntries(Object.entries(object).map(([key, value]) => [mask(key), convert(value)]));

  const walk = (node: JsonValue): JsonValue => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isJsonObject(node)) return node;
    const out: [string, JsonValue][] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && isJsonObject(value)) out.push([key, renameKeys(value, walk)]);
      else if (key === "required" && Array.isArray(value)) out.push([key, value.map((item) => (typeof item === "string" ? mask(item) : item))]);
      else if (key === "$ref" && typeof value === "string") out.push([key, maskRef(value)]);
      else if (key === "discriminator" && isJsonObject(value)) out.push([key, maskDiscriminator(value)]);
      else out.push([key, walk(value)]);
    }
    return Object.fromEntries(out);
  };
  const maskRef = (ref: string): string => {
    const name = schemaNameOfRef(ref);
    return name === null ? ref : `${SCHEMA_PREFIX}${mask(name)}`;
  };
  const maskDiscriminator = (discriminator: JsonObject): JsonObject => ({
    ...discriminator,
    ...(typeof discriminator.propertyName === "string" ? { propertyName: mask(discriminator.propertyName) } : {}),
    ...(isJsonObject(discriminator.mapping)
      ? { mapping: Object.fromEntries(Object.entries(discriminator.mapping).map(([tag, ref]) => [tag, typeof ref === "string" ? maskRef(ref) : ref])) }
      : {}),
  });

  const walked = walk(document) as JsonObject;
  const components = isJsonObject(walked.components) ? walked.components : null;
  if (components !== null && isJsonObject(components.schemas)) {
    walked.components = { ...components, schemas: renameKeys(components.schemas, (value) => value) };
  }
  const restore = (text: string): string => {
    let result = text;
    // Longest placeholder first, so `…Name1` never eats the start of `…Name10`.
    for (const [name, placeholder] of [...masks].sort((a, b) => b[1].length - a[1].length)) result = result.split(placeholder).join(name);
    return result;
  };
  return { document: walked, restore };
}
