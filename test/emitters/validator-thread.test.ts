/**
 * A large spec's strict validators compile on a second thread (io/validator-thread.ts) while the
 * default ones compile here: the modules are the same text either way, a small spec never asks for
 * the thread, and a thread that cannot finish (out of the memory it is given) leaves the work to
 * the emitter instead of failing the run. The thread runs the built module (dist/), as `npm test`
 * builds it first.
 */
import { describe, expect, it } from "vitest";
import type { EmitContext, GeneratedFile, VariantModulesCompiler } from "../../generator/emitters/types.js";
import { validatorsEmitter } from "../../generator/emitters/validators/emitter.js";
import { compileOnThread } from "../../generator/io/validator-thread.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

/** A request body whose items reach `count` component schemas, each a small object. */
function wideSpec(count: number): OpenApiDocument {
  const schemas: Record<string, unknown> = {
    Body: { type: "object", required: ["parts"], properties: { parts: { type: "array", items: { oneOf: [] as unknown[] } } } },
  };
  const branches = (schemas.Body as { properties: { parts: { items: { oneOf: unknown[] } } } }).properties.parts.items.oneOf;
  for (let index = 0; index < count; index++) {
    schemas[`Part${index}`] = {
      type: "object",
      required: ["kind"],
      properties: { kind: { const: `part-${index}` }, size: { type: "integer", minimum: 0, maximum: index + 1 } },
    };
    branches.push({ $ref: `#/components/schemas/Part${index}` });
  }
  return { openapi: "3.1.0", info: { title: "wide", version: "1" }, paths: {}, components: { schemas } } as unknown as OpenApiDocument;
}

async function emitted(document: OpenApiDocument, compileElsewhere?: VariantModulesCompiler): Promise<GeneratedFile[]> {
  return validatorsEmitter.emit({ document, roots: ["Body"], compileElsewhere } as unknown as EmitContext);
}

describe("the strict validators on a second thread", () => {
  it("are the modules this thread writes, for a spec of 200 schemas and more", async () => {
    const document = wideSpec(200);
    const asked: string[] = [];
    const onThread: VariantModulesCompiler = async (job) => {
      const modules = await compileOnThread(job);
      asked.push(`${job.variant} ${Object.keys(job.bundle.$defs).length} ${modules === null ? "not compiled" : "compiled"}`);
      return modules;
    };
    const here = await emitted(document);
    expect(await emitted(document, onThread)).toEqual(here);
    expect(asked).toEqual(["strict 201 compiled"]);
    expect(here.map((file) => file.path)).toContain("validators-strict.js");
  });

  it("are not asked for below 200 schemas", async () => {
    const asked: string[] = [];
    await emitted(wideSpec(198), async (job) => {
      asked.push(job.variant);
      return null;
    });
    expect(asked).toEqual([]);
  });

  it("are compiled here when the thread cannot finish", async () => {
    const document = wideSpec(200);
    expect(await emitted(document, async () => null)).toEqual(await emitted(document));
  });
});
