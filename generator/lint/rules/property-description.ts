/**
 * chatspec/property-description: every schema property has a description, either its own or (for a
 * `$ref` without a sibling description) the referenced schema's. Generated docs and types show this
 * text; a property without one is a blank row in every doc flavor. Properties inside `if`, `then`,
 * `else`, `not` and `dependentSchemas` only restate fields declared (and described) elsewhere, to
 * express cross-field rules, so they are exempt.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { asRawSchema, hasText } from "./raw-schema.js";

const RESTATING = /\/(if|then|else|not|dependentSchemas\/[^/]+)\/properties$/;

export const PropertyDescription: Oas3Rule = () => ({
  SchemaProperties(properties, { report, location, resolve }) {
    if (RESTATING.test(location.pointer)) return;
    for (const [name, node] of Object.entries(properties)) {
      const property = asRawSchema(node);
      if (hasText(property.description)) continue;
      if (typeof property.$ref === "string" && hasText(asRawSchema(resolve(node).node).description)) continue;
      report({ message: `Property \`${name}\` has no description.`, location: location.child([name]).key() });
    }
  },
});
