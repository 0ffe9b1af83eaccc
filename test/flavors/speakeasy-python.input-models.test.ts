/**
 * speakeasy-python's input models (Speakeasy's `inputOutputModels`, seen in easyreview-python) on a
 * small spec: a request never sends a `readOnly` property, so what requests reach is its request form.
 */
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../generator/flavors/speakeasy-python/catalog.js";
import { speakeasySettings } from "../../generator/flavors/speakeasy-python/settings.js";
import { buildModel } from "../../generator/ir/build.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

const json = (ref: string) => ({ content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{id}": {
      parameters: [{ in: "path", name: "id", required: true, schema: { type: "string" } }],
      get: { operationId: "getThing", responses: { "200": { description: "ok", ...json("Thing") } } },
      put: { operationId: "updateThing", requestBody: { required: true, ...json("Thing") }, responses: { "200": { description: "ok", ...json("Thing") } } },
      patch: { operationId: "patchThing", requestBody: json("PatchedThing"), responses: { "200": { description: "ok", ...json("Thing") } } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name", "part"],
        properties: {
          id: { type: "string", readOnly: true },
          name: { type: "string" },
          part: { $ref: "#/components/schemas/Part" },
          children: { type: "array", readOnly: true, items: { $ref: "#/components/schemas/Child" } },
        },
      },
      // No readOnly property of its own: it differs on input through Part.
      Part: { type: "object", properties: { label: { type: "string" }, detail: { $ref: "#/components/schemas/Detail" } } },
      Detail: { type: "object", properties: { code: { type: "string", readOnly: true }, text: { type: "string" } } },
      // Reached only through the read-only `children`: responses alone.
      Child: { type: "object", properties: { key: { type: "string", readOnly: true } } },
      PatchedThing: { type: "object", properties: { id: { type: "string", readOnly: true }, name: { type: "string" } } },
    },
  },
} as unknown as OpenApiDocument;

describe("speakeasy-python input models", () => {
  const catalog = buildCatalog(buildModel(document, "all"), speakeasySettings({ operationPages: "written" }));
  const shape = (name: string) => catalog.shapes.find((candidate) => candidate.name === name);
  const fieldsOf = (name: string) => {
    const type = shape(name)?.type;
    return type?.kind === "object" ? type.fields.map((field) => [field.name, field.type.kind === "ref" ? field.type.name : field.type.kind]) : null;
  };

  it("writes a component both requests and responses reach twice: whole, and without its readOnly properties as <Name>Input", () => {
    expect(fieldsOf("Thing")).toEqual([
      ["id", "string"],
      ["name", "string"],
      ["part", "Part"],
      ["children", "array"],
    ]);
    expect(fieldsOf("ThingInput")).toEqual([
      ["name", "string"],
      ["part", "PartInput"],
    ]);
  });

  it("splits a component whose request form differs only through a component it sends", () => {
    expect(fieldsOf("PartInput")).toEqual([
      ["label", "string"],
      ["detail", "DetailInput"],
    ]);
    expect(fieldsOf("DetailInput")).toEqual([["text", "string"]]);
  });

  it("writes a component only requests reach as its request form under its own name", () => {
    expect(fieldsOf("PatchedThing")).toEqual([["name", "string"]]);
    expect(shape("PatchedThingInput")).toBeUndefined();
  });

  it("does not follow a readOnly property on the request side", () => {
    expect(fieldsOf("Child")).toEqual([["key", "string"]]);
    expect(shape("ChildInput")).toBeUndefined();
  });

  it("holds the request form in a body field named after the component", () => {
    expect(fieldsOf("UpdateThingRequest")).toEqual([
      ["id", "string"],
      ["Thing", "ThingInput"],
    ]);
  });
});
