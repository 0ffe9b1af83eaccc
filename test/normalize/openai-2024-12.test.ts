/**
 * A real OpenAPI 3.0 spec end to end: OpenAI's spec of December 2024 (`openapi: 3.0.0`, 900 kB,
 * test/fixtures/specs/openai-2024-12.SOURCE.md) through `chatspec generate --normalize --no-lint`,
 * once, into a temp folder; every assertion reads that one output. The spec is converted to 3.1 when
 * loaded, normalised like OpenAI's current spec, and generates types, validators and docs. The
 * validators give the real request bodies of test/fixtures/corpus/real the verdicts OpenAI's current
 * spec gives them (corpus/SOURCES.md), except where the API changed since, or the 2024 spec is wrong.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OPENAI_SPEC_2024_12, ROOT, loadCorpus, projectTempDir, runCli, type CliResult } from "../helpers.js";

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

let out: string;
let result: CliResult;

beforeAll(async () => {
  out = path.join(projectTempDir("openai-2024-12"), "out");
  result = await runCli(["generate", "--spec", path.relative(ROOT, OPENAI_SPEC_2024_12), "--out", path.relative(ROOT, out), "--normalize", "--no-lint"]);
});

const read = (file: string) => readFileSync(path.join(out, file), "utf8");

describe("chatspec generate on OpenAI's 3.0 spec of December 2024", () => {
  it("converts it to 3.1, normalises it, and says what each step changed", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("converted from OpenAPI 3.0.0 to 3.1.0: 8 contentMediaType, 145 example, 5 exclusive-bound, 248 nullable");
    expect(lines[1]).toBe(
      "normalized: 3 implied-type:array, 9 implied-type:object, 1 inapplicable:required, 54 strip:x-oaiExpandable, 227 strip:x-oaiMeta, 8 undeclared-required",
    );
    // The docs pages counted in the last test are among these files: what they gained is said there.
    expect(lines[2]).toMatch(/^chatspec: 744 files in .+ \(744 written, 0 removed\) in [\d.]+ s$/);
  });

  it("pins the author's 3.0 file in the manifest", () => {
    const manifest = JSON.parse(read("chatspec-manifest.json")) as { inputs: { spec: unknown; normalize: unknown; lint: unknown } };
    expect(manifest.inputs.spec).toEqual({ "openai-2024-12.yaml": "8fbbc11fa9339df4276717bf18583ce6b95450dc1ef0347bdcbb4fd797538376" });
    expect(manifest.inputs.normalize).toBe(true);
    expect(manifest.inputs.lint).toBe("off");
  });

  it("writes types with the 3.0 meanings: nullable fields take null, a schema's example is an @example", () => {
    const types = read("openapi.d.ts");
    const request = types.slice(types.indexOf("        CreateChatCompletionRequest: {"));
    expect(request).toContain("            temperature?: number | null;\n");
    expect(request).toContain("            store?: boolean | null;\n");
    expect(request).toContain('             * @example gpt-4o\n             */\n            model: string | ("o1"');
    expect(request).toContain('            reasoning_effort?: "low" | "medium" | "high";\n');
  });

  it("writes a validator for each of the 38 request bodies, and docs in every flavor", () => {
    const declarations = read("validators.d.ts");
    expect(declarations.match(/^export declare const validate\w+: Validator<\w+>;$/gm)).toHaveLength(38);
    expect(existsSync(path.join(out, "validators-strict.js"))).toBe(true);
    expect(readdirSync(path.join(out, "docs")).sort()).toEqual([
      "mkdocs-material",
      "openapi-generator-rust",
      "reference",
      "speakeasy-python",
      "typedoc-markdown",
    ]);
    const reference = read("docs/reference/CreateChatCompletionRequest.md");
    expect(reference).toContain("| [`temperature`](#field-temperature) | `number` | no | yes | `1` | from 0 to 2 |\n");
    expect(reference).toContain("`number` or `null` · optional · default `1`\n");
    // A multipart file part: `format: binary` stays, so the Rust flavor still types it as a file.
    expect(read("docs/openapi-generator-rust/docs/CreateFileRequest.md")).toContain(
      "**file** | **std::path::PathBuf** | The File object (not file name) to be uploaded.  | \n",
    );
  });
});

