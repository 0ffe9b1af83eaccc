// @ts-check
/**
 * chatspec/pattern-safe: warns on a `pattern` that can backtrack catastrophically (star height
 * above one, e.g. `(a+)+`), judged by safe-regex2. The generated validators run patterns with
 * JavaScript's backtracking engine, so such a pattern lets one long string stall a server; bound
 * the string with `maxLength` (checked first) or rewrite the pattern.
 */
import safeRegex from "safe-regex2";

export function PatternSafe() {
  return {
    Schema: {
      /**
       * @param {any} schema
       * @param {import("@redocly/openapi-core").UserContext} context
       */
      enter(schema, { report, location }) {
        if (typeof schema.pattern !== "string" || !isValid(schema.pattern)) return;
        if (!safeRegex(schema.pattern)) {
          const bound = typeof schema.maxLength === "number" ? ` (maxLength ${schema.maxLength} bounds it)` : "; add maxLength to bound it";
          report({ message: `Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length${bound}.`, location: location.child(["pattern"]) });
        }
      },
    },
  };
}

/** @param {string} pattern */
function isValid(pattern) {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
