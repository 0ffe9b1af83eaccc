/**
 * Type-level compatibility between chatspec's generated `CreateChatCompletionRequest` and the
 * official `openai` Node SDK (7.57.0), whose types are the reference. This file is checked by tsc
 * twice: by the repository's `tsc -p tsconfig.json --noEmit` (it is under `test/`), and by
 * `openai-compat.test.ts`, which type-checks it alone, then blanks every `@ts-expect-error` line and
 * requires exactly one error under each, so no directive can go stale or hide a different error.
 *
 * Every deliberate difference is listed in `DIFFERENCES` and cited by id (`[id]`) in the directive
 * that expresses it. `kind: "type"` differences are errors here; `kind: "runtime"` differences are
 * invisible to both type systems (the types are identical) and are proven by the validator in the
 * test, using the `runtimeOnly` bodies below, which type-check against both sides.
 *
 * Equivalent but spelled differently (not differences): `model` is `(string & {}) | ChatModel` in
 * the SDK (for autocompletion) and `string` here; `audio.voice` is `string | 'alloy' | …` on both
 * sides; `reasoning_effort` folds `null` into the SDK's `ReasoningEffort` alias and into the field
 * here; `metadata` folds `null` into our `Metadata` alias and into the field in the SDK.
 */
import type OpenAI from "openai";
import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartImage,
  ChatCompletionContentPartText,
  ChatCompletionCreateParamsBase,
  ChatCompletionMessageParam,
  ChatCompletionUserMessageParam,
} from "openai/resources/chat/completions";
import type {
  ChatCompletionRequestMessageContentPartImage,
  ChatCompletionRequestUserMessage,
  CreateChatCompletionRequest,
  PromptCacheBreakpointParam,
} from "../../generated/index.js";

/** Whether every value of `A` is a value of `B` (no distribution over unions). */
export type Assignable<A, B> = [A] extends [B] ? true : false;
/** Assignable both ways: the same set of values, however spelled. */
export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Exact type identity (stricter than mutual assignability; used for key sets and literal unions). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Ours = CreateChatCompletionRequest;
type OursWithoutExtensions = Omit<Ours, "top_k">;
/** The SDK's request without the streaming split: `stream?: boolean | null`. */
type Theirs = ChatCompletionCreateParamsBase;

// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is the test for an optional key
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];
type SharedKey = keyof Theirs & keyof Ours;
/** Shared top-level fields whose value sets differ in either direction. */
type DifferingFields = { [K in SharedKey]-?: MutuallyAssignable<Theirs[K], Ours[K]> extends true ? never : K }[SharedKey];

/** One deliberate difference between the SDK's request type and ours. */
export interface Difference {
  readonly id: string;
  /** "type": an error in this file (cited by a directive); "runtime": same types, the validator differs. */
  readonly kind: "type" | "runtime";
  readonly field: string;
  readonly theirs: string;
  readonly ours: string;
  readonly why: string;
}

