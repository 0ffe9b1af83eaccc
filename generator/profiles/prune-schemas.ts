/**
 * Drops component schemas nothing refers to any more. A profile that removes `web_search_options`
 * leaves `WebSearchOptions` behind; kept, it would be linted as unused and generated as a type the
 * provider does not accept. Reachability starts from everything outside `components.schemas` (paths,
 * other components) and follows `$ref`s. Pure: returns a new document.
 */
import { componentSchemas, isJsonObject, schemaNameOfRef, type JsonValue, type OpenApiDocument } from "../openapi.js";

export function pruneUnusedSchemas(document: OpenApiDocument): OpenApiDocument {
  const schemas = componentSchemas(document);
  const used = new Set<string>();
  const pending: string[] = [];
  const collect = (value: JsonValue | undefined): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (isJsonObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const name = key === "$ref" && typeof child === "string" ? schemaNameOfRef(child) : null;
        if (name !== null) {
          if (!used.has(name)) {
            used.add(name);
            pending.push(name);
          }
        } else collect(child);
      }
    }
  };
  for (const [key, value] of Object.entries(document)) {
    if (key !== "components") collect(value);
  }
  const components = isJsonObject(document.components) ? document.components : {};
  for (const [key, value] of Object.entries(components)) {
    if (key !== "schemas") collect(value);
  }
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) collect(schemas[name]);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...components, schemas: kept } };
}
