/** IR lookups (generator/ir/lookup.ts) on small documents, with the exact pointers they give. */
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/ir/build.js";
import { pointerIndex } from "../../generator/ir/lookup.js";
import type { FieldType } from "../../generator/ir/types.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      Request: {
        type: "object",
        properties: {
          stop: { anyOf: [{ type: "null" }, { type: "string" }, { type: "array", items: { type: "string" } }] },
          tool: { oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
          id: { type: ["string", "integer"] },
        },
      },
      A: { type: "object", properties: { a: { type: "string" } } },
      B: { type: "object", properties: { b: { type: "string" } } },
    },
  },
} as unknown as OpenApiDocument;

describe("pointerIndex", () => {
  it("points each union member at its branch, anyOf or oneOf, counting null branches", () => {
    const model = buildModel(document);
    const index = pointerIndex(model);
    const request = model.definitions.find((definition) => definition.name === "Request");
    const fields = request?.type.kind === "object" ? request.type.fields : [];
    const members = (name: string): readonly FieldType[] => {
      const type = fields.find((field) => field.name === name)?.type;
      return type?.kind === "union" ? type.variants : [];
    };
    expect(members("stop").map((variant) => index.get(variant))).toEqual([
      "/components/schemas/Request/properties/stop/anyOf/1",
      "/components/schemas/Request/properties/stop/anyOf/2",
    ]);
    expect(members("tool").map((variant) => index.get(variant))).toEqual([
      "/components/schemas/Request/properties/tool/oneOf/0",
      "/components/schemas/Request/properties/tool/oneOf/1",
    ]);
    expect(members("id").map((variant) => index.get(variant))).toEqual([
      "/components/schemas/Request/properties/id",
      "/components/schemas/Request/properties/id",
    ]);
  });
});