export const DIFFERENCES = [
  {
    id: "top_k",
    kind: "type",
    field: "top_k",
    theirs: "absent (an object literal with top_k is an excess-property error)",
    ours: "top_k?: number (schema: integer)",
    why: "The one provider extension (`x-chatspec-provider-extension: true`): not part of OpenAI's API, so it can only exist on our side. Omit<…, 'top_k'> of ours is assignable to the SDK type.",
  },
  {
    id: "image-detail-original",
    kind: "type",
    field: "messages[].content[].image_url.detail (user image part)",
    theirs: "'auto' | 'low' | 'high' | 'original'",
    ours: "'auto' | 'low' | 'high'",
    why: "The SDK is ahead of OpenAI's published OpenAPI spec (2.3.0, test/fixtures/reference/openai-openapi.yaml): its ChatCompletionRequestMessageContentPartImage lists auto/low/high only; `original` appears there only in other APIs' detail enums (ImageDetail, DetailEnum and their Beta twins), never in Chat Completions. chatspec reproduces the published spec, so the validator rejects `original` too. This is the only reason the SDK request type is not assignable to ours.",
  },
  {
    id: "breakpoint-ttl",
    kind: "type",
    field: "messages[].content[].prompt_cache_breakpoint.ttl (every content part)",
    theirs: "ttl?: '30m' | '12h'",
    ours: "absent: PromptCacheBreakpointParam is { mode: 'explicit' }",
    why: "SDK-only field: the published spec's PromptCacheBreakpointParam has only `mode` (and `12h` appears nowhere in it) and says the breakpoint inherits its TTL from `prompt_cache_options.ttl`. Structural typing lets an SDK-typed value with ttl through (an optional extra key), so only fresh literals fail; at runtime the lenient validator tolerates the unknown key and the strict one rejects it.",
  },
  {
    id: "stream-split",
    kind: "type",
    field: "stream",
    theirs: "two types: NonStreaming { stream?: false | null }, Streaming { stream: true }",
    ours: "one type: stream?: boolean | null",
    why: "The SDK splits the params only to overload the return type of create() (Stream vs ChatCompletion); the wire schema has one request. Ours is assignable to the union OpenAI.ChatCompletionCreateParams, not to either half alone.",
  },
  {
    id: "logit_bias-keys",
    kind: "runtime",
    field: "logit_bias",
    theirs: "{ [key: string]: number } | null, any key",
    ours: "same type; schema: propertyNames ^[0-9]+$, integer values -100..100",
    why: "OpenAI's prose says keys are token IDs; the SDK's own all-params test sends { foo: 0 }. TypeScript cannot express digit-only keys usefully, so ours is stricter only in the validator.",
  },
  {
    id: "stream_options-requires-stream",
    kind: "runtime",
    field: "stream_options",
    theirs: "allowed with stream false/absent",
    ours: "same type; schema: if stream_options then stream: true",
    why: "Prose rule ('Only set this when you set stream: true') encoded as if/then; a cross-field rule is not in either type.",
  },
  {
    id: "top_logprobs-requires-logprobs",
    kind: "runtime",
    field: "top_logprobs",
    theirs: "allowed without logprobs",
    ours: "same type; schema: if top_logprobs then logprobs: true",
    why: "Prose rule ('logprobs must be set to true if this parameter is used') encoded as if/then.",
  },
  {
    id: "audio-modality-requires-audio",
    kind: "runtime",
    field: "modalities / audio",
    theirs: "modalities ['audio'] allowed without audio",
    ours: "same types; schema: if modalities contains 'audio' then audio is required",
    why: "Prose rule ('Required when audio output is requested with modalities: [\"audio\"]') encoded as if/then.",
  },
] as const satisfies readonly Difference[];

// ---------------------------------------------------------------------------------------------
// Field sets: the same fields, the same optional fields and the same nullable fields, except top_k.

export const keysOnlyOurs: Equal<Exclude<keyof Ours, keyof Theirs>, "top_k"> = true;
export const keysOnlyTheirs: Equal<Exclude<keyof Theirs, keyof Ours>, never> = true;
export const requiredKeysAgree: Equal<Exclude<keyof Ours, OptionalKeys<Ours>>, Exclude<keyof Theirs, OptionalKeys<Theirs>>> = true;
export const requiredKeys: Equal<Exclude<keyof Ours, OptionalKeys<Ours>>, "messages" | "model"> = true;
export const optionalKeysAgree: Equal<Exclude<OptionalKeys<Ours>, "top_k">, OptionalKeys<Theirs>> = true;
/** No nullability difference on any top-level field. */
export const nullableKeysAgree: Equal<NullableKeys<Ours>, NullableKeys<Theirs>> = true;
export const nullableKeys: Equal<
  NullableKeys<Ours>,
  | "metadata"
  | "temperature"
  | "top_p"
  | "top_logprobs"
  | "safety_identifier"
  | "prompt_cache_key"
  | "prompt_cache_retention"
  | "service_tier"
  | "modalities"
  | "verbosity"
  | "reasoning_effort"
  | "max_completion_tokens"
  | "frequency_penalty"
  | "presence_penalty"
  | "audio"
  | "store"
  | "moderation"
  | "stream"
  | "stop"
  | "logit_bias"
  | "logprobs"
  | "max_tokens"
  | "n"
  | "prediction"
  | "seed"
  | "stream_options"
