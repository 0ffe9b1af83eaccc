/** chatspec/pattern-safe (generator/lint/rules/pattern-safe.ts). */
import { describe } from "vitest";
import { requestWith, ruleCases } from "./lint-rule.js";

describe("chatspec/pattern-safe", () => {
  ruleCases("chatspec/pattern-safe", "warn", [
    {
      name: "a pattern that can backtrack catastrophically",
      spec: requestWith({ type: "string", pattern: "^(a+)+$" }),
      findings: [
        {
          pointer: "#/components/schemas/Request/pattern",
          message: "Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length; add maxLength to bound it.",
        },
      ],
    },
    {
      name: "the same pattern bounded by maxLength",
      spec: requestWith({ type: "string", pattern: "^(a+)+$", maxLength: 24 }),
      findings: [
        {
          pointer: "#/components/schemas/Request/pattern",
          message: "Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length (maxLength 24 bounds it).",
        },
      ],
    },
    {
      name: "a pattern with star height one",
      spec: requestWith({ type: "string", pattern: "^[a-z]+(-[a-z0-9])*$" }),
      findings: [],
    },
    {
      name: "an invalid pattern is left to chatspec/pattern-valid",
      spec: requestWith({ type: "string", pattern: "^(a+)+\\-$" }),
      findings: [],
    },
  ]);
});
