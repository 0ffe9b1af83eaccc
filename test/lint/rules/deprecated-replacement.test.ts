/** chatspec/deprecated-replacement (generator/lint/rules/deprecated-replacement.ts). */
import { describe } from "vitest";
import { minimalWith, requestWith, ruleCases } from "./lint-rule.js";

const MESSAGE = 'Deprecated, but the description does not name a replacement ("Deprecated: use `x` instead." or "Deprecated: no replacement.").';

describe("chatspec/deprecated-replacement", () => {
  ruleCases("chatspec/deprecated-replacement", "error", [
    {
      name: "deprecated without naming a replacement, in the minimal fixture",
      spec: minimalWith((spec) =>
        Object.assign(spec.components.schemas.CreateChatCompletionRequest.properties.top_k, { deprecated: true, description: "Old." }),
      ),
      findings: [{ pointer: "#/components/schemas/CreateChatCompletionRequest/properties/top_k/deprecated", message: MESSAGE }],
    },
    {
      name: "deprecated with a replacement",
      spec: requestWith({
        type: "object",
        properties: { max_tokens: { type: "integer", deprecated: true, description: "Deprecated: use `max_completion_tokens` instead." } },
      }),
      findings: [],
    },
    {
      name: "deprecated with no replacement, said so",
      spec: requestWith({ type: "object", properties: { user: { type: "string", deprecated: true, description: "End user. Deprecated: no replacement." } } }),
      findings: [],
    },
    {
      name: "a deprecated schema without a description",
      spec: requestWith({ type: "object", deprecated: true }),
      findings: [{ pointer: "#/components/schemas/Request/deprecated", message: MESSAGE }],
    },
    {
      name: "deprecated: false needs nothing",
      spec: requestWith({ type: "object", deprecated: false }),
      findings: [],
    },
  ]);
});
