/**
 * AJV compiles the bundle without its prose (annotation-free.ts): a description edit changes no
 * validator module, and a process that keeps compilations (compile-memo.ts) compiles nothing again
 * for it. Only schema positions lose their prose: a property named `description`, an enum value or
 * a default stay as they are.
 */
import { describe, expect, it, onTestFinished } from "vitest";
import { withoutProse } from "../../generator/emitters/validators/annotation-free.js";
import { forgetCompilations, keepCompilations } from "../../generator/emitters/validators/compile-memo.js";
import { compileVariant } from "../../generator/emitters/validators/compile.js";
import type { JsonSchemaBundle } from "../../generator/emitters/validators/json-schema.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

describe("withoutProse", () => {
  it("drops prose at schema positions only", () => {
    const bundle = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://example.test/schema.json",
      $defs: {
        Tool: {
          title: "Tool",
          description: "A tool.",
          examples: [{ description: "a sample, dropped with its keyword" }],
          type: "object",
          properties: {
            description: { type: "string", description: "The tool's description.", default: "description" },
            kind: { enum: ["description"], $comment: "why" },
          },
          anyOf: [{ required: ["description"], description: "branch" }],
          dependentSchemas: { kind: { description: "rule", required: ["description"] } },
          "x-meta": { description: "an extension's value is data" },
        },
      },
    } as unknown as JsonSchemaBundle;
    expect(withoutProse(bundle)).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://example.test/schema.json",
      $defs: {
        Tool: {
          title: "Tool",
          type: "object",
          properties: { description: { type: "string", default: "description" }, kind: { enum: ["description"] } },
          anyOf: [{ required: ["description"] }],
          dependentSchemas: { kind: { required: ["description"] } },
          "x-meta": { description: "an extension's value is data" },
        },
      },
    });
  });
});

describe("kept compilations", () => {
  const spec = (description: string, maximum: number): OpenApiDocument => ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: { Body: { type: "object", description, properties: { n: { type: "integer", maximum } } } } },
  });

  it("reuse AJV's work when only prose changed, and compile again when a constraint did", () => {
    keepCompilations(4);
    // Test files share a process: the next one compiles afresh, as a one-off generate does.
    onTestFinished(forgetCompilations);
    const first = compileVariant(spec("One.", 5), ["Body"], "default");
    const reworded = compileVariant(spec("Two.", 5), ["Body"], "default");
    const tightened = compileVariant(spec("Two.", 4), ["Body"], "default");
    expect(reworded.ajv).toBe(first.ajv);
    expect(tightened.ajv).not.toBe(first.ajv);
    // The bundle stays the document's own, prose included: schema.json is written from it.
    expect((reworded.bundle.$defs.Body as { description: string }).description).toBe("Two.");
    expect(reworded.validatorOf("Body")({ n: 5 })).toBe(true);
    expect(tightened.validatorOf("Body")({ n: 5 })).toBe(false);
  });
});
