/**
 * chatspec/pattern-safe: warns on a `pattern` that can backtrack catastrophically (star height
 * above one, e.g. `(a+)+`), judged by safe-regex2. The generated validators run patterns with
 * JavaScript's backtracking engine, so such a pattern lets one long string stall a server; bound
 * the string with `maxLength` (checked first) or rewrite the pattern.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import safeRegex from "safe-regex2";
import { compilesInUnicodeMode } from "./pattern-valid.js";
import { asRawSchema } from "./raw-schema.js";

export const PatternSafe: Oas3Rule = () => ({
  Schema: {
    enter(node, { report, location }) {
      const schema = asRawSchema(node);
      // An invalid pattern is pattern-valid's to report; safe-regex2 cannot judge it.
      if (typeof schema.pattern !== "string" || !compilesInUnicodeMode(schema.pattern)) return;
      if (!safeRegex(schema.pattern)) {
        const bound = typeof schema.maxLength === "number" ? ` (maxLength ${schema.maxLength} bounds it)` : "; add maxLength to bound it";
        report({
          message: `Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length${bound}.`,
          location: location.child(["pattern"]),
        });
      }
    },
  },
});
