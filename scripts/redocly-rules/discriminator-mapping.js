// @ts-check
/**
 * chatspec/discriminator-mapping: a discriminator sits next to a `oneOf` of `$ref`s and its
 * `mapping` names every branch under the exact tag value that branch declares (`const` or a
 * one-value `enum`). openapi-typescript writes the schema name as the tag when the mapping is
 * missing (openapi-typescript#2149), and AJV derives its dispatch from the branches' tags.
 */
export function DiscriminatorMapping() {
  return {
    Schema: {
      /**
       * @param {any} schema
       * @param {import("@redocly/openapi-core").UserContext} context
       */
      enter(schema, { report, location, resolve }) {
        const discriminator = schema.discriminator;
        if (!discriminator || typeof discriminator !== "object") return;
        const here = location.child(["discriminator"]);
        if (!Array.isArray(schema.oneOf)) {
          report({ message: "A discriminator must sit next to `oneOf`.", location: here.key() });
          return;
        }
        if (!discriminator.mapping || typeof discriminator.mapping !== "object") {
          report({ message: "Discriminator has no `mapping`: map every tag value to its branch.", location: here.key() });
          return;
        }
        const mapping = discriminator.mapping;
        const tagName = discriminator.propertyName;
        const mapped = new Set(Object.values(mapping));
        schema.oneOf.forEach((/** @type {any} */ branch, /** @type {number} */ index) => {
          if (typeof branch?.$ref !== "string") {
            report({ message: "Every branch of a discriminated `oneOf` must be a `$ref`.", location: location.child(["oneOf", index]) });
            return;
          }
          const target = resolve(branch).node;
          const tag = target?.properties?.[tagName];
          const values = typeof tag?.const === "string" ? [tag.const] : Array.isArray(tag?.enum) ? tag.enum : [];
          if (values.length === 0) {
            report({ message: `Branch \`${branch.$ref}\` does not declare \`${tagName}\` with const or enum.`, location: location.child(["oneOf", index]) });
          }
          if (!Array.isArray(target?.required) || !target.required.includes(tagName)) {
            report({ message: `Branch \`${branch.$ref}\` must list \`${tagName}\` in \`required\`.`, location: location.child(["oneOf", index]) });
          }
          for (const value of values) {
            if (mapping[value] !== branch.$ref) {
              const at = value in mapping ? here.child(["mapping", value]) : here.child(["mapping"]).key();
              report({ message: `\`mapping\` must map "${value}" to \`${branch.$ref}\`.`, location: at });
            }
          }
          if (!mapped.has(branch.$ref)) {
            report({ message: `\`mapping\` does not name \`${branch.$ref}\`.`, location: here.child(["mapping"]).key() });
          }
        });
      },
    },
  };
}
