/**
 * OpenAPI 3.0 → 3.1 (generator/upgrade/), rule by rule: a 3.0 fragment in, the literal 3.1 fragment
 * out, and what stays as written. The conversion runs on every 3.0 spec when it is loaded; the
 * loader's side (positions in the 3.0 file) is test/io/oas30.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue, OpenApiDocument } from "../../generator/openapi.js";
import { formatUpgradeReport, upgradeDocument } from "../../generator/upgrade/index.js";

/** A 3.0 document with these component schemas (and `extra` top-level keys). */
function withSchemas(schemas: JsonObject, extra: JsonObject = {}): OpenApiDocument {
  return { openapi: "3.0.3", info: { title: "t", version: "1" }, ...extra, components: { schemas } };
}

/** One schema through the conversion, as a component. */
function upgradeSchema(schema: JsonValue): JsonValue {
  const { document } = upgradeDocument(withSchemas({ S: schema }));
  return ((document.components as JsonObject).schemas as JsonObject).S as JsonValue;
}

/** A 3.0 document whose one operation has `content` as its request body. */
function withBody(content: JsonObject, schemas: JsonObject = {}): OpenApiDocument {
  return withSchemas(schemas, { paths: { "/upload": { post: { requestBody: { content }, responses: { "200": { description: "ok" } } } } } });
}

function bodyOf(document: OpenApiDocument): JsonValue {
  return (((document.paths as JsonObject)["/upload"] as JsonObject).post as JsonObject).requestBody as JsonValue;
}

type Case = readonly [name: string, input: JsonValue, output: JsonValue];

describe("nullable", () => {
  const cases: readonly Case[] = [
    ["typed: a type list", { type: "string", nullable: true, description: "d" }, { type: ["string", "null"], description: "d" }],
    ["with enum: null joins the enum", { type: "string", enum: ["a", "b"], nullable: true }, { type: ["string", "null"], enum: ["a", "b", null] }],
    ["enum that lists null already", { type: "string", enum: ["a", null], nullable: true }, { type: ["string", "null"], enum: ["a", null] }],
    [
      "next to $ref: anyOf with null, annotations outside",
      { $ref: "#/components/schemas/A", nullable: true, description: "see A" },
      { description: "see A", anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }] },
    ],
    [
      "the 3.0 idiom allOf + nullable",
      { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true, default: null },
      { default: null, anyOf: [{ allOf: [{ $ref: "#/components/schemas/A" }] }, { type: "null" }] },
    ],
    [
      "oneOf + nullable",
      { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true },
      { anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }] }, { type: "null" }] },
    ],
    ["type missing, with assertions: anyOf with null", { enum: ["a", "b"], nullable: true }, { anyOf: [{ enum: ["a", "b"] }, { type: "null" }] }],
    [
      "type missing, no assertions: anything, beside null as stated",
      { nullable: true, description: "any" },
      { description: "any", anyOf: [{}, { type: "null" }] },
    ],
    ["nullable: false says nothing", { type: "integer", nullable: false }, { type: "integer" }],
    [
      "deep: a property's items",
      { type: "object", properties: { tags: { type: "array", items: { type: "string", nullable: true } } } },
      { type: "object", properties: { tags: { type: "array", items: { type: ["string", "null"] } } } },
    ],
  ];
  it.each(cases)("%s", (_name, input, output) => {
    expect(upgradeSchema(input)).toEqual(output);
  });
});

describe("exclusive bounds", () => {
  const cases: readonly Case[] = [
    ["exclusiveMinimum: true takes minimum's value", { type: "number", minimum: 0, exclusiveMinimum: true }, { type: "number", exclusiveMinimum: 0 }],
    ["exclusiveMaximum: true takes maximum's value", { type: "integer", maximum: 10, exclusiveMaximum: true }, { type: "integer", exclusiveMaximum: 10 }],
    ["false means inclusive: the flag goes", { type: "number", minimum: 0, exclusiveMinimum: false }, { type: "number", minimum: 0 }],
    ["a flag without its bound means nothing", { type: "number", exclusiveMaximum: true }, { type: "number" }],
    [
      "both at once, key order kept",
      { minimum: 1, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: true, type: "number" },
      { exclusiveMinimum: 1, exclusiveMaximum: 2, type: "number" },
    ],
  ];
  it.each(cases)("%s", (_name, input, output) => {
    expect(upgradeSchema(input)).toEqual(output);
  });
});