> = true;
/** Every shared field has the same values both ways, except messages ([image-detail-original]). */
export const onlyMessagesDiffer: Equal<DifferingFields, "messages"> = true;

// ---------------------------------------------------------------------------------------------
// Whole types.

/** Reverse direction: ours without the provider extension is a valid SDK request. */
export const oursToTheirsBase: Assignable<OursWithoutExtensions, Theirs> = true;
export const oursToTheirsUnion: Assignable<OursWithoutExtensions, OpenAI.ChatCompletionCreateParams> = true;
export const oursStreamingToTheirs: Assignable<OursWithoutExtensions & { stream: true }, OpenAI.ChatCompletionCreateParamsStreaming> = true;
export const oursNonStreamingToTheirs: Assignable<OursWithoutExtensions & { stream?: false | null }, OpenAI.ChatCompletionCreateParamsNonStreaming> = true;
// @ts-expect-error [stream-split] our single type allows stream: true, the non-streaming half does not
export const oursToTheirsNonStreaming: Assignable<OursWithoutExtensions, OpenAI.ChatCompletionCreateParamsNonStreaming> = true;
// @ts-expect-error [stream-split] our single type allows stream to be absent, the streaming half does not
export const oursToTheirsStreaming: Assignable<OursWithoutExtensions, OpenAI.ChatCompletionCreateParamsStreaming> = true;

// @ts-expect-error [image-detail-original] the SDK's request type is not assignable to ours as a whole
export const theirsToOurs: Assignable<OpenAI.ChatCompletionCreateParams, Ours> = true;
// @ts-expect-error [image-detail-original] nor is either streaming half
export const theirsStreamingToOurs: Assignable<OpenAI.ChatCompletionCreateParamsStreaming, Ours> = true;
// @ts-expect-error [image-detail-original] the difference sits in messages
export const theirsMessagesToOurs: Assignable<Theirs["messages"], Ours["messages"]> = true;
export const oursMessagesToTheirs: Assignable<Ours["messages"], Theirs["messages"]> = true;

/** The SDK's types with `detail: "original"` taken out: then every SDK request is one of ours. */
type ImageUrlSpecOnly = Omit<ChatCompletionContentPartImage.ImageURL, "detail"> & {
  detail?: Exclude<ChatCompletionContentPartImage.ImageURL["detail"], "original">;
};
type ImagePartSpecOnly = Omit<ChatCompletionContentPartImage, "image_url"> & { image_url: ImageUrlSpecOnly };
type UserMessageSpecOnly = Omit<ChatCompletionUserMessageParam, "content"> & {
  content: string | Array<Exclude<ChatCompletionContentPart, ChatCompletionContentPartImage> | ImagePartSpecOnly>;
};
type MessageSpecOnly = Exclude<ChatCompletionMessageParam, ChatCompletionUserMessageParam> | UserMessageSpecOnly;
export const theirsSpecOnlyToOurs: Assignable<Omit<Theirs, "messages"> & { messages: MessageSpecOnly[] }, Ours> = true;
export const theirsSpecOnlyUserMessage: Assignable<UserMessageSpecOnly, ChatCompletionRequestUserMessage> = true;
export const theirsDetail: Equal<Exclude<ChatCompletionContentPartImage.ImageURL["detail"], undefined>, "auto" | "low" | "high" | "original"> = true;
export const oursDetail: Equal<Exclude<ChatCompletionRequestMessageContentPartImage["image_url"]["detail"], undefined>, "auto" | "low" | "high"> = true;
export const originalDetailPart: ChatCompletionRequestMessageContentPartImage = {
  type: "image_url",
  // @ts-expect-error [image-detail-original] a literal image part with detail "original" is rejected by our type
  image_url: { url: "https://example.com/a.png", detail: "original" },
};

