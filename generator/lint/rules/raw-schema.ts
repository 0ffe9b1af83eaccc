/**
 * The node a rule visits, as the YAML holds it. Redocly's visitor types describe a valid schema;
 * lint exists because the spec may not be one (a `pattern` that is a number, a `mapping` that is a
 * list), so rules read keywords as unknown values and check what they find.
 */
export type RawSchema = { readonly [keyword: string]: unknown };

export function asRawSchema(node: unknown): RawSchema {
  return node !== null && typeof node === "object" && !Array.isArray(node) ? (node as RawSchema) : {};
}

export function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
