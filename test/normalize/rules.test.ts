/**
 * Each normalisation rule on small documents, with the exact output: what changes, what stays, and
 * that data (examples, defaults, enums) is never rewritten.
 */
import { describe, expect, it } from "vitest";
import { ChatspecError } from "../../generator/errors.js";
import { normalizeDocument } from "../../generator/normalize/index.js";
import type { JsonObject, OpenApiDocument } from "../../generator/openapi.js";

/** A 3.1 document with these component schemas. */
function withSchemas(schemas: JsonObject, extra: JsonObject = {}): OpenApiDocument {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, ...extra, components: { schemas } };
}

function schemasOf(document: OpenApiDocument): JsonObject {
  return (document.components as { schemas: JsonObject }).schemas;
}

describe("nullable", () => {
  it("turns a typed schema into a type list, and adds null to its enum", () => {
    const { document, report } = normalizeDocument(
      withSchemas({
        A: { type: "string", nullable: true, description: "a" },
        B: { type: "string", enum: ["x", "y"], nullable: true },
        C: { type: ["integer", "string"], nullable: true },
        D: { type: "string", nullable: false },
      }),
    );
    expect(schemasOf(document)).toEqual({
      A: { type: ["string", "null"], description: "a" },
      B: { type: ["string", "null"], enum: ["x", "y", null] },
      C: { type: ["integer", "string", "null"] },
      D: { type: "string" },
    });
    expect(report).toEqual({ nullable: 4 });
  });

  it("wraps $ref and composition in anyOf with null, annotations outside", () => {
    const { document } = normalizeDocument(
      withSchemas({
        R: { $ref: "#/components/schemas/A", nullable: true, description: "see A", default: null, "x-note": 1 },
        O: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true, title: "O" },
        A: { type: "object", properties: { id: { type: "string" } } },
      }),
    );
    expect(schemasOf(document).R).toEqual({ description: "see A", default: null, "x-note": 1, anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }] });
    expect(schemasOf(document).O).toEqual({ title: "O", anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }] }, { type: "null" }] });
  });

  it("leaves data alone: an example or a property named nullable", () => {
    const input = withSchemas({
      A: {
        type: "object",
        properties: { nullable: { type: "boolean" } },
        example: { nullable: true, type: "string" },
        default: { nullable: true },
      },
    });
    const { document, report } = normalizeDocument(input);
    expect(document).toEqual(input);
    expect(report).toEqual({});
  });

  it("rewrites schemas under paths (parameters, media types) but not a parameter's own fields", () => {
    const input: OpenApiDocument = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/x": {
          get: {
            parameters: [{ name: "q", in: "query", required: true, schema: { type: "string", nullable: true } }],
            responses: { default: { description: "d", content: { "application/json": { schema: { type: "integer", nullable: true } } } } },
          },
        },
      },
    };
    const { document } = normalizeDocument(input);
    const operation = ((document.paths as JsonObject)["/x"] as JsonObject).get as JsonObject;
    expect(operation.parameters).toEqual([{ name: "q", in: "query", required: true, schema: { type: ["string", "null"] } }]);
    expect(operation.responses).toEqual({ default: { description: "d", content: { "application/json": { schema: { type: ["integer", "null"] } } } } });
  });
});

describe("3.0 leftovers and strict-mode ambiguities", () => {
  it("rewrites boolean exclusive bounds to the number form", () => {
    const { document } = normalizeDocument(withSchemas({ N: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: false } }));
    expect(schemasOf(document).N).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 2 });
  });

  it("states the type a schema's keywords imply, except in subschemas that take the parent's", () => {
    const { document, report } = normalizeDocument(
      withSchemas({
        L: { items: { type: "string" }, description: "list" },
        P: {
          type: "object",
          properties: { a: { type: "string" } },
          allOf: [{ if: { required: ["a"] }, then: { required: ["b"] } }],
          propertyNames: { maxLength: 3 },
        },
      }),
    );
    expect(schemasOf(document).L).toEqual({ type: "array", items: { type: "string" }, description: "list" });
    expect((schemasOf(document).P as JsonObject).allOf).toEqual([
      { if: { required: ["a"], properties: { a: true } }, then: { required: ["b"], properties: { b: true } } },
    ]);
    expect(report).toEqual({ "implied-type:array": 1, "undeclared-required": 2 });
  });

  it("drops keywords the stated type cannot have, and widens a union's type to its branches", () => {
    const { document } = normalizeDocument(
      withSchemas({
        A: { type: "array", items: { type: "string" }, required: ["x"] },
        U: {
          type: "object",
          oneOf: [
            { type: "string", enum: ["auto"] },
            { type: "object", properties: { k: { type: "string" } } },
          ],
        },
      }),
    );
    expect(schemasOf(document).A).toEqual({ type: "array", items: { type: "string" } });
    expect((schemasOf(document).U as JsonObject).type).toEqual(["object", "string"]);
  });

  it("declares required names the schema does not define, unless the object is closed", () => {
    const { document } = normalizeDocument(
      withSchemas({
        Branches: {
          type: "object",
          properties: { a: { type: "string" }, b: { type: "string" } },
          oneOf: [{ required: ["a"] }, { required: ["b"] }],
          not: { required: ["a", "b"] },
        },
        Missing: { type: "object", properties: { id: { type: "string" } }, required: ["id", "call_id", "id"] },
        Closed: { type: "object", properties: { id: { type: "string" } }, required: ["other"], additionalProperties: false },
      }),
    );
    expect(schemasOf(document).Branches).toEqual({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "string" } },
      oneOf: [
        { required: ["a"], properties: { a: true } },
        { required: ["b"], properties: { b: true } },
      ],
      not: { required: ["a", "b"], properties: { a: true, b: true } },
    });
    expect(schemasOf(document).Missing).toEqual({ type: "object", properties: { id: { type: "string" }, call_id: true }, required: ["id", "call_id"] });
    expect(schemasOf(document).Closed).toEqual({ type: "object", properties: { id: { type: "string" } }, required: ["other"], additionalProperties: false });
  });

  it("turns a 2019-09 recursive reference into a $ref to the component", () => {
    const { document, report } = normalizeDocument(
      withSchemas({
        Filter: { $recursiveAnchor: true, type: "object", properties: { filters: { type: "array", items: { $recursiveRef: "#" } } } },
      }),
    );
    expect(schemasOf(document).Filter).toEqual({ type: "object", properties: { filters: { type: "array", items: { $ref: "#/components/schemas/Filter" } } } });
    expect(report).toEqual({ "recursive-ref": 1 });
  });
});

