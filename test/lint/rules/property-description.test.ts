/** chatspec/property-description (generator/lint/rules/property-description.ts). */
import { describe } from "vitest";
import { minimalWith, requestWith, ruleCases } from "./lint-rule.js";

describe("chatspec/property-description", () => {
  ruleCases("chatspec/property-description", "error", [
    {
      name: "a property without a description, in the minimal fixture",
      spec: minimalWith((spec) => delete spec.components.schemas.CreateChatCompletionRequest.properties.model.description),
      findings: [{ pointer: "#/components/schemas/CreateChatCompletionRequest/properties/model", message: "Property `model` has no description." }],
    },
    {
      name: "a blank description counts as none",
      spec: requestWith({ type: "object", properties: { model: { type: "string", description: "  " } } }),
      findings: [{ pointer: "#/components/schemas/Request/properties/model", message: "Property `model` has no description." }],
    },
    {
      name: "a $ref property takes its target's description",
      spec: requestWith(
        { type: "object", properties: { stop: { $ref: "#/components/schemas/Stop" } } },
        { Stop: { type: "string", description: "Where to stop." } },
      ),
      findings: [],
    },
    {
      name: "a $ref property whose target has no description either",
      spec: requestWith({ type: "object", properties: { stop: { $ref: "#/components/schemas/Stop" } } }, { Stop: { type: "string" } }),
      findings: [{ pointer: "#/components/schemas/Request/properties/stop", message: "Property `stop` has no description." }],
    },
    {
      name: "properties restated in if, then, else, not and dependentSchemas are exempt",
      spec: requestWith({
        type: "object",
        properties: { stream: { type: "boolean", description: "Stream." }, stream_options: { type: "object", description: "Options." } },
        if: { properties: { stream: { const: false } } },
        then: { properties: { stream_options: false } },
        else: { properties: { stream: true } },
        not: { properties: { stream: { const: "x" } } },
        dependentSchemas: { stream_options: { properties: { stream: { const: true } } } },
      }),
      findings: [],
    },
  ]);
});
