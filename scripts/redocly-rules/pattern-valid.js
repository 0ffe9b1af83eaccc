// @ts-check
/**
 * chatspec/pattern-valid: every `pattern` (and `patternProperties` key) compiles as a JavaScript
 * regular expression in `u` mode, which is how AJV compiles it into the validators. A pattern that
 * only works without `u` (`\-` outside a class, lone `{`) would make generation fail later, far
 * from its line.
 */
export function PatternValid() {
  return {
    Schema: {
      /**
       * @param {any} schema
       * @param {import("@redocly/openapi-core").UserContext} context
       */
      enter(schema, { report, location }) {
        if (typeof schema.pattern === "string") check(schema.pattern, location.child(["pattern"]), report);
        if (schema.patternProperties && typeof schema.patternProperties === "object") {
          for (const key of Object.keys(schema.patternProperties)) check(key, location.child(["patternProperties", key]).key(), report);
        }
      },
    },
  };
}

/**
 * @param {string} pattern
 * @param {import("@redocly/openapi-core").Location} location
 * @param {import("@redocly/openapi-core").UserContext["report"]} report
 */
function check(pattern, location, report) {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    report({ message: `Pattern is not a valid regular expression in JavaScript's u mode: ${reason}`, location });
  }
}
