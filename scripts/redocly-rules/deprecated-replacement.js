// @ts-check
/**
 * chatspec/deprecated-replacement: a deprecated schema or property tells readers what to use
 * instead, in a sentence the drift audit and doc flavors can rely on:
 * "Deprecated: use `replacement` instead." or "Deprecated: no replacement."
 */
const SENTENCE = /Deprecated: (use `[^`]+`|no replacement)/;

export function DeprecatedReplacement() {
  return {
    Schema: {
      /**
       * @param {any} schema
       * @param {import("@redocly/openapi-core").UserContext} context
       */
      enter(schema, { report, location }) {
        if (schema.deprecated !== true) return;
        if (typeof schema.description === "string" && SENTENCE.test(schema.description)) return;
        report({
          message: "Deprecated, but the description does not name a replacement (\"Deprecated: use `x` instead.\" or \"Deprecated: no replacement.\").",
          location: location.child(["deprecated"]).key(),
        });
      },
    },
  };
}
