/** chatspec/number-range (generator/lint/rules/number-range.ts). */
import { describe } from "vitest";
import { minimalWith, requestWith, ruleCases } from "./lint-rule.js";

describe("chatspec/number-range", () => {
  ruleCases("chatspec/number-range", "error", [
    {
      name: "a sampling number with its range only in prose, in the minimal fixture",
      spec: minimalWith((spec) => delete spec.components.schemas.CreateChatCompletionRequest.properties.temperature.maximum),
      findings: [
        {
          pointer: "#/components/schemas/CreateChatCompletionRequest/properties/temperature",
          message: "Number property `temperature` has no maximum: state its range in the schema, not only in prose.",
        },
      ],
    },
    {
      name: "a nullable number with neither bound",
      spec: requestWith({ type: "object", properties: { top_p: { type: ["number", "null"], description: "Between 0 and 1." } } }),
      findings: [
        {
          pointer: "#/components/schemas/Request/properties/top_p",
          message: "Number property `top_p` has no minimum or maximum: state its range in the schema, not only in prose.",
        },
      ],
    },
    {
      name: "exclusive bounds count as bounds",
      spec: requestWith({ type: "object", properties: { top_p: { type: "number", exclusiveMinimum: 0, maximum: 1 } } }),
      findings: [],
    },
    {
      name: "integers are not checked",
      spec: requestWith({ type: "object", properties: { n: { type: "integer" } } }),
      findings: [],
    },
    {
      name: "numbers outside request bodies are not checked",
      spec: requestWith(
        { type: "object", properties: { n: { type: "integer", minimum: 1, maximum: 2 } } },
        { Response: { type: "object", properties: { logprob: { type: "number" } } } },
      ),
      findings: [],
    },
  ]);
});
