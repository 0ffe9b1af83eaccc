/**
 * The operations of a spec's `paths`, for generators that write pages around them (Speakeasy's
 * `<Operation>Request` and `<Operation>Response` classes): each operation's parameters (with `in`,
 * `required`, description, schema, example), its request body and its responses. Built apart from
 * the schema definitions; flavors that document schemas alone ignore it.
 */
import { HTTP_METHODS, isJsonObject, valueAt, type JsonObject, type JsonValue, type OpenApiDocument } from "../openapi.js";
import { decodeFragmentSegment, encodePointerSegment } from "../runtime/json-pointer.js";
import type { DefaultValue, Field, FieldType, Operation, OperationResponse, Parameter, RequestBody } from "./types.js";

/** How build.ts turns a schema into fields or a shape; passed in so that the two modules share one conversion. */
type FieldsOf = (schema: JsonObject, pointer: string) => Field[];
type ShapeOf = (schema: JsonObject, pointer: string) => { readonly type: FieldType; readonly nullable: boolean };

/** The parameters `x-speakeasy-globals` declares, as fields (Speakeasy's `<Operation>Globals` classes). */
export function globalParametersOf(document: OpenApiDocument, fieldsOf: FieldsOf): Parameter[] {
  const globals = isJsonObject(document["x-speakeasy-globals"]) ? document["x-speakeasy-globals"] : {};
  return listOf(globals.parameters).flatMap((value, index) => {
    const parameter = resolveRef(document, value);
    if (parameter === null || typeof parameter.name !== "string" || typeof parameter.in !== "string") return [];
    return [parameterOf(parameter, `#/x-speakeasy-globals/parameters/${index}`, fieldsOf, new Set([`${parameter.name} ${parameter.in}`]), null)];
  });
}

export function operationsOf(document: OpenApiDocument, fieldsOf: FieldsOf, shapeOf: ShapeOf): Operation[] {
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const globals = globalParameters(document);
  const operations: Operation[] = [];
  for (const [route, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue;
    const itemPointer = `#/paths/${encodePointerSegment(route)}`;
    for (const method of Object.keys(item).filter((key) => HTTP_METHODS.includes(key))) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const pointer = `${itemPointer}/${method}`;
      const own = listOf(operation.parameters).map((value, index) => ({ value, pointer: `${pointer}/parameters/${index}` }));
      const shared = listOf(item.parameters).map((value, index) => ({ value, pointer: `${itemPointer}/parameters/${index}` }));
      const resolved = [...shared, ...own].flatMap(({ value, pointer: at }) => {
        const parameter = resolveRef(document, value);
        const ref = isJsonObject(value) && typeof value.$ref === "string" ? /^#\/components\/parameters\/([^/]+)$/.exec(value.$ref)?.[1] : undefined;
        const component = ref === undefined ? null : decodeFragmentSegment(ref);
        return parameter === null || typeof parameter.name !== "string" || typeof parameter.in !== "string" ? [] : [{ parameter, at, component }];
      });
      // An operation's parameter overrides a path-level one with the same name and location.
      const kept = resolved.filter(
        ({ parameter }, index) => !resolved.slice(index + 1).some((later) => later.parameter.name === parameter.name && later.parameter.in === parameter.in),
      );
      operations.push({
        operationId: typeof operation.operationId === "string" ? operation.operationId : null,
        method,
        path: route,
        parameters: kept.map(({ parameter, at, component }) => parameterOf(parameter, at, fieldsOf, globals, component)),
        requestBody: requestBodyOf(document, operation.requestBody, `${pointer}/requestBody`, shapeOf),
        responses: responsesOf(document, operation.responses, `${pointer}/responses`, shapeOf),
        extensions: Object.entries(operation)
          .filter(([key]) => key.startsWith("x-"))
          .map(([name, value]) => ({ name, value })),
      });
    }
  }
  return operations;
}

