/**
 * Every real request body of test/fixtures/corpus/real through the generated validator. Each row gives
 * the verdict, the first error (instancePath + keyword) and why. Rejections come in two kinds:
 * - the body breaks a rule the canonical spec encodes on purpose (issue section 1, named in `rules`):
 *   after repairing exactly those rules, the body must reach OpenAI's own verdict;
 * - OpenAI's spec rejects it too (`openai` gives the error our validator reports where OpenAI's does,
 *   per SOURCES.md).
 * OpenAI's verdict in `openai` is not only transcribed: a validator compiled from OpenAI's own schemas
 * (test/support/openai-validator.ts) must give each body that verdict.
 */
import { describe, expect, it } from "vitest";
import { validateCreateChatCompletionRequest as validate } from "../../generated/index.js";
import { loadCorpus } from "../helpers.js";
import { openaiRequestValidator } from "../support/openai-validator.js";

type Json = Record<string, any>;

/** Section 1 rules that OpenAI states only in prose and the canonical spec encodes. */
const repairs = {
  /** logit_bias keys are token IDs (digits only). SDK tests send `{"foo": 0}`. */
  "logit_bias-token-ids": (body: Json) => {
    body.logit_bias = Object.fromEntries(Object.entries(body.logit_bias as Json).map(([, value], index) => [String(100 + index), value]));
  },
  /** stream_options requires stream: true. SDK "all params" tests send both with stream: false. */
  "stream_options-requires-stream": (body: Json) => {
    delete body.stream_options;
  },
  /** top_logprobs requires logprobs: true. */
  "top_logprobs-requires-logprobs": (body: Json) => {
    delete body.top_logprobs;
  },
  /** Function names match ^[a-zA-Z0-9_-]{1,64}$ (a placeholder such as "<string>" does not). */
  "function-name-pattern": (body: Json) => {
    for (const tool of body.tools ?? []) if (tool.function) tool.function.name = "fn";
    for (const fn of body.functions ?? []) fn.name = "fn";
  },
  /** modalities containing "audio" requires audio. */
  "audio-modality-requires-audio": (body: Json) => {
    body.audio = { voice: "alloy", format: "wav" };
  },
} as const;

type Rule = keyof typeof repairs;
type FirstError = readonly [instancePath: string, keyword: string];

interface Row {
  readonly file: string;
  /** null when the body is valid. */
  readonly first: FirstError | null;
  readonly rules: readonly Rule[];
  /** OpenAI's verdict: "valid", or the error its spec reports (SOURCES.md), found after our repairs. */
  readonly openai: "valid" | FirstError;
  readonly why: string;
}

const valid = (file: string, why: string): Row => ({ file, first: null, rules: [], openai: "valid", why });

