/** chatspec/map-keys-constrained (generator/lint/rules/map-keys-constrained.ts). */
import { describe } from "vitest";
import { minimalWith, requestWith, ruleCases } from "./lint-rule.js";

const MESSAGE = "Map schema has no `propertyNames`: constrain its keys.";

describe("chatspec/map-keys-constrained", () => {
  ruleCases("chatspec/map-keys-constrained", "error", [
    {
      name: "a map without propertyNames (logit_bias typed as any string key), in the minimal fixture",
      spec: minimalWith((spec) => delete spec.components.schemas.CreateChatCompletionRequest.properties.metadata.propertyNames),
      findings: [{ pointer: "#/components/schemas/CreateChatCompletionRequest/properties/metadata/additionalProperties", message: MESSAGE }],
    },
    {
      name: "a map with propertyNames",
      spec: requestWith({ type: "object", propertyNames: { pattern: "^[0-9]+$" }, additionalProperties: { type: "integer" } }),
      findings: [],
    },
    {
      name: "a map without propertyNames",
      spec: requestWith({ type: "object", additionalProperties: { type: "integer" } }),
      findings: [{ pointer: "#/components/schemas/Request/additionalProperties", message: MESSAGE }],
    },
    {
      name: "additionalProperties false or true is not a map",
      spec: requestWith({
        type: "object",
        properties: { a: { type: "object", additionalProperties: false }, b: { type: "object", additionalProperties: true } },
      }),
      findings: [],
    },
  ]);
});
