/**
 * chatspec/pattern-valid: every `pattern` (and `patternProperties` key) compiles as a JavaScript
 * regular expression in `u` mode, which is how AJV compiles it into the validators. A pattern that
 * only works without `u` (`\-` outside a class, lone `{`) would make generation fail later, far
 * from its line.
 */
import type { Location, Oas3Rule, UserContext } from "@redocly/openapi-core";
import { asRawSchema } from "./raw-schema.js";

export const PatternValid: Oas3Rule = () => ({
  Schema: {
    enter(node, { report, location }) {
      const schema = asRawSchema(node);
      if (typeof schema.pattern === "string") check(schema.pattern, location.child(["pattern"]), report);
      if (schema.patternProperties !== null && typeof schema.patternProperties === "object") {
        for (const key of Object.keys(schema.patternProperties)) check(key, location.child(["patternProperties", key]).key(), report);
      }
    },
  },
});

export function compilesInUnicodeMode(pattern: string): boolean {
  return unicodeModeError(pattern) === null;
}

function check(pattern: string, location: Location, report: UserContext["report"]): void {
  const reason = unicodeModeError(pattern);
  if (reason !== null) report({ message: `Pattern is not a valid regular expression in JavaScript's u mode: ${reason}`, location });
}

/** Why `pattern` does not compile with the `u` flag, in the engine's words; null when it does. */
function unicodeModeError(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
  }
}