describe("a schema's example", () => {
  const cases: readonly Case[] = [
    ["example → examples, in its place", { type: "string", example: "gpt-4o", description: "d" }, { type: "string", examples: ["gpt-4o"], description: "d" }],
    ["an object example", { type: "object", example: { a: 1 } }, { type: "object", examples: [{ a: 1 }] }],
    ["example: null is a value too", { type: "string", nullable: true, example: null }, { type: ["string", "null"], examples: [null] }],
    [
      "with nullable next to $ref: the examples stay outside, as annotations",
      { $ref: "#/components/schemas/A", nullable: true, example: "x" },
      { examples: ["x"], anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }] },
    ],
    ["an examples list already there: the example joins it", { type: "string", example: "a", examples: ["b"] }, { type: "string", examples: ["a", "b"] }],
    ["… unless it is in the list", { type: "string", examples: ["a"], example: "a" }, { type: "string", examples: ["a"] }],
    [
      "data is not rewritten: an example holding `example` and `nullable`",
      { type: "object", example: { example: 1, nullable: true } },
      { type: "object", examples: [{ example: 1, nullable: true }] },
    ],
    [
      "a property named example is a name, not the keyword",
      { type: "object", properties: { example: { type: "string" } } },
      { type: "object", properties: { example: { type: "string" } } },
    ],
  ];
  it.each(cases)("%s", (_name, input, output) => {
    expect(upgradeSchema(input)).toEqual(output);
  });

  it("leaves media type and parameter examples alone: 3.1 keeps them", () => {
    const input = withSchemas(
      {},
      {
        paths: {
          "/x": {
            get: {
              parameters: [{ name: "q", in: "query", example: "hi", schema: { type: "string", example: "schema-level" } }],
              responses: { "200": { description: "ok", content: { "application/json": { example: { a: 1 }, schema: { type: "object" } } } } },
            },
          },
        },
      },
    );
    const { document } = upgradeDocument(input);
    expect(((document.paths as JsonObject)["/x"] as JsonObject).get).toEqual({
      parameters: [{ name: "q", in: "query", example: "hi", schema: { type: "string", examples: ["schema-level"] } }],
      responses: { "200": { description: "ok", content: { "application/json": { example: { a: 1 }, schema: { type: "object" } } } } },
    });
  });
});

