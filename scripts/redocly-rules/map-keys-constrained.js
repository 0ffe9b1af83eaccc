// @ts-check
/**
 * chatspec/map-keys-constrained: an object used as a map (its `additionalProperties` is a schema)
 * says what its keys may be with `propertyNames`. logit_bias keys are token IDs and metadata keys
 * have a length limit: rules the source documents stated only in prose.
 */
export function MapKeysConstrained() {
  return {
    Schema: {
      /**
       * @param {any} schema
       * @param {import("@redocly/openapi-core").UserContext} context
       */
      enter(schema, { report, location }) {
        const values = schema.additionalProperties;
        if (values === undefined || typeof values === "boolean") return;
        if (schema.propertyNames === undefined) {
          report({ message: "Map schema has no `propertyNames`: constrain its keys.", location: location.child(["additionalProperties"]).key() });
        }
      },
    },
  };
}
