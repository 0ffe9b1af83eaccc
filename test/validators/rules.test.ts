/**
 * One or more invalid bodies per rule that the canonical spec encodes (issue #2, section 1), each
 * asserting the exact instancePath and keyword of the first error; plus the strict validator.
 */
import { describe, expect, it } from "vitest";
import {
  validateCreateChatCompletionRequest as validate,
  validateCreateChatCompletionRequestStrict as validateStrict,
  type CreateChatCompletionRequest,
} from "../../generated/index.js";

const base = (): Record<string, unknown> => ({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] });
const body = (extra: Record<string, unknown>) => ({ ...base(), ...extra });
const tool = (name: string) => ({ type: "function", function: { name } });

interface Case {
  readonly name: string;
  readonly body: unknown;
  readonly instancePath: string;
  readonly keyword: string;
  readonly params?: Record<string, unknown>;
  /** For anyOf unions the first error is the first branch's; the branch that fits reports this. */
  readonly branchError?: readonly [instancePath: string, keyword: string];
}

const invalid: readonly Case[] = [
  { name: "temperature above 2", body: body({ temperature: 2.5 }), instancePath: "/temperature", keyword: "maximum", params: { comparison: "<=", limit: 2 } },
  { name: "temperature below 0", body: body({ temperature: -0.1 }), instancePath: "/temperature", keyword: "minimum" },
  { name: "top_p above 1", body: body({ top_p: 1.01 }), instancePath: "/top_p", keyword: "maximum" },
  { name: "frequency_penalty below -2", body: body({ frequency_penalty: -2.5 }), instancePath: "/frequency_penalty", keyword: "minimum" },
  { name: "presence_penalty above 2", body: body({ presence_penalty: 3 }), instancePath: "/presence_penalty", keyword: "maximum" },
  { name: "n of 0", body: body({ n: 0 }), instancePath: "/n", keyword: "minimum" },
  { name: "n above 128", body: body({ n: 129 }), instancePath: "/n", keyword: "maximum" },
  { name: "n not an integer", body: body({ n: 1.5 }), instancePath: "/n", keyword: "type" },
  { name: "top_logprobs above 20", body: body({ logprobs: true, top_logprobs: 21 }), instancePath: "/top_logprobs", keyword: "maximum" },
  {
    name: "logit_bias key that is not a token ID",
    body: body({ logit_bias: { hello: 1 } }),
    instancePath: "/logit_bias",
    keyword: "pattern",
    params: { pattern: "^[0-9]+$" },
  },
  {
    name: "logit_bias float value",
    body: body({ logit_bias: { "50256": 0.5 } }),
    instancePath: "/logit_bias/50256",
    keyword: "type",
    params: { type: "integer" },
  },
  { name: "logit_bias value above 100", body: body({ logit_bias: { "50256": 101 } }), instancePath: "/logit_bias/50256", keyword: "maximum" },
  { name: "logit_bias value below -100", body: body({ logit_bias: { "50256": -101 } }), instancePath: "/logit_bias/50256", keyword: "minimum" },
  {
    name: "metadata with 17 pairs",
    body: body({ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, "v"])) }),
    instancePath: "/metadata",
    keyword: "maxProperties",
    params: { limit: 16 },
  },
  {
    name: "metadata key of 65 characters",
    body: body({ metadata: { ["k".repeat(65)]: "v" } }),
    instancePath: "/metadata",
    keyword: "maxLength",
    params: { limit: 64 },
  },
  {
    name: "metadata value of 513 characters",
    body: body({ metadata: { key: "v".repeat(513) } }),
    instancePath: "/metadata/key",
    keyword: "maxLength",
    params: { limit: 512 },
  },
  { name: "metadata value that is not a string", body: body({ metadata: { key: 1 } }), instancePath: "/metadata/key", keyword: "type" },
  { name: "stop with 5 strings", body: body({ stop: ["a", "b", "c", "d", "e"] }), instancePath: "/stop", keyword: "type", branchError: ["/stop", "maxItems"] },
  { name: "stop as an empty array", body: body({ stop: [] }), instancePath: "/stop", keyword: "type", branchError: ["/stop", "minItems"] },
  { name: "stop as a number", body: body({ stop: 5 }), instancePath: "/stop", keyword: "type" },
  {
    name: "129 tools",
    body: body({ tools: Array.from({ length: 129 }, (_, index) => tool(`f${index}`)) }),
    instancePath: "/tools",
    keyword: "maxItems",
    params: { limit: 128 },
  },
  {
    name: "function name with a space",
    body: body({ tools: [tool("get weather")] }),
    instancePath: "/tools/0/function/name",
    keyword: "pattern",
    params: { pattern: "^[a-zA-Z0-9_-]{1,64}$" },
  },
  { name: "function name of 65 characters", body: body({ tools: [tool("f".repeat(65))] }), instancePath: "/tools/0/function/name", keyword: "pattern" },
  {
    name: "json_schema name with a dot",
    body: body({ response_format: { type: "json_schema", json_schema: { name: "my.schema" } } }),
    instancePath: "/response_format/json_schema/name",
    keyword: "pattern",
  },
  { name: "top_logprobs without logprobs", body: body({ top_logprobs: 2 }), instancePath: "", keyword: "required", params: { missingProperty: "logprobs" } },
  {
    name: "top_logprobs with logprobs: false",
    body: body({ top_logprobs: 2, logprobs: false }),
    instancePath: "/logprobs",
    keyword: "const",
    params: { allowedValue: true },
  },
  {
    name: "stream_options without stream",
    body: body({ stream_options: { include_usage: true } }),
    instancePath: "",
    keyword: "required",
    params: { missingProperty: "stream" },
  },
  {
    name: "stream_options with stream: false",
    body: body({ stream: false, stream_options: { include_usage: true } }),
    instancePath: "/stream",
    keyword: "const",
  },
  {
    name: "audio modality without audio",
    body: body({ modalities: ["text", "audio"] }),
    instancePath: "",
    keyword: "required",
    params: { missingProperty: "audio" },
  },
  { name: "audio modality with audio: null", body: body({ modalities: ["audio"], audio: null }), instancePath: "/audio", keyword: "type" },
  { name: "no messages", body: body({ messages: [] }), instancePath: "/messages", keyword: "minItems", params: { limit: 1 } },
  { name: "no model", body: { messages: [{ role: "user", content: "Hi" }] }, instancePath: "", keyword: "required", params: { missingProperty: "model" } },
  {
    name: "unknown role",
    body: body({ messages: [{ role: "robot", content: "Hi" }] }),
    instancePath: "/messages/0",
    keyword: "discriminator",
    params: { error: "mapping", tag: "role", tagValue: "robot" },
  },
  {
    name: "message without role",
    body: body({ messages: [{ content: "Hi" }] }),
    instancePath: "/messages/0",
    keyword: "discriminator",
    params: { error: "tag", tag: "role", tagValue: undefined },
  },
  {
    name: "tool message without tool_call_id",
    body: body({ messages: [{ role: "tool", content: "42" }] }),
    instancePath: "/messages/0",
    keyword: "required",
    params: { missingProperty: "tool_call_id" },
  },
  {
    name: "function message without name",
    body: body({ messages: [{ role: "function", content: "42" }] }),
    instancePath: "/messages/0",
    keyword: "required",
    params: { missingProperty: "name" },
  },
  {
    name: "user message without content",
    body: body({ messages: [{ role: "user" }] }),
    instancePath: "/messages/0",
    keyword: "required",
    params: { missingProperty: "content" },
  },
  {
    name: "unknown content part type",
    body: body({ messages: [{ role: "user", content: [{ type: "video_url", video_url: { url: "x" } }] }] }),
    instancePath: "/messages/0/content",
    keyword: "type",
  },
  { name: "prompt_cache_retention typo", body: body({ prompt_cache_retention: "in-memory" }), instancePath: "/prompt_cache_retention", keyword: "enum" },
  { name: "service_tier unknown", body: body({ service_tier: "turbo" }), instancePath: "/service_tier", keyword: "enum" },
  { name: "tool type unknown", body: body({ tools: [{ type: "tool_type", function: { name: "f" } }] }), instancePath: "/tools/0", keyword: "discriminator" },
];