function listOf(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** A `$ref` to anything in the document followed (a few levels), else the value itself. */
function resolveRef(document: OpenApiDocument, value: JsonValue | undefined): JsonObject | null {
  let node = value;
  for (let depth = 0; depth < 8 && isJsonObject(node) && typeof node.$ref === "string"; depth++) {
    const ref = node.$ref as string;
    if (!ref.startsWith("#/")) return null;
    node = valueAt(document, ref.slice(2).split("/").map(decodeFragmentSegment));
  }
  return isJsonObject(node) ? node : null;
}

/** `name in` keys of the parameters `x-speakeasy-globals` lists. */
function globalParameters(document: OpenApiDocument): Set<string> {
  const globals = isJsonObject(document["x-speakeasy-globals"]) ? document["x-speakeasy-globals"] : {};
  const keys = new Set<string>();
  for (const value of listOf(globals.parameters)) {
    const parameter = resolveRef(document, value);
    if (parameter !== null && typeof parameter.name === "string" && typeof parameter.in === "string") keys.add(`${parameter.name} ${parameter.in}`);
  }
  return keys;
}

/** The parameter as a field: its schema with the parameter's description, example and deprecation laid over it. */
function parameterOf(parameter: JsonObject, pointer: string, fieldsOf: FieldsOf, globals: ReadonlySet<string>, component: string | null): Parameter {
  const name = parameter.name as string;
  const schema = isJsonObject(parameter.schema) ? parameter.schema : {};
  const property: JsonObject = { ...schema };
  if (typeof parameter.description === "string") property.description = parameter.description;
  if ("example" in parameter) property.example = parameter.example as JsonValue;
  if (parameter.deprecated === true) property.deprecated = true;
  const wrapper: JsonObject = { type: "object", properties: { [name]: property }, required: parameter.required === true ? [name] : [] };
  const [field] = fieldsOf(wrapper, pointer);
  // `ownDescription`: the parameter's own description, not its schema's.
  const own = typeof parameter.description === "string";
  const element = schema.type === "array" && isJsonObject(schema.items) ? schema.items : schema;
  return {
    in: parameter.in as string,
    field: { ...(field as Field), pointer, ownDescription: own },
    global: globals.has(`${name} ${parameter.in as string}`),
    extensions: Object.entries(parameter)
      .filter(([key]) => key.startsWith("x-"))
      .map(([key, value]) => ({ name: key, value })),
    component,
    schemaDescription: typeof element.description === "string" ? element.description : null,
  };
}

function requestBodyOf(document: OpenApiDocument, value: JsonValue | undefined, pointer: string, shapeOf: ShapeOf): RequestBody | null {
  const body = resolveRef(document, value);
  if (body === null) return null;
  const content = isJsonObject(body.content) ? body.content : {};
  const [mediaType, media] = Object.entries(content)[0] ?? [];
  if (mediaType === undefined || !isJsonObject(media)) return null;
  const schema = isJsonObject(media.schema) ? media.schema : {};
  const shape = shapeOf(schema, `${pointer}/content/${encodePointerSegment(mediaType)}/schema`);
  const key = isJsonObject(value) && typeof value.$ref === "string" ? /^#\/components\/requestBodies\/([^/]+)$/.exec(value.$ref)?.[1] : undefined;
  return {
    required: body.required === true,
    description: typeof body.description === "string" ? body.description : null,
    component: key === undefined ? null : decodeFragmentSegment(key),
    mediaType,
    type: shape.type,
    nullable: shape.nullable,
    ...exampleOf(document, schema),
  };
}

function responsesOf(document: OpenApiDocument, value: JsonValue | undefined, pointer: string, shapeOf: ShapeOf): OperationResponse[] {
  const responses = isJsonObject(value) ? value : {};
  return Object.entries(responses).map(([status, raw]) => {
    const response = resolveRef(document, raw) ?? {};
    const key = isJsonObject(raw) && typeof raw.$ref === "string" ? /^#\/components\/responses\/([^/]+)$/.exec(raw.$ref)?.[1] : undefined;
    const content = isJsonObject(response.content) ? response.content : {};
    const [mediaType, media] = Object.entries(content)[0] ?? [];
    const schema = isJsonObject(media) && isJsonObject(media.schema) ? media.schema : null;
    const contents = Object.entries(content).flatMap(([type, value]) =>
      isJsonObject(value) && isJsonObject(value.schema)
        ? [
            {
              mediaType: type,
              type: shapeOf(value.schema, `${pointer}/${encodePointerSegment(status)}/content/${encodePointerSegment(type)}/schema`).type,
              extensions: Object.entries(value.schema)
                .filter(([key]) => key.startsWith("x-"))
                .map(([name, extension]) => ({ name, value: extension })),
            },
          ]
        : [],
    );
    return {
      status,
      description: typeof response.description === "string" ? response.description : null,
      mediaType: mediaType ?? null,
      ...exampleOf(document, schema ?? {}),
      headers: Object.keys(isJsonObject(response.headers) ? response.headers : {}),
      name:
        schema !== null && typeof schema["x-speakeasy-name-override"] === "string"
          ? schema["x-speakeasy-name-override"]
          : key === undefined
            ? null
            : decodeFragmentSegment(key),
      type: schema === null ? null : (contents.find((entry) => entry.mediaType === mediaType)?.type ?? null),
      contents,
      component: key === undefined ? null : decodeFragmentSegment(key),
    };
  });
}

/**
 * The schema's example (a `$ref`'s target's), as an optional member: the first of its `examples`,
 * else its `example`, as a property's is read. A 3.0 schema's `example` is the first of `examples`
 * once the document is upgraded (que `TrustListResponse`). A media type's own `example` is left
 * out: Speakeasy shows the schema's alone (que `GetTrustListResponse` has one, `SignAssetResponse` none).
 */
function exampleOf(document: OpenApiDocument, schema: JsonObject): { example?: DefaultValue } {
  const target = resolveRef(document, schema) ?? schema;
  if (Array.isArray(target.examples) && target.examples.length > 0) return { example: { value: target.examples[0] as JsonValue } };
  return "example" in target ? { example: { value: target.example as JsonValue } } : {};
}
