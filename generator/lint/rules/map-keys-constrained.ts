/**
 * chatspec/map-keys-constrained: an object used as a map (its `additionalProperties` is a schema)
 * says what its keys may be with `propertyNames`. logit_bias keys are token IDs and metadata keys
 * have a length limit: rules the source documents stated only in prose.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { asRawSchema } from "./raw-schema.js";

export const MapKeysConstrained: Oas3Rule = () => ({
  Schema: {
    enter(node, { report, location }) {
      const schema = asRawSchema(node);
      const values = schema.additionalProperties;
      if (values === undefined || typeof values === "boolean") return;
      if (schema.propertyNames === undefined) {
        report({ message: "Map schema has no `propertyNames`: constrain its keys.", location: location.child(["additionalProperties"]).key() });
      }
    },
  },
});
