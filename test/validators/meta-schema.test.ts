/**
 * The validators' bundle is checked against the JSON Schema 2020-12 meta-schema once per process
 * (ajv.ts `addBundle`), not by each AJV instance: a schema the meta-schema rejects is still refused,
 * with AJV's own message, for either variant and for every package of a run.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../generator/config.js";
import { validatorsEmitter } from "../../generator/emitters/validators/emitter.js";
import { emitContext, type GeneratedFile } from "../../generator/index.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { loadAssets } from "../../generator/io/load-templates.js";
import type { JsonObject } from "../../generator/openapi.js";
import { ROOT } from "../helpers.js";

async function canonical(): Promise<JsonObject> {
  const { document } = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false });
  return structuredClone(document) as JsonObject;
}

function emitValidators(document: JsonObject): Promise<GeneratedFile[]> {
  return Promise.resolve(validatorsEmitter.emit(emitContext(document, resolveConfig(ROOT, {}), loadAssets())));
}

describe("the meta-schema check", () => {
  it("refuses a keyword with a value of the wrong type, with AJV's message", async () => {
    const document = await canonical();
    const temperature = ((document.components as JsonObject).schemas as Record<string, JsonObject>).CreateChatCompletionRequest?.properties as Record<
      string,
      JsonObject
    >;
    (temperature.temperature as JsonObject).minimum = "0";
    await expect(emitValidators(document)).rejects.toThrow(
      "the validators cannot be compiled: schema is invalid: data/$defs/CreateChatCompletionRequest/properties/temperature/minimum must be number",
    );
  });

  it("still applies after another bundle passed it (one shared checker)", async () => {
    const good = await canonical();
    expect((await emitValidators(good)).map((file) => file.path)).toContain("validators.js");
    const bad = await canonical();
    ((bad.components as JsonObject).schemas as Record<string, JsonObject>).CreateChatCompletionRequest!.maxProperties = -1;
    await expect(emitValidators(bad)).rejects.toThrow(
      "the validators cannot be compiled: schema is invalid: data/$defs/CreateChatCompletionRequest/maxProperties must be >= 0",
    );
  });
});
