/**
 * chatspec/deprecated-replacement: a deprecated schema or property tells readers what to use
 * instead, in a sentence the drift audit and doc flavors can rely on:
 * "Deprecated: use `replacement` instead." or "Deprecated: no replacement."
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { asRawSchema } from "./raw-schema.js";

const SENTENCE = /Deprecated: (use `[^`]+`|no replacement)/;

export const DeprecatedReplacement: Oas3Rule = () => ({
  Schema: {
    enter(node, { report, location }) {
      const schema = asRawSchema(node);
      if (schema.deprecated !== true) return;
      if (typeof schema.description === "string" && SENTENCE.test(schema.description)) return;
      report({
        message: 'Deprecated, but the description does not name a replacement ("Deprecated: use `x` instead." or "Deprecated: no replacement.").',
        location: location.child(["deprecated"]).key(),
      });
    },
  },
});
