/** chatspec/pattern-valid (generator/lint/rules/pattern-valid.ts). */
import { describe } from "vitest";
import { requestWith, ruleCases } from "./lint-rule.js";

describe("chatspec/pattern-valid", () => {
  ruleCases("chatspec/pattern-valid", "error", [
    {
      name: "a pattern that is invalid in u mode (an escaped hyphen outside a class)",
      spec: requestWith({ type: "string", pattern: "^[a-z]\\-[0-9]$" }),
      findings: [
        {
          pointer: "#/components/schemas/Request/pattern",
          message: "Pattern is not a valid regular expression in JavaScript's u mode: /^[a-z]\\-[0-9]$/u: Invalid escape",
        },
      ],
    },
    {
      name: "a patternProperties key that is invalid in u mode (a lone brace)",
      spec: requestWith({ type: "object", patternProperties: { "^x{": { type: "string" } } }),
      findings: [
        {
          pointer: "#/components/schemas/Request/patternProperties/^x{",
          message: "Pattern is not a valid regular expression in JavaScript's u mode: /^x{/u: Incomplete quantifier",
        },
      ],
    },
    {
      name: "valid patterns",
      spec: requestWith({ type: "object", properties: { id: { type: "string", pattern: "^[a-z-]+$" } }, patternProperties: { "^x-": { type: "string" } } }),
      findings: [],
    },
  ]);
});
