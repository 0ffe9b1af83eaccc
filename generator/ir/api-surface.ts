/**
 * Facts about the operations around the schemas that some generators' model pages depend on: which
 * component schemas only error responses use (Speakeasy makes them error classes, documented apart
 * from the models), and the security schemes (Speakeasy's `Security` model).
 */
import {
  componentSchemas,
  HTTP_METHODS,
  isJsonObject,
  reachableSchemas,
  schemaNameOfRef,
  type JsonObject,
  type JsonValue,
  type OpenApiDocument,
} from "../openapi.js";
import { decodeFragmentSegment } from "../runtime/json-pointer.js";
import type { SecurityScheme } from "./types.js";

/** A 4xx or 5xx status, its `4XX` range, or `default`: the responses a client raises as errors. */
function isErrorStatus(status: string): boolean {
  return /^[45]/.test(status) || status === "default";
}

/** The schemas the operations' error responses refer to, and those everything else an operation sends or receives refers to. */
function operationRefs(document: OpenApiDocument): { readonly errorRoots: Set<string>; readonly otherRoots: Set<string> } {
  const errorRoots = new Set<string>();
  const otherRoots = new Set<string>();
  const components = isJsonObject(document.components) ? document.components : {};
  const namedResponses = isJsonObject(components.responses) ? components.responses : {};
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isJsonObject(item)) continue;
    collectRefs(item.parameters, otherRoots, components);
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method) || !isJsonObject(operation)) continue;
      collectRefs(operation.parameters, otherRoots, components);
      collectRefs(operation.requestBody, otherRoots, components);
      const responses = isJsonObject(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses)) {
        const named = isJsonObject(response) && typeof response.$ref === "string" ? /^#\/components\/responses\/(.+)$/.exec(response.$ref)?.[1] : undefined;
        collectRefs(named === undefined ? response : namedResponses[decodeFragmentSegment(named)], isErrorStatus(status) ? errorRoots : otherRoots, components);
      }
    }
  }
  return { errorRoots, otherRoots };
}

function reach(document: OpenApiDocument, roots: ReadonlySet<string>): Set<string> {
  return new Set([...roots].flatMap((root) => reachableSchemas(document, root)));
}

/**
 * Component schemas reached from error responses and from nothing else an operation sends or
 * receives (request bodies, parameters, success responses), in component order. Schemas no
 * operation uses are not among them.
 */
export function errorOnlySchemas(document: OpenApiDocument): string[] {
  const { errorRoots, otherRoots } = operationRefs(document);
  const errors = reach(document, errorRoots);
  const others = reach(document, otherRoots);
  return Object.keys(componentSchemas(document)).filter((name) => errors.has(name) && !others.has(name));
}

/**
 * Schema names of the `$ref`s inside a value (not followed further). A `$ref` to another component
 * (a parameter, request body, header) is followed into it, once.
 */
function collectRefs(value: JsonValue | undefined, into: Set<string>, components: JsonObject = {}, seen: Set<string> = new Set()): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into, components, seen);
  else if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") {
        const name = schemaNameOfRef(child);
        if (name !== null) into.add(name);
        const other = /^#\/components\/(parameters|requestBodies|headers)\/(.+)$/.exec(child);
        if (other !== null && !seen.has(child)) {
          seen.add(child);
          const group = components[other[1] as string];
          collectRefs(isJsonObject(group) ? group[decodeFragmentSegment(other[2] as string)] : undefined, into, components, seen);
        }
      } else collectRefs(child, into, components, seen);
    }
  }
}

/** The security schemes in spec order, each with whether the document's global `security` requires it alone. */
export function securitySchemes(document: OpenApiDocument): SecurityScheme[] {
  const components = isJsonObject(document.components) ? document.components : {};
  const schemes = isJsonObject(components.securitySchemes) ? components.securitySchemes : {};
  const global = Array.isArray(document.security) ? document.security.filter(isJsonObject) : [];
  const only = global.length === 1 ? Object.keys(global[0] as object) : [];
  const named = requirementNames(document);
  return Object.entries(schemes).map(([name, scheme]) => {
    const fields = isJsonObject(scheme) ? scheme : {};
    const example = fields["x-speakeasy-example"];
    const type = typeof fields.type === "string" ? fields.type : "";
    return {
      name,
      type,
      ...(type === "http" && typeof fields.scheme === "string" ? { scheme: fields.scheme.toLowerCase() } : {}),
      requiredGlobally: only.length === 1 && only[0] === name,
      named: named.has(name),
      example: typeof example === "string" ? example : null,
    };
  });
}

/** The schemes some security requirement names: the document's own, or any operation's. */
function requirementNames(document: OpenApiDocument): Set<string> {
  const names = new Set<string>();
  const add = (security: JsonValue | undefined) => {
    if (Array.isArray(security))
      for (const requirement of security) if (isJsonObject(requirement)) for (const name of Object.keys(requirement)) names.add(name);
  };
  add(document.security);
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths))
    if (isJsonObject(item))
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (isJsonObject(operation)) add(operation.security);
      }
  return names;
}
