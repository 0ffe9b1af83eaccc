/**
 * Which JSON Schema assertion keywords apply to which instance type (2020-12 validation and
 * applicator vocabularies). Shared by implied-type.ts and inapplicable-keywords.ts.
 */
export const TYPE_KEYWORDS: Readonly<Record<"array" | "object" | "string" | "number", readonly string[]>> = {
  array: ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "unevaluatedItems"],
  object: [
    "properties",
    "patternProperties",
    "additionalProperties",
    "required",
    "minProperties",
    "maxProperties",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
  ],
  string: ["minLength", "maxLength", "pattern"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
};

/** The keyword group a JSON type belongs to (`integer` uses the number keywords). */
export function keywordGroup(type: string): keyof typeof TYPE_KEYWORDS | null {
  if (type === "integer") return "number";
  return type === "array" || type === "object" || type === "string" || type === "number" ? type : null;
}