// ---------------------------------------------------------------------------------------------
// Prompt-cache breakpoint: the SDK adds `ttl`.

type TheirsBreakpoint = ChatCompletionContentPartText.PromptCacheBreakpoint;
export const breakpointKeysOnlyTheirs: Equal<Exclude<keyof TheirsBreakpoint, keyof PromptCacheBreakpointParam>, "ttl"> = true;
export const breakpointKeysOnlyOurs: Equal<Exclude<keyof PromptCacheBreakpointParam, keyof TheirsBreakpoint>, never> = true;
/** Structural typing: an SDK-typed breakpoint (ttl and all) still passes as ours; only literals are caught. */
export const breakpointTheirsToOurs: Assignable<TheirsBreakpoint, PromptCacheBreakpointParam> = true;
// @ts-expect-error [breakpoint-ttl] ttl is not a property of our breakpoint
export const breakpointWithTtl: PromptCacheBreakpointParam = { mode: "explicit", ttl: "12h" };

// ---------------------------------------------------------------------------------------------
// top_k: ours only.

export const topKType: Equal<Ours["top_k"], number | undefined> = true;
// @ts-expect-error [top_k] the SDK has no top_k
export const topKInTheirs: Assignable<"top_k", keyof Theirs> = true;
// @ts-expect-error [top_k] an SDK-typed literal cannot carry top_k
export const theirsWithTopK: OpenAI.ChatCompletionCreateParams = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], top_k: 40 };
export const oursWithTopK: Ours = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], top_k: 40 };

// ---------------------------------------------------------------------------------------------
// Runtime-only differences: the field types are identical, so these only show in the validator.

export const logitBiasSameType: MutuallyAssignable<Theirs["logit_bias"], Ours["logit_bias"]> = true;
export const logitBiasType: MutuallyAssignable<Ours["logit_bias"], Record<string, number> | null | undefined> = true;
export const streamOptionsSameType: MutuallyAssignable<Theirs["stream_options"], Ours["stream_options"]> = true;
export const topLogprobsSameType: MutuallyAssignable<Theirs["top_logprobs"], Ours["top_logprobs"]> = true;
export const modalitiesSameType: MutuallyAssignable<Theirs["modalities"], Ours["modalities"]> = true;
export const audioSameType: MutuallyAssignable<Theirs["audio"], Ours["audio"]> = true;

type RuntimeDifferenceId = Extract<(typeof DIFFERENCES)[number], { kind: "runtime" }>["id"];

const hi = [{ role: "user", content: "Hi" }] satisfies ChatCompletionMessageParam[];

/** SDK-typed bodies that both type systems accept and our validator rejects, one per runtime difference. */
export const runtimeOnly = {
  "logit_bias-keys": { model: "gpt-4o", messages: hi, logit_bias: { foo: 0 } },
  "stream_options-requires-stream": { model: "gpt-4o", messages: hi, stream: false, stream_options: { include_usage: true } },
  "top_logprobs-requires-logprobs": { model: "gpt-4o", messages: hi, top_logprobs: 2 },
  "audio-modality-requires-audio": { model: "gpt-4o-audio-preview", messages: hi, modalities: ["text", "audio"] },
} satisfies Record<RuntimeDifferenceId, OpenAI.ChatCompletionCreateParams>;
export const runtimeOnlyAsOurs: Record<keyof typeof runtimeOnly, Ours> = runtimeOnly;