describe("rules encoded in the canonical spec", () => {
  it.each(invalid)("rejects $name at $instancePath ($keyword)", (testCase) => {
    expect(validate(testCase.body)).toBe(false);
    const first = validate.errors?.[0];
    expect(first?.instancePath).toBe(testCase.instancePath);
    expect(first?.keyword).toBe(testCase.keyword);
    if (testCase.params !== undefined) expect(first?.params).toEqual(testCase.params);
    if (testCase.branchError !== undefined) {
      const [instancePath, keyword] = testCase.branchError;
      expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath, keyword }));
    }
  });

  it.each([
    ["the minimal body", base()],
    ["temperature at both bounds", body({ temperature: 0, top_p: 1, frequency_penalty: -2, presence_penalty: 2, n: 128 })],
    ["nullable sampling fields set to null", body({ temperature: null, top_p: null, n: null, logit_bias: null, metadata: null, stop: null })],
    ["stop as one string", body({ stop: "\n" })],
    ["stop with 4 strings", body({ stop: ["a", "b", "c", "d"] })],
    ["logit_bias at ±100", body({ logit_bias: { "50256": -100, "198": 100 } })],
    [
      "metadata with 16 pairs at the length limits",
      body({ metadata: Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`${index}`.padEnd(64, "k"), "v".repeat(512)])) }),
    ],
    ["top_logprobs with logprobs: true", body({ logprobs: true, top_logprobs: 20 })],
    ["top_logprobs: null without logprobs", body({ top_logprobs: null })],
    ["stream_options with stream: true", body({ stream: true, stream_options: { include_usage: true } })],
    ["stream_options: null without stream", body({ stream_options: null })],
    ["audio modality with audio", body({ modalities: ["text", "audio"], audio: { voice: "alloy", format: "wav" } })],
    ["128 tools", body({ tools: Array.from({ length: 128 }, (_, index) => tool(`f_${index}`)) })],
    [
      "every role",
      body({
        messages: [
          { role: "developer", content: "Be brief." },
          { role: "system", content: [{ type: "text", text: "Be kind." }] },
          {
            role: "user",
            content: [
              { type: "text", text: "Weather?" },
              { type: "image_url", image_url: { url: "https://example.com/a.png" } },
            ],
          },
          { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
          { role: "tool", tool_call_id: "call_1", content: "Sunny" },
          { role: "function", name: "get_weather", content: "Sunny" },
        ],
      }),
    ],
    ["top_k, the provider extension", body({ top_k: 40 })],
    ["an unknown provider key", body({ safe_prompt: true })],
  ])("accepts %s", (_name, request) => {
    expect(validate(request)).toBe(true);
    expect(validate.errors).toBeNull();
  });
});

