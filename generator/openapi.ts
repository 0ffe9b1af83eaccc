/**
 * The few facts chatspec reads from an OpenAPI document directly, and the JSON types it is made of.
 * Everything here is pure and works on the bundled document (plain JSON).
 */
import { ChatspecError } from "./errors.js";
import { decodeFragmentSegment } from "./runtime/json-pointer.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A bundled OpenAPI 3.1 document: plain JSON, internal `$ref`s only. */
export type OpenApiDocument = JsonObject;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value at decoded pointer segments (`pointerSegments`, `fragmentSegments`): objects by own key,
 * arrays by index; undefined where the path leaves the document. Own keys only, so a segment such as
 * `constructor` never finds an inherited member.
 */
export function valueAt(root: JsonValue, segments: readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = /^(0|[1-9]\d*)$/.test(segment) ? node[Number(segment)] : undefined;
    else if (isJsonObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    else return undefined;
  }
  return node;
}

const SCHEMA_REF_PREFIX = "#/components/schemas/";

/**
 * Names of `Object.prototype` members (`constructor`, `hasOwnProperty`, `__proto__`, …). Legal as
 * schema and property names, but plain-object lookups find the inherited member, so code that
 * meets them (openapi-typescript's bundler, AJV's `required`) needs care.
 */
export const PROTOTYPE_MEMBER_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The operations a Path Item can hold (OpenAPI 3.0 and 3.1), in the order the spec lists them. */
export const HTTP_METHODS: readonly string[] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** `#/components/schemas/Foo` → `Foo`, or null for any other reference. */
export function schemaNameOfRef(ref: string): string | null {
  if (!ref.startsWith(SCHEMA_REF_PREFIX)) return null;
  const name = ref.slice(SCHEMA_REF_PREFIX.length);
  return name.includes("/") ? null : decodeFragmentSegment(name);
}

/** The `components.schemas` map, or an empty one. */
export function componentSchemas(document: OpenApiDocument): JsonObject {
  const components = document.components;
  if (!isJsonObject(components)) return {};
  const schemas = components.schemas;
  return isJsonObject(schemas) ? schemas : {};
}

/** The chat completion operation chatspec generates for. */
export interface ChatOperation {
  readonly method: "post";
  readonly path: string;
  readonly operationId: string;
  /** Name of the component schema of the JSON request body. */
  readonly requestSchema: string;
}

/**
 * Finds `POST /chat/completions` and the component schema of its JSON request body, or null when
 * the spec has no such operation. When it exists, the body must be a `$ref` to a named schema:
 * every artifact is named after it.
 */
export function findChatOperation(document: OpenApiDocument): ChatOperation | null {
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const path = "/chat/completions";
  const item = paths[path];
  const operation = isJsonObject(item) ? item.post : undefined;
  if (!isJsonObject(operation)) return null;
  const pointer = "/paths/~1chat~1completions/post/requestBody/content/application~1json/schema";
  const body = operation.requestBody;
  const content = isJsonObject(body) && isJsonObject(body.content) ? body.content["application/json"] : undefined;
  const schema = isJsonObject(content) ? content.schema : undefined;
  const ref = isJsonObject(schema) && typeof schema.$ref === "string" ? schema.$ref : null;
  const requestSchema = ref === null ? null : schemaNameOfRef(ref);
  if (requestSchema === null || !(requestSchema in componentSchemas(document))) {
    throw new ChatspecError("the JSON request body must be a $ref to a schema under components.schemas", { kind: "spec", location: { pointer } });
  }
  const operationId = typeof operation.operationId === "string" ? operation.operationId : "createChatCompletion";
  return { method: "post", path, operationId, requestSchema };
}

/**
 * The schemas chatspec generates for: the request-body schemas of every operation in path order
 * (the chat request first when present), or every component schema when there are no request bodies.
 */
export function rootSchemas(document: OpenApiDocument): string[] {
  const roots: string[] = [];
  const chat = findChatOperation(document);
  if (chat !== null) roots.push(chat.requestSchema);
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isJsonObject(item)) continue;
    for (const operation of Object.values(item)) {
      const body = isJsonObject(operation) && isJsonObject(operation.requestBody) ? operation.requestBody : null;
      const content = body && isJsonObject(body.content) ? body.content : {};
      for (const media of Object.values(content)) {
        const schema = isJsonObject(media) && isJsonObject(media.schema) ? media.schema : null;
        const name = schema && typeof schema.$ref === "string" ? schemaNameOfRef(schema.$ref) : null;
        if (name !== null && name in componentSchemas(document) && !roots.includes(name)) roots.push(name);
      }
    }
  }
  return roots.length > 0 ? roots : Object.keys(componentSchemas(document));
}

/**
 * Names of the component schemas reachable from `root` through `$ref`s, in first-reference order
 * (depth-first, document order), `root` first. Cycles are followed once.
 */
export function reachableSchemas(document: OpenApiDocument, root: string): string[] {
  const schemas = componentSchemas(document);
  const seen = new Set<string>();
  const order: string[] = [];
  const visitName = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    order.push(name);
    visitValue(schemas[name]);
  };
  const visitValue = (value: JsonValue | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visitValue(item);
    } else if (isJsonObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "$ref" && typeof child === "string") {
          const name = schemaNameOfRef(child);
          if (name !== null) visitName(name);
        } else {
          visitValue(child);
        }
      }
    }
  };
  visitName(root);
  return order;
}