/** SDK-typed bodies that carry the SDK-only values; they are not assignable to ours (see directives above). */
export const sdkOnly = {
  "image-detail-original": {
    model: "gpt-4o",
    messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/a.png", detail: "original" } }] }],
  },
  "breakpoint-ttl": {
    model: "gpt-4o",
    messages: [{ role: "user", content: [{ type: "text", text: "Hi", prompt_cache_breakpoint: { mode: "explicit", ttl: "12h" } }] }],
  },
} satisfies Record<string, OpenAI.ChatCompletionCreateParams>;
// @ts-expect-error [image-detail-original] an SDK body with detail "original" is not a request of ours
export const sdkOnlyDetailAsOurs: Ours = sdkOnly["image-detail-original"];
/** The ttl body is typed from a literal, so ttl is a known optional key of the inferred type: structurally fine. */
export const sdkOnlyTtlAsOurs: Ours = sdkOnly["breakpoint-ttl"];

// ---------------------------------------------------------------------------------------------
// SDK-typed requests that must be ours too. Each is also validated at runtime by the test.
//
// The bodies are checked against the SDK types with `satisfies`, which keeps each literal's own
// type, and then assigned to ours. A variable *declared* with an SDK type cannot be assigned to ours
// at all, because the declared type admits detail "original" in any user message
// ([image-detail-original]; see `declaredAsOurs`).

/**
 * Every parameter the SDK type has, mirroring the SDK's own all-params test
 * (test/fixtures/corpus/real/007-node-test-all-params-current.json) with the two values our spec
 * rejects on purpose fixed: logit_bias keys are token IDs ([logit_bias-keys]) and stream is true
 * because stream_options is set ([stream_options-requires-stream]).
 */
export const allParams = {
  messages: [{ content: "string", role: "developer", name: "name" }],
  model: "gpt-5.4",
  audio: { format: "wav", voice: "alloy" },
  frequency_penalty: -2,
  function_call: "none",
  functions: [{ name: "name", description: "description", parameters: { foo: "bar" } }],
  logit_bias: { "50256": 0 },
  logprobs: true,
  max_completion_tokens: 0,
  max_tokens: 0,
  metadata: { foo: "string" },
  modalities: ["text"],
  moderation: { model: "model", policy: { input: { mode: "score" }, output: { mode: "score" } } },
  n: 1,
  parallel_tool_calls: true,
  prediction: { content: "string", type: "content" },
  presence_penalty: -2,
  prompt_cache_key: "prompt-cache-key-1234",
  prompt_cache_options: { mode: "implicit", ttl: "30m" },
  prompt_cache_retention: "in_memory",
  reasoning_effort: "none",
  response_format: { type: "text" },
  safety_identifier: "safety-identifier-1234",
  seed: -9007199254740991,
  service_tier: "auto",
  stop: "\n",
  store: true,
  stream: true,
  stream_options: { include_obfuscation: true, include_usage: true },
  temperature: 1,
  tool_choice: "none",
  tools: [{ function: { name: "name", description: "description", parameters: { foo: "bar" }, strict: true }, type: "function" }],
  top_logprobs: 0,
  top_p: 1,
  user: "user-1234",
  verbosity: "low",
  web_search_options: {
    search_context_size: "low",
    user_location: { approximate: { city: "city", country: "country", region: "region", timezone: "timezone" }, type: "approximate" },
  },
} satisfies OpenAI.ChatCompletionCreateParamsStreaming;
/** The body sets every parameter of the SDK type, no more and no fewer. */
export const allParamsCoversTheirs: Equal<keyof typeof allParams, keyof Theirs> = true;
export const allParamsAsOurs: Ours = allParams;
export const allParamsDeclared: OpenAI.ChatCompletionCreateParamsStreaming = allParams;
// @ts-expect-error [image-detail-original] the same body, once declared with the SDK type, is not assignable to ours
export const declaredAsOurs: Ours = allParamsDeclared;

