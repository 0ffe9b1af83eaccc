/**
 * Request-body examples are checked with the validators chatspec generates (lint/request-examples.ts)
 * in place of Redocly's `no-invalid-media-type-examples`, where that covers every example of the
 * document; elsewhere Redocly's rule runs as configured. Same rule id and severity either way.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import standaloneModule from "ajv/dist/standalone/index.js";
import { resolveConfig } from "../generator/config.js";
import { compileVariant } from "../generator/emitters/validators/compile.js";
import { isCompiled, preparedFor } from "../generator/emitters/validators/variant-source.js";
import { validatorsEmitter } from "../generator/emitters/validators/emitter.js";
import { emitContext } from "../generator/index.js";
import { loadAssets } from "../generator/io/load-templates.js";
import { loadProfiles } from "../generator/io/load-profiles.js";
import { loadSpec } from "../generator/io/load-spec.js";
import { examplesCheckable, requestExampleProblems } from "../generator/lint/request-examples.js";
import { rootSchemas, type OpenApiDocument } from "../generator/openapi.js";
import { ROOT, projectTempDir, runCli } from "./helpers.js";

const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;
const redoclyPath = path.join(ROOT, "redocly.yaml");
const canonicalText = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");
const canonical = (): any => parse(canonicalText);
const media = (spec: any): any => spec.paths["/chat/completions"].post.requestBody.content["application/json"];

function writeSpec(spec: unknown, prefix = "examples"): { dir: string; specPath: string } {
  const dir = projectTempDir(prefix);
  const specPath = path.join(dir, "openapi.yaml");
  writeFileSync(specPath, typeof spec === "string" ? spec : stringify(spec));
  return { dir, specPath };
}

async function exampleProblems(spec: unknown) {
  const { dir, specPath } = writeSpec(spec);
  const { problems } = await loadSpec({ specPath, redoclyPath, cwd: dir, lint: true });
  return problems
    .filter((problem) => problem.ruleId === "no-invalid-media-type-examples")
    .map(({ line, column, message, severity }) => ({ line, column, message, severity }));
}

describe("the request-example check", () => {
  it("reports each rejected example once, at the offending value, with the validators' message", async () => {
    // Two of the canonical examples broken in place, so the lines stay the spec's own.
    const broken = canonicalText
      .replace(
        "                    - role: user\n                      content: Hello!",
        "                    - role: robot\n                      content: Hello!",
      )
      .replace("                  max_completion_tokens: 300\n", "                  max_completion_tokens: 300\n                  temperature: 3\n");
    expect(broken).not.toBe(canonicalText);
    const { specPath } = writeSpec(broken);
    const result = await runCli(["lint", "--spec", path.relative(ROOT, specPath)]);
    const shown = path.relative(ROOT, specPath);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual([
      `${shown}:53:29: error Example value must conform to the schema: /messages/1/role: unknown role "robot"; expected one of "developer", "system", "user", "assistant", "tool", "function". (no-invalid-media-type-examples)`,
      `${shown}:69:32: error Example value must conform to the schema: /temperature: must be at most 2 (got 3). (no-invalid-media-type-examples)`,
    ]);
  });

  it("takes the rule's severity from the lint config", async () => {
    const dir = projectTempDir("examples-config");
    const config = readFileSync(redoclyPath, "utf8")
      .replace("./dist/generator/lint/rules/plugin.js", path.join(ROOT, "dist/generator/lint/rules/plugin.js"))
      .replace("  no-invalid-media-type-examples:\n    severity: error", "  no-invalid-media-type-examples:\n    severity: warn");
    writeFileSync(path.join(dir, "redocly.yaml"), config);
    const spec = canonical();
    media(spec).examples.minimal.value.n = 0;
    const specPath = path.join(dir, "openapi.yaml");
    writeFileSync(specPath, stringify(spec));
    const { problems } = await loadSpec({ specPath, redoclyPath: path.join(dir, "redocly.yaml"), cwd: dir, lint: true });
    expect(problems.map(({ ruleId, severity, message }) => ({ ruleId, severity, message }))).toEqual([
      { ruleId: "no-invalid-media-type-examples", severity: "warn", message: "Example value must conform to the schema: /n: must be at least 1 (got 0)." },
    ]);
  });

  it("leaves a spec with a response example to Redocly's rule, which reports in its own words", async () => {
    const spec = canonical();
    media(spec).examples.minimal.value.temperature = 3;
    spec.paths["/chat/completions"].post.responses["200"].content["application/json"].example = { id: "chatcmpl-1" };
    expect(examplesCheckable(spec)).toBe(false);
    const problems = await exampleProblems(spec);
    expect(problems[0]).toEqual({
      line: 64,
      column: 32,
      severity: "error",
      message: "Example value must conform to the schema: `temperature` property must be <= 2.",
    });
    // The response example lacks required properties: Redocly checks it, which chatspec's check could not.
    expect(problems.slice(1).map(({ line, message }) => `${line}: ${message}`)).toEqual([
      "140: Example value must conform to the schema: must have required property 'object'.",
      "140: Example value must conform to the schema: must have required property 'created'.",
      "140: Example value must conform to the schema: must have required property 'model'.",
      "140: Example value must conform to the schema: must have required property 'choices'.",
    ]);
  });

  it("falls back to Redocly's rule when AJV's strict mode cannot compile the schema", async () => {
    const spec = canonical();
    media(spec).examples.minimal.value.temperature = 3;
    // `x-`-less unknown keywords are refused by AJV's strict mode; Redocly's lenient AJV ignores them.
    spec.components.schemas.CreateChatCompletionRequest.properties.top_k.unknownKeyword = 1;
    await expect(requestExampleProblems(spec as OpenApiDocument, { forGeneration: false })).rejects.toThrow('strict mode: unknown keyword: "unknownKeyword"');
    expect(await exampleProblems(spec)).toEqual([
      expect.objectContaining({ severity: "error", message: "Example value must conform to the schema: `temperature` property must be <= 2." }),
    ]);
  });

  it("checks a profile's examples with the profile's own validators, reported at its overlay", async () => {
    const dir = projectTempDir("examples-profile");
    const specPath = path.join(dir, "openapi.yaml");
    copyFileSync(path.join(ROOT, "spec/openapi.yaml"), specPath);
    mkdirSync(path.join(dir, "profiles"));
    // Atoma's overlay without the two actions that drop the examples Atoma cannot accept.
    const overlay = readFileSync(path.join(ROOT, "spec/profiles/atoma.overlay.yaml"), "utf8").replace(
      / {2}- target: \$\.paths\['\/chat\/completions'\]\.post\.requestBody\.content\['application\/json'\]\.examples\.(streaming|logprobs)\n(?: {4}.*\n)+/g,
      "",
    );
    writeFileSync(path.join(dir, "profiles/atoma.overlay.yaml"), overlay);
    const { document } = await loadSpec({ specPath, redoclyPath, cwd: dir, lint: false });
    const { problems } = await loadProfiles({ specPath, redoclyPath, cwd: dir, document, lint: true });
    // `logprobs`, which Atoma's profile removes, is an unknown key there, and unknown keys are
    // tolerated (`allowAdditionalProperties: true`): only the streaming example is rejected.
    expect(problems.map(({ file, line, column, severity, ruleId, message }) => `${file}:${line}:${column}: ${severity} ${message} (${ruleId})`)).toEqual([
      "profiles/atoma.overlay.yaml:1:1: error profile atoma: Example value must conform to the schema: /stream: must be one of false, null (got true). (at #/paths/~1chat~1completions/post/requestBody/content/application~1json/examples/streaming/value/stream) (no-invalid-media-type-examples)",
    ]);
  });
});

describe("examplesCheckable", () => {
  const withMedia = (place: (spec: any) => void): any => {
    const spec = canonical();
    place(spec);
    return spec;
  };

  it("is true for the canonical spec, whose only examples are in the request body", () => {
    expect(examplesCheckable(canonical())).toBe(true);
  });

  it("is false for an inline request schema, an external $ref or a parameter example", () => {
    expect(examplesCheckable(withMedia((spec) => (media(spec).schema = { type: "object" })))).toBe(false);
    expect(examplesCheckable(withMedia((spec) => (spec.components.schemas.Extra = { $ref: "./other.yaml#/Extra" })))).toBe(false);
    expect(
      examplesCheckable(
        withMedia(
          (spec) =>
            (spec.paths["/chat/completions"].post.parameters = [
              { name: "q", in: "query", content: { "application/json": { schema: { type: "string" }, example: "x" } } },
            ]),
        ),
      ),
    ).toBe(false);
  });

  it("ignores a media type without a schema (Redocly's rule skips it too) and example payloads", () => {
    expect(examplesCheckable(withMedia((spec) => (spec.paths["/chat/completions"].post.responses["200"].content["text/plain"] = { example: "hi" })))).toBe(
      true,
    );
    // An example payload with a `content` key is data, not a media type map.
    expect(examplesCheckable(withMedia((spec) => (media(spec).examples.minimal.value.content = { "application/json": { example: 1, schema: {} } })))).toBe(
      true,
    );
  });
});

describe("requestExampleProblems", () => {
  const document = (): OpenApiDocument => canonical() as OpenApiDocument;

  it("takes `example` over `examples`, `dataValue` over `value`, and follows a local $ref to its target", async () => {
    const spec: any = document();
    spec.components.examples = { shared: { value: { model: "gpt-4o", messages: [], temperature: 1 } } };
    media(spec).examples = {
      fromRef: { $ref: "#/components/examples/shared" },
      data: { dataValue: { model: "gpt-4o" }, value: { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] } },
      external: { externalValue: "https://example.com/x.json" },
    };
    expect((await requestExampleProblems(spec, { forGeneration: false })).problems).toEqual([
      {
        pointer: "#/components/examples/shared/value/messages",
        message: "Example value must conform to the schema: /messages: must have at least 1 item (got 0 items).",
      },
      {
        pointer: "#/paths/~1chat~1completions/post/requestBody/content/application~1json/examples/data/dataValue",
        message: 'Example value must conform to the schema: (root): a create chat completion request requires "messages".',
      },
    ]);
    media(spec).example = { model: 5, messages: [{ role: "user", content: "Hi" }] };
    expect((await requestExampleProblems(spec, { forGeneration: false })).problems).toEqual([
      {
        pointer: "#/paths/~1chat~1completions/post/requestBody/content/application~1json/example/model",
        message: "Example value must conform to the schema: /model: must be string (got 5).",
      },
    ]);
  });

  it("with forGeneration, returns its compilation for the validators emitter, the same module as the emitter's own", async () => {
    const spec = document();
    const roots = rootSchemas(spec);
    const check = await requestExampleProblems(spec, { forGeneration: true });
    expect(check.problems).toEqual([]);
    const prepared = check.preparedValidators;
    if (prepared === null || !isCompiled(prepared)) throw new Error("the check handed over no compilation");
    expect(prepared.variant).toBe("default");
    expect(prepared.roots).toEqual(roots);
    const fresh = compileVariant(spec, roots, "default");
    expect(fresh.ajv).not.toBe(prepared.ajv);
    expect(standaloneCode(prepared.ajv, prepared.exports)).toBe(standaloneCode(fresh.ajv, fresh.exports));
  });

  it("without forGeneration, returns no compilation", async () => {
    const spec = document();
    expect((await requestExampleProblems(spec, { forGeneration: false })).preparedValidators).toBeNull();
  });
});

describe("the hand-over to the validators emitter", () => {
  it("comes back from loadSpec with forGeneration, and is written out as the same bytes the emitter compiles itself", async () => {
    const spec = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath, cwd: ROOT, lint: true, forGeneration: true });
    expect(spec.preparedValidators?.roots).toEqual(rootSchemas(spec.document));
    const config = resolveConfig(ROOT);
    const assets = loadAssets();
    const handed = await validatorsEmitter.emit(emitContext(spec.document, config, assets, spec.preparedValidators));
    const own = await validatorsEmitter.emit(emitContext(spec.document, config, assets));
    expect(handed.map((file) => file.path)).toEqual([
      "validators.js",
      "validators.d.ts",
      "validators-strict.js",
      "validators-strict.d.ts",
      "validators-all-errors.js",
      "validators-all-errors.d.ts",
      "validators-strict-all-errors.js",
      "validators-strict-all-errors.d.ts",
      "schema.json",
      "schema.js",
      "schema.d.ts",
    ]);
    expect(handed).toEqual(own);
  });

  it("is absent without forGeneration or without lint", async () => {
    const specPath = path.join(ROOT, "spec/openapi.yaml");
    expect((await loadSpec({ specPath, redoclyPath, cwd: ROOT, lint: true })).preparedValidators).toBeNull();
    expect((await loadSpec({ specPath, redoclyPath, cwd: ROOT, lint: false, forGeneration: true })).preparedValidators).toBeNull();
  });

  it("is reused only for the same variant of the same roots", () => {
    const spec = canonical() as OpenApiDocument;
    const roots = rootSchemas(spec);
    const prepared = compileVariant(spec, roots, "default");
    expect(preparedFor(prepared, roots, "default")).toBe(prepared);
    expect(preparedFor(prepared, roots, "strict")).toBeNull();
    expect(preparedFor(prepared, [...roots, "ChatCompletionRequestMessage"], "default")).toBeNull();
    expect(preparedFor(null, roots, "default")).toBeNull();
  });
});
