/**
 * chatspec/number-range: a `number` property (nullable or not) declares both bounds. Sampling
 * parameters are where the source documents stated ranges only in prose ("between 0 and 2"), which
 * no validator or type can enforce; this makes the range schema. Only request bodies are checked:
 * a response field such as a log probability has no bound the client could violate.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { asRawSchema, type RawSchema } from "./raw-schema.js";

const BOUNDS = [
  { bound: "minimum", exclusive: "exclusiveMinimum" },
  { bound: "maximum", exclusive: "exclusiveMaximum" },
] as const;

export const NumberRange: Oas3Rule = () => ({
  RequestBody: {
    SchemaProperties(properties, { report, location }) {
      for (const [name, node] of Object.entries(properties)) {
        const property = asRawSchema(node);
        if (!isNumberSchema(property)) continue;
        const missing = BOUNDS.filter(({ bound, exclusive }) => typeof property[bound] !== "number" && typeof property[exclusive] !== "number").map(
          ({ bound }) => bound,
        );
        if (missing.length > 0) {
          report({
            message: `Number property \`${name}\` has no ${missing.join(" or ")}: state its range in the schema, not only in prose.`,
            location: location.child([name]).key(),
          });
        }
      }
    },
  },
});

/** `type: number` or a type list holding `number` (`[number, "null"]`). */
function isNumberSchema(schema: RawSchema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes("number");
}