describe("binary and base64 strings", () => {
  it("format: byte gets contentEncoding: base64 anywhere, format stays", () => {
    expect(upgradeSchema({ type: "string", format: "byte", description: "d" })).toEqual({
      type: "string",
      format: "byte",
      contentEncoding: "base64",
      description: "d",
    });
    expect(upgradeSchema({ type: "string", format: "base64" })).toEqual({ type: "string", format: "base64", contentEncoding: "base64" });
    expect(upgradeSchema({ type: "string", format: "byte", nullable: true })).toEqual({ type: ["string", "null"], format: "byte", contentEncoding: "base64" });
  });

  it("format: binary in a JSON body or a plain component: no 3.1 keyword to add", () => {
    expect(upgradeSchema({ type: "string", format: "binary" })).toEqual({ type: "string", format: "binary" });
    const { document } = upgradeDocument(
      withBody({ "application/json": { schema: { type: "object", properties: { f: { type: "string", format: "binary" } } } } }),
    );
    expect(bodyOf(document)).toEqual({
      content: { "application/json": { schema: { type: "object", properties: { f: { type: "string", format: "binary" } } } } },
    });
  });

  it("a multipart file part: contentMediaType from the part's encoding, else application/octet-stream; arrays of files too", () => {
    const { document, report } = upgradeDocument(
      withBody({
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: {
              image: { type: "string", format: "binary" },
              file: { type: "string", format: "binary" },
              many: { type: "array", items: { type: "string", format: "binary" } },
              either: { type: "string", format: "binary" },
              purpose: { type: "string" },
            },
          },
          encoding: { image: { contentType: "image/png" }, either: { contentType: "image/png, image/jpeg" } },
        },
      }),
    );
    expect(bodyOf(document)).toEqual({
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: {
              image: { type: "string", format: "binary", contentMediaType: "image/png" },
              file: { type: "string", format: "binary", contentMediaType: "application/octet-stream" },
              many: { type: "array", items: { type: "string", format: "binary", contentMediaType: "application/octet-stream" } },
              either: { type: "string", format: "binary", contentMediaType: "application/octet-stream" },
              purpose: { type: "string" },
            },
          },
          encoding: { image: { contentType: "image/png" }, either: { contentType: "image/png, image/jpeg" } },
        },
      },
    });
    expect(report.changes).toEqual({ contentMediaType: 4 });
  });

  it("a whole binary body: its own media type when concrete, else application/octet-stream", () => {
    const { document } = upgradeDocument(
      withBody({
        "image/png": { schema: { type: "string", format: "binary" } },
        "application/octet-stream": { schema: { type: "string", format: "binary" } },
        "audio/*": { schema: { type: "string", format: "binary" } },
      }),
    );
    expect(bodyOf(document)).toEqual({
      content: {
        "image/png": { schema: { type: "string", format: "binary", contentMediaType: "image/png" } },
        "application/octet-stream": { schema: { type: "string", format: "binary", contentMediaType: "application/octet-stream" } },
        "audio/*": { schema: { type: "string", format: "binary", contentMediaType: "application/octet-stream" } },
      },
    });
  });

  it("a multipart body by $ref: the component's file parts, with the encoding of the media type that uses it", () => {
    const { document } = upgradeDocument(
      withBody(
        {
          "multipart/form-data": { schema: { $ref: "#/components/schemas/Upload" }, encoding: { file: { contentType: "text/jsonl" } } },
        },
        { Upload: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" }, name: { type: "string" } } } },
      ),
    );
    expect(((document.components as JsonObject).schemas as JsonObject).Upload).toEqual({
      type: "object",
      required: ["file"],
      properties: { file: { type: "string", format: "binary", contentMediaType: "text/jsonl" }, name: { type: "string" } },
    });
  });
});

describe("what 3.1 reads as written", () => {
  it("keeps $ref siblings (3.0 ignored them; 3.1 applies them: Redocly's spec-ref-siblings reports them in the 3.0 file)", () => {
    expect(upgradeSchema({ $ref: "#/components/schemas/A", description: "d", type: "object" })).toEqual({
      $ref: "#/components/schemas/A",
      description: "d",
      type: "object",
    });
  });

  it("keeps a Path Item's $ref and its siblings, discriminators and x- extensions", () => {
    const input = withSchemas(
      {
        Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "kind" }, "x-note": { nullable: true } },
        Cat: { type: "object", properties: { kind: { type: "string", enum: ["cat"] } } },
      },
      { paths: { "/a": { $ref: "#/paths/~1b", summary: "same as b" }, "/b": { get: { responses: { "200": { description: "ok" } } } } } },
    );
    const { document, report } = upgradeDocument(input);
    expect(document).toEqual({ ...input, openapi: "3.1.0" });
    expect(report).toEqual({ from: "3.0.3", changes: {} });
  });
});

describe("upgradeDocument", () => {
  it("declares 3.1.0 in the version's place and counts each rule", () => {
    const input = withSchemas({
      A: { type: "string", nullable: true, example: "a" },
      B: { type: "number", minimum: 0, exclusiveMinimum: true },
      C: { type: "string", format: "byte" },
    });
    const { document, report } = upgradeDocument(input);
    expect(Object.keys(document)).toEqual(["openapi", "info", "components"]);
    expect(document.openapi).toBe("3.1.0");
    expect(report).toEqual({ from: "3.0.3", changes: { contentEncoding: 1, example: 1, "exclusive-bound": 1, nullable: 1 } });
    expect(formatUpgradeReport(report)).toBe("converted from OpenAPI 3.0.3 to 3.1.0: 1 contentEncoding, 1 example, 1 exclusive-bound, 1 nullable");
    expect(formatUpgradeReport({ from: "3.0.0", changes: {} })).toBe("converted from OpenAPI 3.0.0 to 3.1.0: nothing else to rewrite");
  });

  it("does not mutate its input", () => {
    const input = withSchemas({ A: { type: "string", nullable: true, example: "a", format: "byte" } });
    const before = JSON.stringify(input);
    upgradeDocument(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