describe("discriminators", () => {
  const branches = {
    Cat: { type: "object", properties: { kind: { type: "string", enum: ["cat"] } }, required: ["kind"] },
    Dog: { type: "object", properties: { kind: { type: "string", const: "dog" } }, required: ["kind"] },
  };

  it("turns anyOf with distinct required tags into oneOf, with a complete mapping", () => {
    const { document, report } = normalizeDocument(
      withSchemas({
        ...branches,
        Pet: { anyOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind" } },
      }),
    );
    expect(schemasOf(document).Pet).toEqual({
      oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
      discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } },
    });
    expect(report).toEqual({ "discriminator:anyOf-to-oneOf": 1 });
  });

  it("completes a partial mapping and accepts bare schema names", () => {
    const { document, report } = normalizeDocument(
      withSchemas({
        ...branches,
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "kind", mapping: { cat: "Cat" } },
        },
      }),
    );
    expect((schemasOf(document).Pet as JsonObject).discriminator).toEqual({
      propertyName: "kind",
      mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" },
    });
    expect(report).toEqual({ "discriminator:mapping-completed": 1 });
  });

  it("removes a discriminator that cannot dispatch, keeping the union", () => {
    const { document, report } = normalizeDocument(
      withSchemas({
        ...branches,
        Inline: { oneOf: [{ type: "object", properties: { kind: { const: "a" } } }], discriminator: { propertyName: "kind" } },
        Lonely: { type: "object", discriminator: { propertyName: "kind" } },
      }),
    );
    expect(schemasOf(document).Inline).toEqual({ oneOf: [{ type: "object", properties: { kind: { const: "a" } } }] });
    expect(schemasOf(document).Lonely).toEqual({ type: "object" });
    expect(report).toEqual({ "discriminator:removed": 2 });
  });

  it("reports a mapping that contradicts a branch's tag", () => {
    const input = withSchemas({
      ...branches,
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Dog" } },
      },
    });
    expect(() => normalizeDocument(input)).toThrow(ChatspecError);
    expect(() => normalizeDocument(input)).toThrow(
      'discriminator mapping for "cat" is "#/components/schemas/Dog", but that tag belongs to "#/components/schemas/Cat"',
    );
  });
});

describe("tables: extensions, stray keywords, formats", () => {
  it("strips the listed extensions everywhere, keeps the others", () => {
    const input: OpenApiDocument = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/x": { post: { "x-oaiMeta": { name: "x" }, "x-oai-beta": true, responses: {} } } },
      components: { schemas: { A: { type: "string", "x-stainless-const": true, "x-oaiTypeLabel": "file", "x-mine": 1 } } },
    };
    const { document, report } = normalizeDocument(input);
    expect((document.paths as JsonObject)["/x"]).toEqual({ post: { "x-oai-beta": true, responses: {} } });
    expect(schemasOf(document).A).toEqual({ type: "string", "x-oaiTypeLabel": "file", "x-mine": 1 });
    expect(report).toEqual({ "strip:x-oaiMeta": 1, "strip:x-stainless-const": 1 });
  });

  it("drops the listed non-keywords and turns the listed foreign formats into x-format", () => {
    const { document } = normalizeDocument(
      withSchemas({
        T: { type: "integer", format: "unixtime" },
        R: { type: "array", items: { type: "number", min_items: 2, max_items: 2 }, optional: true },
        U: { type: "string", format: "uri" },
      }),
    );
    expect(schemasOf(document)).toEqual({
      T: { type: "integer", "x-format": "unixtime" },
      R: { type: "array", items: { type: "number" } },
      U: { type: "string", format: "uri" },
    });
  });
});

describe("normalizeDocument", () => {
  it("does not mutate its input, and a second run changes nothing", () => {
    const input = withSchemas({
      A: { type: "string", nullable: true },
      B: { anyOf: [{ $ref: "#/components/schemas/A" }], discriminator: { propertyName: "k" } },
    });
    const before = JSON.stringify(input);
    const once = normalizeDocument(input);
    expect(JSON.stringify(input)).toBe(before);
    const twice = normalizeDocument(once.document);
    expect(twice.document).toEqual(once.document);
    expect(twice.report).toEqual({});
  });
});
