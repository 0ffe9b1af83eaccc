/** chatspec/format-known (generator/lint/rules/format-known.ts). */
import { describe } from "vitest";
import { requestWith, ruleCases } from "./lint-rule.js";

describe("chatspec/format-known", () => {
  ruleCases("chatspec/format-known", "warn", [
    {
      name: "a format the validators do not check, and a typo of one they do",
      spec: requestWith({
        type: "object",
        properties: { trace: { type: "string", format: "ulid" }, at: { type: "string", format: "date_time" } },
      }),
      findings: [
        {
          pointer: "#/components/schemas/Request/properties/trace/format",
          message: "Format `ulid` is not one the validators check: it stays an annotation (shown in the docs, not validated).",
        },
        {
          pointer: "#/components/schemas/Request/properties/at/format",
          message: "Format `date_time` is not one the validators check: it stays an annotation (shown in the docs, not validated).",
        },
      ],
    },
    {
      name: "formats the validators check, JSON Schema's and OpenAPI's",
      spec: requestWith({
        type: "object",
        properties: { at: { type: "string", format: "date-time" }, n: { type: "integer", format: "int64" }, url: { type: "string", format: "uri" } },
      }),
      findings: [],
    },
    {
      name: "a `format` key inside example data is not a format",
      spec: requestWith({ type: "object", properties: { shape: { type: "object", default: { format: "ulid" } } } }),
      findings: [],
    },
  ]);
});