describe("the converted validator on the real request bodies", () => {
  type Verdict = "valid" | readonly [instancePath: string, keyword: string];
  /** The first error of the December 2024 spec's validator, and why it differs from the current spec's verdict where it does. */
  const verdicts: Readonly<Record<string, readonly [Verdict, string]>> = {
    "007-node-test-all-params-current.json": [["/reasoning_effort", "enum"], 'changed since: "none" is not in the 2024 enum (low, medium, high)'],
    "014-node-test-all-params-2025-08-gpt5.json": [["/reasoning_effort", "enum"], 'changed since: "minimal" came with GPT-5 (2025-08)'],
    "015-node-test-all-params-2026-03-in-memory-typo.json": [["/reasoning_effort", "enum"], 'invalid in both; here "none" fails first'],
    "022-node-stream-custom-tool.json": [["/tools/0", "required"], "changed since: custom tools came in 2025-08"],
    "023-node-stream-json-schema.json": [["/response_format/type", "enum"], "the 2024 spec's mistake: json_schema requires an undeclared `type`"],
    "024-py-test-all-params-current.json": [["/reasoning_effort", "enum"], 'changed since: "none"'],
    "025-py-test-all-params-stream-current.json": [["/reasoning_effort", "enum"], 'changed since: "none"'],
    "030-groq-sdk-all-params.json": [["/reasoning_effort", "enum"], 'changed since: "none"'],
    "032-sambanova-sdk-all-params.json": [["/response_format/type", "enum"], "invalid in both; here the json_schema mistake fails first"],
    "033-together-sdk-all-params.json": [["/logit_bias/105", "type"], "invalid in both; here the string logit_bias value fails first"],
    "034-perplexity-sdk-all-params.json": [["/reasoning_effort", "enum"], 'invalid in both; here "minimal" fails first'],
    "038-mistral-docs-json-schema-strict.json": [["/response_format/type", "enum"], "the 2024 spec's mistake: json_schema requires an undeclared `type`"],
    "043-vllm-docs-video-url.json": [["/messages/0/content", "type"], "same as the current spec: no video_url part"],
    "044-openrouter-docs-model-fallbacks.json": [["", "required"], "same as the current spec: no model"],
    "045-openrouter-docs-reasoning.json": [["/messages", "minItems"], "same as the current spec: messages: []"],
    "046-openrouter-issue-reasoning-effort-xhigh.json": [["/reasoning_effort", "enum"], 'changed since: "xhigh"'],
    "048-litellm-docs-spend-metadata-tags.json": [["/metadata/tags", "type"], "same as the current spec: metadata values are strings"],
  };

  it("gives each body its verdict: 32 accepted, as by the current spec, and 17 rejected", async () => {
    const { validateCreateChatCompletionRequest: validate } = (await import(path.join(out, "validators.js"))) as {
      validateCreateChatCompletionRequest: Validator;
    };
    const found: Record<string, Verdict> = {};
    const expected: Record<string, Verdict> = {};
    for (const [file, body] of loadCorpus()) {
      const first = validate(body) ? null : validate.errors?.[0];
      found[file] = first == null ? "valid" : [first.instancePath, first.keyword];
      expected[file] = verdicts[file]?.[0] ?? "valid";
    }
    expect(found).toEqual(expected);
    expect(Object.values(found).filter((verdict) => verdict === "valid")).toHaveLength(32);
  });
});

describe("chatspec generate --outputs docs on the same spec, not normalised", () => {
  it("writes the docs of every flavor without the validators AJV's strict mode would refuse", async () => {
    const docsOut = path.join(projectTempDir("openai-2024-12-docs"), "out");
    const docsOnly = await runCli([
      "generate",
      "--spec",
      path.relative(ROOT, OPENAI_SPEC_2024_12),
      "--out",
      path.relative(ROOT, docsOut),
      "--outputs",
      "docs",
      "--no-lint",
      "--quiet",
    ]);
    expect(docsOnly).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readdirSync(docsOut).sort()).toEqual(["chatspec-manifest.json", "docs"]);
    const pages = (flavor: string) =>
      readdirSync(path.join(docsOut, "docs", flavor), { recursive: true }).filter((file) => String(file).endsWith(".md")).length;
    // speakeasy-python: RealtimeSessionCreateRequest's `modalities` (items with no `type`) is an array of an
    // enum with its page, and 7 multipart file parts are File classes; openapi-generator-rust: the
    // operations' inline models (`createBatch_request`, `createTranscription_200_response`, …). Both
    // document the `file_search` objects (`properties` beside a `oneOf` of required-only branches) with
    // the models inside them: their vector stores and chunking strategies. speakeasy-python writes no page
    // for ChatCompletionRequestSystemMessageContentPart and …ToolMessageContentPart: each is a `oneOf` of
    // one `$ref`, so a `$ref`-only component, one class with its target (speakeasy-python/ref-aliases.ts).
    expect(["speakeasy-python", "openapi-generator-rust", "mkdocs-material", "typedoc-markdown", "reference"].map(pages)).toEqual([305, 180, 38, 91, 91]);
  });
});
