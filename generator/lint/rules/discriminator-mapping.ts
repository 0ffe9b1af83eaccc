/**
 * chatspec/discriminator-mapping: a discriminator sits next to a `oneOf` of `$ref`s and its
 * `mapping` names every branch under the exact tag value that branch declares (`const` or a
 * one-value `enum`). openapi-typescript writes the schema name as the tag when the mapping is
 * missing (openapi-typescript#2149), and AJV derives its dispatch from the branches' tags.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { discriminatorTagValues } from "../../runtime/discriminator-tags.js";
import { asRawSchema } from "./raw-schema.js";

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
        // The same reading of tags as AJV's dispatch and the types (generator/runtime/discriminator-tags.ts).
        const values = (typeof tagName === "string" ? discriminatorTagValues(target, tagName) : null) ?? [];
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
