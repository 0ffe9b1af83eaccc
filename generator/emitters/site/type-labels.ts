/**
 * Redoc 3 labels an array by its title with "Array of " in front (`Array of Stop sequences
 * (strings)`), so an array titled "Array of content parts" reads "Array of Array of content parts
 * (objects)". For the site only, such a title loses its own "Array of ": the label reads "Array of
 * Content parts (objects)" and the branch tab "Content parts". Nothing else reads the title here.
 * Pure: returns a changed copy.
 */
import { isJsonObject, type JsonValue, type OpenApiDocument } from "../../openapi.js";

const ARRAY_OF = /^array of\s+/i;

export function withReadableTypeLabels(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document) as OpenApiDocument;
  visit(copy);
  return copy;
}

function visit(node: JsonValue | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item);
    return;
  }
  if (!isJsonObject(node)) return;
  if (node.type === "array" && typeof node.title === "string" && ARRAY_OF.test(node.title)) {
    const rest = node.title.replace(ARRAY_OF, "");
    node.title = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  for (const value of Object.values(node)) visit(value);
}
