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

describe("items and map values that accept null", () => {
  const lists = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    components: {
      schemas: {
        Bag: {
          type: "object",
          properties: {
            anything: { type: "array", items: { anyOf: [{}, { type: "null" }] } },
            names: { type: "array", items: { type: ["string", "null"] } },
            plain: { type: "array", items: { type: "string" } },
            metadata: { type: "object", additionalProperties: { nullable: true } },
            counts: { type: "object", additionalProperties: { type: "integer" } },
          },
        },
      },
    },
  } as unknown as OpenApiDocument;

  it("says so on the array or map, as the items' or values' type cannot", () => {
    const bag = buildModel(lists).definitions.find((definition) => definition.name === "Bag");
    const fields = bag?.type.kind === "object" ? bag.type.fields : [];
    expect(fields.map((field) => [field.name, field.type])).toEqual([
      ["anything", { kind: "array", items: { kind: "any" }, nullableItems: true }],
      ["names", { kind: "array", items: { kind: "string", format: null }, nullableItems: true }],
      ["plain", { kind: "array", items: { kind: "string", format: null } }],
      ["metadata", { kind: "map", values: { kind: "any" }, nullableValues: true }],
      ["counts", { kind: "map", values: { kind: "integer", format: null } }],
    ]);
  });
});
