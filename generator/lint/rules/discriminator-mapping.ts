/**
 * chatspec/discriminator-mapping: a discriminator sits next to a `oneOf` of `$ref`s and its
 * `mapping` names every branch under the exact tag value that branch declares (`const` or a
 * one-value `enum`). openapi-typescript writes the schema name as the tag when the mapping is
 * missing (openapi-typescript#2149), and AJV derives its dispatch from the branches' tags.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { asRawSchema, type RawSchema } from "./raw-schema.js";

export const DiscriminatorMapping: Oas3Rule = () => ({
  Schema: {
    enter(node, { report, location, resolve }) {
      const schema = asRawSchema(node);
      if (schema.discriminator === null || typeof schema.discriminator !== "object") return;
      const discriminator = asRawSchema(schema.discriminator);
      const here = location.child(["discriminator"]);
      if (!Array.isArray(schema.oneOf)) {
        report({ message: "A discriminator must sit next to `oneOf`.", location: here.key() });
        return;
      }
      if (discriminator.mapping === null || typeof discriminator.mapping !== "object") {
        report({ message: "Discriminator has no `mapping`: map every tag value to its branch.", location: here.key() });
        return;
      }
      const mapping = discriminator.mapping as Readonly<Record<string, unknown>>;
      const tagName = discriminator.propertyName;
      const mapped = new Set(Object.values(mapping));
      schema.oneOf.forEach((branch: unknown, index) => {
        const ref = asRawSchema(branch).$ref;
        if (typeof ref !== "string") {
          report({ message: "Every branch of a discriminated `oneOf` must be a `$ref`.", location: location.child(["oneOf", index]) });
          return;
        }
        const target = asRawSchema(resolve({ $ref: ref }).node);
        const values = discriminatorTagValues(target, tagName);
        if (values.length === 0) {
          report({ message: `Branch \`${ref}\` does not declare \`${String(tagName)}\` with const or enum.`, location: location.child(["oneOf", index]) });
        }
        if (!Array.isArray(target.required) || !target.required.includes(tagName)) {
          report({ message: `Branch \`${ref}\` must list \`${String(tagName)}\` in \`required\`.`, location: location.child(["oneOf", index]) });
        }
        for (const value of values) {
          if (mapping[value] !== ref) {
            const at = value in mapping ? here.child(["mapping", value]) : here.child(["mapping"]).key();
            report({ message: `\`mapping\` must map "${value}" to \`${ref}\`.`, location: at });
          }
        }
        if (!mapped.has(ref)) {
          report({ message: `\`mapping\` does not name \`${ref}\`.`, location: here.child(["mapping"]).key() });
        }
      });
    },
  },
});

/**
 * The tag values a discriminated branch declares for `tagName`: its `const` (a string) or its
 * `enum`. Kept as the one place this rule reads tags, so it can use the shared tag reader of
 * generator/runtime/ once that exists.
 */
export function discriminatorTagValues(branch: RawSchema, tagName: unknown): string[] {
  const properties = asRawSchema(branch.properties);
  const tag = typeof tagName === "string" ? asRawSchema(properties[tagName]) : {};
  if (typeof tag.const === "string") return [tag.const];
  return Array.isArray(tag.enum) ? tag.enum : [];
}
