// @ts-check
/**
 * chatspec/property-description: every schema property has a description, either its own or (for a
 * `$ref` without a sibling description) the referenced schema's. Generated docs and types show this
 * text; a property without one is a blank row in every doc flavor. Properties inside `if`, `then`,
 * `else`, `not` and `dependentSchemas` only restate fields declared (and described) elsewhere, to
 * express cross-field rules, so they are exempt.
 */
const RESTATING = /\/(if|then|else|not|dependentSchemas\/[^/]+)\/properties$/;

export function PropertyDescription() {
  return {
    /**
     * @param {Record<string, any>} properties
     * @param {import("@redocly/openapi-core").UserContext} context
     */
    SchemaProperties(properties, { report, location, resolve }) {
      if (RESTATING.test(location.pointer)) return;
      for (const [name, property] of Object.entries(properties)) {
        if (hasText(property?.description)) continue;
        if (property && typeof property.$ref === "string" && hasText(resolve(property).node?.description)) continue;
        report({ message: `Property \`${name}\` has no description.`, location: location.child([name]).key() });
      }
    },
  };
}

/** @param {unknown} value */
function hasText(value) {
  return typeof value === "string" && value.trim() !== "";
}
