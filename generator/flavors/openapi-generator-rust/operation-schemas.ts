/**
 * The schemas of a spec's operations, in the order openapi-generator's `InlineModelResolver.flattenPaths`
 * meets them, each with the name an inline model made of it starts from: per path (spec order),
 * per operation (`PathItem.readOperationsMap`: get, put, post, delete, patch, head, options,
 * trace), the request body (`<operationId>_request`), then each parameter
 * (`<operationId>_<name>_parameter`), then each response (`<operationId>_<status>_response`). An
 * operation without an operationId is named after its path and method (`/foo/bar_get`).
 */
import type { FieldType, Operation } from "../../ir/types.js";

const METHOD_ORDER: readonly string[] = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

export interface OperationSchema {
  /** The inline model name the schema starts from (before sanitising and de-duplication). */
  readonly prefix: string;
  readonly type: FieldType;
  /** The media type of a request body or response; null for a parameter. */
  readonly mediaType: string | null;
}

export function operationSchemas(operations: readonly Operation[]): OperationSchema[] {
  const byPath = new Map<string, Operation[]>();
  for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const schemas: OperationSchema[] = [];
  for (const pathOperations of byPath.values()) {
    const ordered = [...pathOperations].sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
    for (const operation of ordered) {
      const prefix = operation.operationId ?? `${operation.path}_${operation.method}`;
      const body = operation.requestBody;
      if (body !== null) schemas.push({ prefix: `${prefix}_request`, type: body.type, mediaType: body.mediaType });
      for (const { field } of operation.parameters) schemas.push({ prefix: `${prefix}_${field.name}_parameter`, type: field.type, mediaType: null });
      for (const response of operation.responses) {
        if (response.type !== null) schemas.push({ prefix: `${prefix}_${response.status}_response`, type: response.type, mediaType: response.mediaType });
      }
    }
  }
  return schemas;
}
