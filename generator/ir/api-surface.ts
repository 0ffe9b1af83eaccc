/**
 * Facts about the operations around the schemas that some generators' model pages depend on: which
 * component schemas only error responses use (Speakeasy makes those error classes, documented
 * apart from the models), and the security schemes (Speakeasy's `Security` model).
 */
import { componentSchemas, isJsonObject, reachableSchemas, schemaNameOfRef, type JsonValue, type OpenApiDocument } from "../openapi.js";
import type { SecurityScheme } from "./types.js";

const METHODS: ReadonlySet<string> = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** A 4xx or 5xx status, its `4XX` range, or `default`: the responses a client raises as errors. */
function isErrorStatus(status: string): boolean {
  return /^[45]/.test(status) || status === "default";
}

/**
 * Component schemas reached from error responses and from nothing else an operation sends or
 * receives (request bodies, parameters, success responses), in component order. Schemas no
 * operation uses are not among them.
 */
export function errorOnlySchemas(document: OpenApiDocument): string[] {
  const errorRoots = new Set<string>();
  const otherRoots = new Set<string>();
  const components = isJsonObject(document.components) ? document.components : {};
  const namedResponses = isJsonObject(components.responses) ? components.responses : {};
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isJsonObject(item)) continue;
    collectRefs(item.parameters, otherRoots);
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !isJsonObject(operation)) continue;
      collectRefs(operation.parameters, otherRoots);
      collectRefs(operation.requestBody, otherRoots);
      const responses = isJsonObject(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses)) {
        const named = isJsonObject(response) && typeof response.$ref === "string" ? /^#\/components\/responses\/(.+)$/.exec(response.$ref)?.[1] : undefined;
        collectRefs(named === undefined ? response : namedResponses[decodeURIComponent(named)], isErrorStatus(status) ? errorRoots : otherRoots);
      }
    }
  }
  const reach = (roots: ReadonlySet<string>): Set<string> => new Set([...roots].flatMap((root) => reachableSchemas(document, root)));
  const errors = reach(errorRoots);
  const others = reach(otherRoots);
  return Object.keys(componentSchemas(document)).filter((name) => errors.has(name) && !others.has(name));
}

/** Schema names of the `$ref`s inside a value (not followed further). */
function collectRefs(value: JsonValue | undefined, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const name = key === "$ref" && typeof child === "string" ? schemaNameOfRef(child) : null;
      if (name !== null) into.add(name);
      else collectRefs(child, into);
    }
  }
}

/** The security schemes in spec order, each with whether the document's global `security` requires it alone. */
export function securitySchemes(document: OpenApiDocument): SecurityScheme[] {
  const components = isJsonObject(document.components) ? document.components : {};
  const schemes = isJsonObject(components.securitySchemes) ? components.securitySchemes : {};
  const global = Array.isArray(document.security) ? document.security.filter(isJsonObject) : [];
  const only = global.length === 1 ? Object.keys(global[0] as object) : [];
  return Object.entries(schemes).map(([name, scheme]) => {
    const fields = isJsonObject(scheme) ? scheme : {};
    const example = fields["x-speakeasy-example"];
    return {
      name,
      type: typeof fields.type === "string" ? fields.type : "",
      requiredGlobally: only.length === 1 && only[0] === name,
      example: typeof example === "string" ? example : null,
    };
  });
}