describe("strict validator", () => {
  it("rejects a misspelt top-level field and names it", () => {
    expect(validateStrict(body({ max_token: 10 }))).toBe(false);
    expect(validateStrict.errors?.[0]).toMatchObject({ instancePath: "", keyword: "unevaluatedProperties", params: { unevaluatedProperty: "max_token" } });
  });

  it("rejects an unknown key on a message, selected by role", () => {
    expect(validateStrict(body({ messages: [{ role: "system", content: "x", function_call: {} }] }))).toBe(false);
    expect(validateStrict.errors?.[0]).toMatchObject({
      instancePath: "/messages/0",
      keyword: "unevaluatedProperties",
      params: { unevaluatedProperty: "function_call" },
    });
  });

  it("rejects an unknown key on a nested object", () => {
    expect(validateStrict(body({ stream: true, stream_options: { include_usage: true, include_usages: true } }))).toBe(false);
    expect(validateStrict.errors?.[0]).toMatchObject({
      instancePath: "/stream_options",
      keyword: "unevaluatedProperties",
      params: { unevaluatedProperty: "include_usages" },
    });
  });

  it("keeps free-form objects and maps open", () => {
    const request = body({
      metadata: { any_key: "v" },
      logit_bias: { "50256": 1 },
      tools: [
        { type: "function", function: { name: "f", parameters: { type: "object", properties: { x: { type: "string" } }, additionalProperties: false } } },
      ],
      response_format: { type: "json_schema", json_schema: { name: "out", schema: { type: "object", anything: ["goes"] } } },
    });
    expect(validateStrict(request)).toBe(true);
  });

  it("applies every rule of the default validator", () => {
    expect(validateStrict(body({ temperature: 3 }))).toBe(false);
    expect(validateStrict.errors?.[0]).toMatchObject({ instancePath: "/temperature", keyword: "maximum" });
  });

  it("is a type guard", () => {
    const input: unknown = base();
    if (validateStrict(input)) {
      const request: CreateChatCompletionRequest = input;
      expect(request.model).toBe("gpt-4o");
    } else {
      expect.unreachable("the minimal body is valid");
    }
  });
});
