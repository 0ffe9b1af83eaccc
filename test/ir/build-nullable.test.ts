/**
 * OpenAPI 3.0's `nullable: true` left in a 3.1 spec: the docs IR reads it as the doc generators do,
 * so a field typed `string` with `nullable: true` documents as nullable.
 */
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/ir/build.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  components: {
    schemas: {
      Item: {
        type: "object",
        properties: {
          summary: { type: "string", nullable: true },
          count: { type: "integer" },
          owner: { $ref: "#/components/schemas/Owner" },
        },
      },
      Owner: { type: "object", nullable: true, properties: { name: { type: "string" } } },
    },
  },
} as unknown as OpenApiDocument;

describe("nullable: true in a 3.1 spec", () => {
  it("makes the field nullable, and a reference to a nullable schema too", () => {
    const item = buildModel(document).definitions.find((definition) => definition.name === "Item");
    const fields = item?.type.kind === "object" ? item.type.fields : [];
    expect(fields.map((field) => [field.name, field.nullable])).toEqual([
      ["summary", true],
      ["count", false],
      ["owner", true],
    ]);
  });
});
