/**
 * speakeasy-python's request classes on a small spec: a parameter whose Python name is also a field
 * of the body's class is `<name>_param` (mammoth AddExport's `dataview_id` beside `DATAVIEW_ID`), a
 * `readOnly` body field leaves the parameter's name alone (easyreview), and a body whose schema
 * accepts null is a nullable field (mammoth AddDataview).
 */
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../generator/flavors/speakeasy-python/catalog.js";
import { speakeasySettings } from "../../generator/flavors/speakeasy-python/settings.js";
import { buildModel } from "../../generator/ir/build.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

const ok = { "200": { description: "ok" } };
const path = (name: string) => ({ in: "path", name, required: true, schema: { type: "integer" } });
const body = (schema: object) => ({ required: true, content: { "application/json": { schema } } });

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/views/{view_id}/exports": {
      post: { operationId: "addExport", parameters: [path("view_id")], requestBody: body({ $ref: "#/components/schemas/ExportSpec" }), responses: ok },
    },
    "/things/{id}": {
      put: { operationId: "updateThing", parameters: [path("id")], requestBody: body({ $ref: "#/components/schemas/Thing" }), responses: ok },
    },
    "/views/{workspace_id}": {
      post: {
        operationId: "addView",
        parameters: [path("workspace_id")],
        requestBody: body({ oneOf: [{ type: "null" }, { $ref: "#/components/schemas/ViewSpec" }] }),
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      ExportSpec: { type: "object", properties: { VIEW_ID: { type: "integer" }, name: { type: "string" } } },
      Thing: { type: "object", properties: { id: { type: "string", readOnly: true }, name: { type: "string" } } },
      ViewSpec: { type: "object", properties: { name: { type: "string" } } },
    },
  },
} as unknown as OpenApiDocument;

describe("speakeasy-python request classes", () => {
  const catalog = buildCatalog(buildModel(document, "all"), speakeasySettings({ operationPages: "written" }));
  const fields = (name: string) => {
    const type = catalog.shapes.find((shape) => shape.name === name)?.type;
    return type?.kind === "object" ? type.fields.map((field) => [field.name, field.nullable]) : null;
  };

  it("names a parameter <name>_param when the body's class has a field of that Python name", () => {
    expect(fields("AddExportRequest")).toEqual([
      ["view_id_param", false],
      ["ExportSpec", false],
    ]);
  });

  it("leaves the name of a parameter alone when the body's field of that name is readOnly", () => {
    expect(fields("UpdateThingRequest")).toEqual([
      ["id", false],
      ["Thing", false],
    ]);
  });

  it("makes the body's field nullable when its schema accepts null", () => {
    expect(fields("AddViewRequest")).toEqual([
      ["workspace_id", false],
      ["ViewSpec", true],
    ]);
  });
});
