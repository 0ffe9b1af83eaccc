// @ts-check
/**
 * chatspec/number-range: a `number` property (nullable or not) declares both bounds. Sampling
 * parameters are where the source documents stated ranges only in prose ("between 0 and 2"), which
 * no validator or type can enforce; this makes the range schema. Only request bodies are checked:
 * a response field such as a log probability has no bound the client could violate.
 */
export function NumberRange() {
  return {
    RequestBody: {
      /**
       * @param {Record<string, any>} properties
       * @param {import("@redocly/openapi-core").UserContext} context
       */
      SchemaProperties(properties, { report, location }) {
        for (const [name, property] of Object.entries(properties)) {
          if (!isNumberSchema(property)) continue;
          const missing = ["minimum", "maximum"].filter((bound) => typeof property[bound] !== "number" && typeof property[`exclusive${bound[0]?.toUpperCase()}${bound.slice(1)}`] !== "number");
          if (missing.length > 0) {
            report({ message: `Number property \`${name}\` has no ${missing.join(" or ")}: state its range in the schema, not only in prose.`, location: location.child([name]).key() });
          }
        }
      },
    },
  };
}

/** @param {any} schema */
function isNumberSchema(schema) {
  if (!schema || typeof schema !== "object") return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes("number");
}