const table: readonly Row[] = [
  valid("001-oai-spec-default.json", "developer + user messages"),
  valid("002-oai-spec-image-input.json", "image_url part; deprecated max_tokens is still accepted"),
  valid("003-oai-spec-streaming.json", "stream: true"),
  valid("004-oai-spec-functions-tools.json", "function tool + tool_choice auto"),
  valid("005-oai-spec-logprobs.json", "logprobs: true with top_logprobs"),
  valid("006-node-test-required-params.json", "minimal body"),
  {
    file: "007-node-test-all-params-current.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  valid("008-node-test-all-params-2023-06-v4beta.json", "extra function_call on a system message is tolerated"),
  {
    file: "009-node-test-all-params-2023-11-devday.json",
    first: ["/logit_bias", "pattern"],
    rules: ["logit_bias-token-ids"],
    openai: "valid",
    why: 'logit_bias key "foo" is not a token ID',
  },
  {
    file: "010-node-test-all-params-2024-06-service-tier.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  {
    file: "011-node-test-all-params-2024-10-audio.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  {
    file: "012-node-test-all-params-2024-12-o1.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  {
    file: "013-node-test-all-params-2025-03-web-search.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  {
    file: "014-node-test-all-params-2025-08-gpt5.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  {
    file: "015-node-test-all-params-2026-03-in-memory-typo.json",
    first: ["/prompt_cache_retention", "enum"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: ["/prompt_cache_retention", "enum"],
    why: '"in-memory" is not in [in_memory, 24h]; our rules are broken too',
  },
  valid("016-node-example-function-call.json", "deprecated functions array is still accepted"),
  valid("017-node-example-logprobs-stream.json", "stream + logprobs"),
  valid("018-node-example-demo-stream.json", "stream: true"),
  valid("019-node-runtools-second-turn.json", "assistant content null + tool_calls, tool result"),
  valid("020-node-runtools-named-tool-choice.json", "named tool_choice"),
  valid("021-node-runtools-parallel-false.json", "parallel_tool_calls: false"),
  valid("022-node-stream-custom-tool.json", "custom tool; function tool without parameters"),
  valid("023-node-stream-json-schema.json", "json_schema response format without strict"),
  {
    file: "024-py-test-all-params-current.json",
    first: ["/logit_bias", "pattern"],
    rules: ["stream_options-requires-stream", "logit_bias-token-ids"],
    openai: "valid",
    why: 'stream_options with stream: false; logit_bias key "foo"',
  },
  {
    file: "025-py-test-all-params-stream-current.json",
    first: ["/logit_bias", "pattern"],
    rules: ["logit_bias-token-ids"],
    openai: "valid",
    why: 'logit_bias key "foo"',
  },
  {
    file: "026-py-test-all-params-2023-11-v1.json",
    first: ["/logit_bias", "pattern"],
    rules: ["logit_bias-token-ids"],
    openai: "valid",
    why: 'logit_bias key "foo"',
  },
  valid("027-py-readme-developer-pirate.json", "model ids are free strings"),
  valid("028-oai-docs-audio-output.json", "modalities audio with audio"),
  {
    file: "029-openinference-input-audio.json",
    first: ["", "required"],
    rules: ["audio-modality-requires-audio"],
    openai: "valid",
    why: 'modalities contains "audio" but there is no audio parameter',
  },
  {
    file: "030-groq-sdk-all-params.json",
    first: ["/logit_bias", "pattern"],
    rules: ["logit_bias-token-ids"],
    openai: "valid",
    why: 'logit_bias key "foo"; Groq-only keys are tolerated',
  },
  {
    file: "031-groq-docs-api-reference.json",
    first: ["/tools/0/function/name", "pattern"],
    rules: ["top_logprobs-requires-logprobs", "function-name-pattern"],
    openai: "valid",
    why: 'top_logprobs: 10 with logprobs: false; function name "<string>"',
  },
  {
    file: "032-sambanova-sdk-all-params.json",
    first: ["/tools/0", "discriminator"],
    rules: ["stream_options-requires-stream"],
    openai: ["/tools/0", "discriminator"],
    why: 'tools[0].type "type" is neither function nor custom; our stream_options rule is broken too',
  },
  {
    file: "033-together-sdk-all-params.json",
    first: ["/response_format", "discriminator"],
    rules: [],
    openai: ["/response_format", "discriminator"],
    why: 'Together\'s schema differs: response_format type "json", logprobs: 0, string logit_bias values, tool type "tool_type"',
  },
  {
    file: "034-perplexity-sdk-all-params.json",
    first: ["/web_search_options/user_location", "required"],
    rules: [],
    openai: ["/web_search_options/user_location", "required"],
    why: "Perplexity's flat user_location lacks type and approximate",
  },
  valid("035-mistral-docs-default.json", "plain body"),
  valid("036-mistral-docs-assistant-prefix.json", "Mistral-only prefix on an assistant message is tolerated"),
  valid("037-mistral-docs-prediction.json", "prediction of type content"),
  valid("038-mistral-docs-json-schema-strict.json", "json_schema with strict: true"),
  valid("039-mistral-docs-safe-prompt.json", "Mistral-only safe_prompt is tolerated"),
  valid("040-vllm-docs-guided-choice.json", "vLLM-only guided_choice is tolerated"),
  valid("041-vllm-docs-text-content-parts.json", "array of text parts"),
  valid("042-vllm-docs-multi-image-uuid.json", "vLLM-only uuid on content parts is tolerated"),
  {
    file: "043-vllm-docs-video-url.json",
    first: ["/messages/0/content", "type"],
    rules: [],
    openai: ["/messages/0/content", "type"],
    why: "content is neither a string nor an array of known parts: video_url (reported at /messages/0/content/1 too)",
  },
  {
    file: "044-openrouter-docs-model-fallbacks.json",
    first: ["", "required"],
    rules: [],
    openai: ["", "required"],
    why: "no model (OpenRouter's models list replaces it)",
  },
  {
    file: "045-openrouter-docs-reasoning.json",
    first: ["/messages", "minItems"],
    rules: [],
    openai: ["/messages", "minItems"],
    why: "messages: [] (at least one message)",
  },
  valid("046-openrouter-issue-reasoning-effort-xhigh.json", "xhigh is in the reasoning_effort enum"),
  valid("047-litellm-docs-tag-routing.json", "LiteLLM-only tags are tolerated"),
  {
    file: "048-litellm-docs-spend-metadata-tags.json",
    first: ["/metadata/tags", "type"],
    rules: [],
    openai: ["/metadata/tags", "type"],
    why: "metadata values must be strings; LiteLLM sends an array",
  },
  valid("049-inworld-docs-reasoning-effort.json", "provider-prefixed model id"),
];

const corpus = loadCorpus();

function firstError(body: unknown): FirstError | null {
  if (validate(body)) return null;
  const error = validate.errors?.[0];
  return error === undefined ? ["?", "?"] : [error.instancePath, error.keyword];
}

describe("corpus of real request bodies", () => {
  it("has a row for every body and no row without a body", () => {
    expect(table.map((row) => row.file)).toEqual([...corpus.keys()]);
  });

  it("accepts 28 bodies and rejects 21", () => {
    expect(table.filter((row) => row.first === null)).toHaveLength(28);
    expect(table.filter((row) => row.first !== null)).toHaveLength(21);
  });

  it.each(table)("$file → $first ($why)", (row) => {
    const body = structuredClone(corpus.get(row.file));
    expect(firstError(body)).toEqual(row.first);
  });

  it("gives every body the verdict OpenAI's own schemas give it: 41 valid, 8 invalid", () => {
    const openai = openaiRequestValidator();
    const verdicts = table.map((row) => [row.file, openai(structuredClone(corpus.get(row.file))) ? "valid" : "invalid"]);
    expect(verdicts).toEqual(table.map((row) => [row.file, row.openai === "valid" ? "valid" : "invalid"]));
    expect(verdicts.filter(([, verdict]) => verdict === "valid")).toHaveLength(41);
  });

  it.each(table.filter((row) => row.rules.length > 0))("$file reaches OpenAI's verdict once rules $rules are repaired", (row) => {
    const body = structuredClone(corpus.get(row.file)) as Json;
    for (const rule of row.rules) repairs[rule](body);
    expect(firstError(body)).toEqual(row.openai === "valid" ? null : row.openai);
  });

  it("043 names the unknown content part by its own path", () => {
    expect(validate(corpus.get("043-vllm-docs-video-url.json"))).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: "/messages/0/content/1", keyword: "discriminator" }));
  });
});