export const streaming = {
  model: "gpt-4o",
  messages: [
    { role: "system", content: [{ type: "text", text: "Be brief." }] },
    { role: "user", content: "Count to three." },
  ],
  stream: true,
  stream_options: { include_usage: true, include_obfuscation: false },
} satisfies OpenAI.ChatCompletionCreateParamsStreaming;
export const streamingAsOurs: Ours = streaming;

export const nonStreaming = {
  model: "gpt-4o",
  messages: [{ role: "user", content: "Reply in JSON." }],
  stream: false,
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "answer",
      description: "An answer",
      strict: true,
      schema: { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false },
    },
  },
  logprobs: true,
  top_logprobs: 3,
  logit_bias: { "1": 100, "2": -100 },
} satisfies OpenAI.ChatCompletionCreateParamsNonStreaming;
export const nonStreamingAsOurs: Ours = nonStreaming;

export const tools = {
  model: "gpt-5",
  messages: [
    { role: "developer", content: "Use the tools." },
    { role: "user", content: [{ type: "text", text: "Weather in Paris, then grep the log.", prompt_cache_breakpoint: { mode: "explicit" } }] },
    {
      role: "assistant",
      content: null,
      refusal: null,
      tool_calls: [
        { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
        { id: "call_2", type: "custom", custom: { name: "grep", input: "error" } },
      ],
    },
    { role: "tool", tool_call_id: "call_1", content: [{ type: "text", text: "18°C" }] },
    { role: "tool", tool_call_id: "call_2", content: "no match" },
  ],
  tools: [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "Current weather",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        strict: true,
      },
    },
    { type: "custom", custom: { name: "grep", description: "Search the log", format: { type: "text" } } },
    { type: "custom", custom: { name: "sql", format: { type: "grammar", grammar: { syntax: "lark", definition: 'start: "SELECT"' } } } },
  ],
  tool_choice: {
    type: "allowed_tools",
    allowed_tools: {
      mode: "auto",
      tools: [
        { type: "function", function: { name: "get_weather" } },
        { type: "custom", custom: { name: "grep" } },
      ],
    },
  },
  parallel_tool_calls: false,
} satisfies OpenAI.ChatCompletionCreateParams;
export const toolsAsOurs: Ours = tools;

export const toolChoices = [
  {
    model: "gpt-5",
    messages: hi,
    tools: [{ type: "function", function: { name: "f" } }],
    tool_choice: { type: "function", function: { name: "f" } },
  } satisfies OpenAI.ChatCompletionCreateParams,
  {
    model: "gpt-5",
    messages: hi,
    tools: [{ type: "custom", custom: { name: "c" } }],
    tool_choice: { type: "custom", custom: { name: "c" } },
  } satisfies OpenAI.ChatCompletionCreateParams,
  { model: "gpt-5", messages: hi, tools: [{ type: "function", function: { name: "f" } }], tool_choice: "required" } satisfies OpenAI.ChatCompletionCreateParams,
  {
    model: "gpt-4",
    messages: [...hi, { role: "function", name: "f", content: null }],
    functions: [{ name: "f" }],
    function_call: { name: "f" },
  } satisfies OpenAI.ChatCompletionCreateParams,
];
export const toolChoicesAsOurs: Ours[] = toolChoices;

export const audio = {
  model: "gpt-4o-audio-preview",
  modalities: ["text", "audio"],
  audio: { voice: { id: "voice_123" }, format: "mp3" },
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "What is said here, and what is in this file and image?" },
        { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } },
        { type: "file", file: { filename: "a.pdf", file_data: "data:application/pdf;base64,JVBERg==" } },
        { type: "image_url", image_url: { url: "https://example.com/a.png", detail: "high" } },
      ],
    },
    { role: "assistant", audio: { id: "audio_1" } },
    { role: "user", content: "Again, in the voice alloy." },
  ],
} satisfies OpenAI.ChatCompletionCreateParams;
export const audioAsOurs: Ours = audio;
