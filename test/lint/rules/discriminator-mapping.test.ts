/** chatspec/discriminator-mapping (generator/lint/rules/discriminator-mapping.ts). */
import { describe } from "vitest";
import { minimalWith, requestWith, ruleCases } from "./lint-rule.js";

const branch = (role: unknown) => ({ type: "object", required: ["role"], properties: { role: role } });
const MESSAGE = "#/components/schemas/Message";

/** The request is a discriminated message with the given discriminator and branches. */
function message(discriminator: unknown, oneOf: unknown, schemas: Record<string, unknown>) {
  return requestWith({ type: "object", properties: { message: { $ref: MESSAGE } } }, { Message: { oneOf, discriminator }, ...schemas });
}
const refs = [{ $ref: "#/components/schemas/User" }, { $ref: "#/components/schemas/Tool" }];
const branches = { User: branch({ const: "user" }), Tool: branch({ enum: ["tool"] }) };
const mapping = { user: "#/components/schemas/User", tool: "#/components/schemas/Tool" };

describe("chatspec/discriminator-mapping", () => {
  ruleCases("chatspec/discriminator-mapping", "error", [
    {
      name: "a discriminator without mapping (openapi-typescript#2149), in the minimal fixture",
      spec: minimalWith((spec) => delete spec.components.schemas.Message.discriminator.mapping),
      findings: [{ pointer: "#/components/schemas/Message/discriminator", message: "Discriminator has no `mapping`: map every tag value to its branch." }],
    },
    {
      name: "a mapping that points a tag at the wrong branch, in the minimal fixture",
      spec: minimalWith((spec) => (spec.components.schemas.Message.discriminator.mapping.user = "#/components/schemas/ToolMessage")),
      findings: [
        { pointer: "#/components/schemas/Message/discriminator/mapping", message: "`mapping` does not name `#/components/schemas/UserMessage`." },
        { pointer: "#/components/schemas/Message/discriminator/mapping/user", message: '`mapping` must map "user" to `#/components/schemas/UserMessage`.' },
      ],
    },
    {
      name: "a complete mapping, tags by const and by one-value enum",
      spec: message({ propertyName: "role", mapping }, refs, branches),
      findings: [],
    },
    {
      name: "a discriminator beside anyOf instead of oneOf",
      spec: requestWith(
        { type: "object", properties: { message: { $ref: MESSAGE } } },
        { Message: { anyOf: refs, discriminator: { propertyName: "role", mapping } }, ...branches },
      ),
      findings: [{ pointer: `${MESSAGE}/discriminator`, message: "A discriminator must sit next to `oneOf`." }],
    },
    {
      name: "an inline branch",
      spec: message({ propertyName: "role", mapping }, [refs[0], branch({ const: "tool" })], branches),
      findings: [{ pointer: `${MESSAGE}/oneOf/1`, message: "Every branch of a discriminated `oneOf` must be a `$ref`." }],
    },
    {
      name: "a branch without a tag, and not requiring it",
      spec: message({ propertyName: "role", mapping }, refs, { ...branches, Tool: { type: "object", properties: { role: { type: "string" } } } }),
      findings: [
        { pointer: `${MESSAGE}/oneOf/1`, message: "Branch `#/components/schemas/Tool` does not declare `role` with const or enum." },
        { pointer: `${MESSAGE}/oneOf/1`, message: "Branch `#/components/schemas/Tool` must list `role` in `required`." },
      ],
    },
    {
      name: "a tag AJV cannot dispatch on: an empty enum, and a number",
      spec: message({ propertyName: "role", mapping }, refs, { User: branch({ enum: [] }), Tool: branch({ const: 7 }) }),
      findings: [
        { pointer: `${MESSAGE}/oneOf/0`, message: "Branch `#/components/schemas/User` does not declare `role` with const or enum." },
        { pointer: `${MESSAGE}/oneOf/1`, message: "Branch `#/components/schemas/Tool` does not declare `role` with const or enum." },
      ],
    },
    {
      name: "a tag value the mapping lacks",
      spec: message({ propertyName: "role", mapping: { user: mapping.user } }, refs, branches),
      findings: [
        { pointer: `${MESSAGE}/discriminator/mapping`, message: '`mapping` must map "tool" to `#/components/schemas/Tool`.' },
        { pointer: `${MESSAGE}/discriminator/mapping`, message: "`mapping` does not name `#/components/schemas/Tool`." },
      ],
    },
  ]);
});
