/**
 * The overlay engine on small documents: Overlay 1.0 merge and remove semantics, filter targets,
 * targets that select nothing, and the structural check of an overlay document.
 */
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/openapi.js";
import { applyOverlay } from "../../generator/profiles/apply-overlay.js";
import { overlayProblems, type Overlay } from "../../generator/profiles/overlay.js";
import { pruneUnusedSchemas } from "../../generator/profiles/prune-schemas.js";

const DOC: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  paths: { "/x": { post: { requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Req" } } } } } } },
  components: {
    schemas: {
      Req: { type: "object", required: ["a", "b"], properties: { a: { type: "string", enum: ["x", "y", "z"] }, b: { $ref: "#/components/schemas/B" } } },
      B: { anyOf: [{ type: "string" }, { type: "array" }, { type: "null" }] },
    },
  },
};

function overlay(actions: Overlay["actions"]): Overlay {
  return { overlay: "1.0.0", info: { title: "t", version: "1" }, actions };
}

describe("applyOverlay", () => {
  it("merges objects recursively, replaces arrays and scalars, and leaves the input alone", () => {
    const before = JSON.stringify(DOC);
    const { document, unmatched } = applyOverlay(
      DOC,
      overlay([{ target: "$.components.schemas.Req.properties.a", update: { enum: ["x"], description: "Only x." } }]),
    );
    expect(unmatched).toEqual([]);
    expect((document.components as never as { schemas: { Req: { properties: { a: unknown } } } }).schemas.Req.properties.a).toEqual({
      type: "string",
      enum: ["x"],
      description: "Only x.",
    });
    expect(JSON.stringify(DOC)).toBe(before);
  });

  it("appends an update to a selected array", () => {
    const { document } = applyOverlay(DOC, overlay([{ target: "$.components.schemas.Req.required", update: "c" }]));
    expect((document.components as never as { schemas: { Req: { required: unknown } } }).schemas.Req.required).toEqual(["a", "b", "c"]);
  });

  it("removes selected nodes, from objects and (by filter) from arrays", () => {
    const { document } = applyOverlay(
      DOC,
      overlay([
        { target: "$.components.schemas.Req.properties.b", remove: true },
        { target: "$.components.schemas.Req.required[?(@ === 'b')]", remove: true },
        { target: "$.components.schemas.B.anyOf[?(@.type === 'string' || @.type === 'null')]", remove: true },
      ]),
    );
    const schemas = (document.components as never as { schemas: Record<string, { properties?: object; required?: unknown; anyOf?: unknown }> }).schemas;
    expect(Object.keys(schemas.Req?.properties ?? {})).toEqual(["a"]);
    expect(schemas.Req?.required).toEqual(["a"]);
    expect(schemas.B?.anyOf).toEqual([{ type: "array" }]);
  });

  it("reports actions whose target selects nothing", () => {
    const { unmatched } = applyOverlay(
      DOC,
      overlay([
        { target: "$.components.schemas.Req.properties.a", remove: true },
        { target: "$.components.schemas.Nope", remove: true },
      ]),
    );
    expect(unmatched).toEqual([1]);
  });

  it("pruning drops schemas nothing refers to any more", () => {
    const { document } = applyOverlay(DOC, overlay([{ target: "$.components.schemas.Req.properties.b", remove: true }]));
    expect(Object.keys((pruneUnusedSchemas(document).components as never as { schemas: object }).schemas)).toEqual(["Req"]);
  });
});

describe("overlayProblems", () => {
  it("accepts a minimal overlay and locates what is wrong", () => {
    expect(overlayProblems({ overlay: "1.0.0", info: { title: "t", version: "1" }, actions: [{ target: "$.a", remove: true }] })).toEqual([]);
    expect(overlayProblems({ overlay: "2.0.0", info: { title: "t", version: "1" }, actions: [{ target: "a", update: {} }, { target: "$.a" }] })).toEqual([
      { path: ["overlay"], message: "`overlay` must be a 1.0.x version string such as 1.0.0" },
      { path: ["actions", 0, "target"], message: "`target` must be a JSONPath expression starting with `$`" },
      { path: ["actions", 1], message: "an action needs `update` or `remove: true`" },
    ]);
  });

  it("accepts a known provider flavor and refuses anything else there", () => {
    const overlay = { overlay: "1.0.0", info: { title: "t", version: "1" }, actions: [{ target: "$.a", remove: true }] };
    expect(overlayProblems({ ...overlay, "x-chatspec-flavor": "mkdocs-material" })).toEqual([]);
    const message = "`x-chatspec-flavor` must be a doc flavor id: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference";
    expect(overlayProblems({ ...overlay, "x-chatspec-flavor": "mkdocs" })).toEqual([{ path: ["x-chatspec-flavor"], message }]);
    expect(overlayProblems({ ...overlay, "x-chatspec-flavor": ["reference"] })).toEqual([{ path: ["x-chatspec-flavor"], message }]);
  });
});
