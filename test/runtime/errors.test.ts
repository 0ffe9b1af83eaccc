/**
 * Readable errors from the generated package: the exact line for at least one case of every
 * constraint keyword the spec uses, discriminated and plain unions folded to the real problem,
 * "did you mean" for unknown properties, parseCreateChatCompletionRequest, and every problem of a
 * body at once (the all-errors validators, loaded for invalid bodies only).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeErrors,
  formatErrors,
  parseCreateChatCompletionRequest,
  validateCreateChatCompletionRequest as validate,
  validateCreateChatCompletionRequestStrict as validateStrict,
} from "../../generated/index.js";
import { EVERY_PROBLEM_MAX_VALUES, MAX_PROBLEMS } from "../../generated/runtime/errors.js";
import { ROOT } from "../helpers.js";

const base = () => ({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] as unknown[] });
const body = (extra: Record<string, unknown>) => ({ ...base(), ...extra });

/** [case, body, the formatted lines, the keyword AJV reported]. */
const cases: readonly [string, unknown, string[], string][] = [
  ["maximum", body({ temperature: 3.5 }), ["/temperature: must be at most 2 (got 3.5)"], "maximum"],
  ["minimum", body({ n: 0 }), ["/n: must be at least 1 (got 0)"], "minimum"],
  ["type, nullable number", body({ temperature: "hot" }), ['/temperature: must be number or null (got "hot")'], "type"],
  ["type, integer", body({ max_completion_tokens: 1.5 }), ["/max_completion_tokens: must be integer or null (got 1.5)"], "type"],
  ["enum", body({ prompt_cache_retention: "in-memory" }), ['/prompt_cache_retention: must be one of "in_memory", "24h", null (got "in-memory")'], "enum"],
  [
    "required, by the role's schema",
    body({
      messages: [
        { role: "user", content: "a" },
        { role: "assistant", content: "b" },
        { role: "tool", content: "x" },
      ],
    }),
    ['/messages/2: a tool message requires "tool_call_id"'],
    "required",
  ],
  ["required, top level", { messages: base().messages }, ['(root): a create chat completion request requires "model"'], "required"],
  ["minItems", body({ messages: [] }), ["/messages: must have at least 1 item (got 0 items)"], "minItems"],
  ["maxItems", body({ stop: ["a", "b", "c", "d", "e"] }), ["/stop: must have at most 4 items (got 5 items)"], "maxItems"],
  ["maxLength", body({ safety_identifier: "x".repeat(65) }), ["/safety_identifier: must be at most 64 characters long (got 65 characters)"], "maxLength"],
  [
    "pattern",
    body({ tools: [{ type: "function", function: { name: "get weather" } }] }),
    ['/tools/0/function/name: must match the pattern ^[a-zA-Z0-9_-]{1,64}$ (got "get weather")'],
    "pattern",
  ],
  [
    "format",
    body({ messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "not a uri" } }] }] }),
    ['/messages/0/content/0/image_url/url: must be a valid uri (got "not a uri")'],
    "format",
  ],
  [
    "maxProperties",
    body({ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, "v"])) }),
    ["/metadata: must have at most 16 entries (got 17 entries)"],
    "maxProperties",
  ],
  ["propertyNames pattern", body({ logit_bias: { hello: 1 } }), ['/logit_bias: key "hello" must match the pattern ^[0-9]+$'], "pattern"],
  [
    "propertyNames maxLength",
    body({ metadata: { ["k".repeat(65)]: "v" } }),
    [`/metadata: key "${"k".repeat(65)}" must be at most 64 characters long`],
    "maxLength",
  ],
  ["const, cross-field rule", body({ top_logprobs: 2, logprobs: false }), ["/logprobs: top_logprobs requires logprobs: true (got false)"], "const"],
  ["required, cross-field rule", body({ stream_options: { include_usage: true } }), ["/stream: stream_options requires stream: true"], "required"],
  ["contains, cross-field rule", body({ modalities: ["text", "audio"] }), ['/audio: modalities containing "audio" requires audio'], "required"],
  [
    "discriminator, unknown tag",
    body({ messages: [{ role: "robot", content: "x" }] }),
    ['/messages/0/role: unknown role "robot"; expected one of "developer", "system", "user", "assistant", "tool", "function"'],
    "discriminator",
  ],
  [
    "discriminator, missing tag",
    body({ messages: [{ content: "x" }] }),
    ['/messages/0/role: "role" must be a string; expected one of "developer", "system", "user", "assistant", "tool", "function"'],
    "discriminator",
  ],
  ["anyOf, no branch's type matches", body({ stop: 5 }), ["/stop: must be a string, an array or null (got 5)"], "anyOf"],
  [
    "anyOf, an enum branch and an object branch",
    body({ tool_choice: "sometimes" }),
    ['/tool_choice: must be one of "none", "auto", "required" or an object (got "sometimes")'],
    "anyOf",
  ],
  ["anyOf, the branch that got further", body({ function_call: { nam: "f" } }), ['/function_call: a function call option requires "name"'], "required"],
  [
    "additionalProperties, a closed object",
    body({
      tools: [
        { type: "custom", custom: { name: "lookup", format: { type: "grammar", grammar: { definition: "start: WORD", syntax: "lark" }, strict: true } } },
      ],
    }),
    ['/tools/0/custom/format: unknown property "strict"'],
    "additionalProperties",
  ],
  [
    "anyOf, a closed object branch beside a union of strings",
    body({ modalities: ["text", "audio"], audio: { format: "wav", voice: { id: "voice_1234", name: "Narrator" } } }),
    ['/audio/voice: unknown property "name"'],
    "additionalProperties",
  ],
  [
    "anyOf, no branch's type matches, one branch a union itself",
    body({ modalities: ["text", "audio"], audio: { format: "wav", voice: 5 } }),
    ['/audio/voice: must be one of "alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar" or an object (got 5)'],
    "anyOf",
  ],
  [
    "anyOf around a discriminated part",
    body({ messages: [{ role: "user", content: [{ type: "video_url", video_url: {} }] }] }),
    ['/messages/0/content/0/type: unknown type "video_url"; expected one of "text", "image_url", "input_audio", "file"'],
    "discriminator",
  ],
];

describe("formatErrors", () => {
  it.each(cases)("%s", (_name, request, lines, keyword) => {
    expect(validate(request)).toBe(false);
    expect(formatErrors(validate.errors)).toEqual(lines);
    expect(describeErrors(validate.errors).map((problem) => problem.keyword)).toEqual([keyword]);
    // With the input, the all-errors validator runs too: one problem is still one line, the same.
    expect(formatErrors(validate.errors, request)).toEqual(lines);
  });

  it("covers every validation keyword the bundled schema uses", () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, "generated/schema.json"), "utf8"));
    const used = new Set<string>();
    const visit = (node: unknown, isMap: boolean): void => {
      if (Array.isArray(node)) for (const child of node) visit(child, false);
      else if (node !== null && typeof node === "object") {
        for (const [key, child] of Object.entries(node)) {
          if (!isMap) used.add(key);
          visit(child, !isMap && ["properties", "$defs", "dependentSchemas"].includes(key));
        }
      }
    };
    visit(schema, false);
    const annotations = [
      "$comment",
      "$schema",
      "$id",
      "$ref",
      "$defs",
      "title",
      "description",
      "default",
      "examples",
      "deprecated",
      "properties",
      "items",
      "additionalProperties",
      "allOf",
      "if",
      "then",
      "propertyName",
      "mapping",
      "x-chatspec-provider-extension",
    ];
    const validation = [...used].filter((key) => !annotations.includes(key)).sort();
    // Each keyword below has a row above (propertyNames through its pattern and maxLength rows;
    // contains, dependentSchemas (the cross-field rules, see json-schema.ts), oneOf and
    // discriminator through the cross-field and discriminator rows).
    expect(validation).toEqual([
      "anyOf",
      "const",
      "contains",
      "dependentSchemas",
      "discriminator",
      "enum",
      "format",
      "maxItems",
      "maxLength",
      "maxProperties",
      "maximum",
      "minItems",
      "minimum",
      "oneOf",
      "pattern",
      "propertyNames",
      "required",
      "type",
    ]);
  });

  it("reads instance paths as plain JSON pointers: a key with % or / is not percent-decoded", () => {
    const request = body({ metadata: { "50%": "x".repeat(513), "a/b~c": "v" } });
    expect(validate(request)).toBe(false);
    expect(describeErrors(validate.errors, request)).toEqual([
      { path: "/metadata/50%", param: "metadata.50%", message: "must be at most 512 characters long (got 513 characters)", keyword: "maxLength" },
    ]);
    const slashed = body({ metadata: { "a/b~c": "x".repeat(513) } });
    expect(validate(slashed)).toBe(false);
    expect(describeErrors(validate.errors, slashed)).toEqual([
      { path: "/metadata/a~1b~0c", param: "metadata.a/b~c", message: "must be at most 512 characters long (got 513 characters)", keyword: "maxLength" },
    ]);
  });

  it("quotes values from the input when the errors carry none", () => {
    expect(validate(body({ temperature: 3 }))).toBe(false);
    const withoutData = validate.errors?.map(({ data: _data, ...rest }) => rest);
    expect(formatErrors(withoutData)).toEqual(["/temperature: must be at most 2"]);
    expect(formatErrors(withoutData, body({ temperature: 3 }))).toEqual(["/temperature: must be at most 2 (got 3)"]);
  });
});

describe("unknown properties with the strict validator", () => {
  it.each([
    [body({ max_token: 10 }), '(root): unknown property "max_token"; did you mean "max_tokens"?', "max_token"],
    [body({ Messages: [] }), '(root): unknown property "Messages"; did you mean "messages"?', "Messages"],
    [body({ messages: [{ role: "system", content: "x", nmae: "a" }] }), '/messages/0: unknown property "nmae"; did you mean "name"?', "messages[0].nmae"],
    [
      body({ stream: true, stream_options: { include_usages: true } }),
      '/stream_options: unknown property "include_usages"; did you mean "include_usage"?',
      "stream_options.include_usages",
    ],
    [body({ zzz: 1 }), '(root): unknown property "zzz"', "zzz"],
  ])("%j", (request, line, param) => {
    expect(validateStrict(request)).toBe(false);
    expect(formatErrors(validateStrict.errors)).toEqual([line]);
    expect(describeErrors(validateStrict.errors)[0]?.param).toBe(param);
  });
});

describe("parseCreateChatCompletionRequest", () => {
  it("returns the value when valid", () => {
    const input = body({ temperature: 0.2 });
    expect(parseCreateChatCompletionRequest(input)).toEqual({ ok: true, value: input });
  });

  it("returns path, param, message and keyword for each problem", () => {
    expect(parseCreateChatCompletionRequest(body({ messages: [{ role: "tool", content: "x" }] }))).toEqual({
      ok: false,
      errors: [{ path: "/messages/0", param: "messages[0].tool_call_id", message: 'a tool message requires "tool_call_id"', keyword: "required" }],
    });
  });

  it("applies the strict validator on request", () => {
    expect(parseCreateChatCompletionRequest(body({ max_token: 1 })).ok).toBe(true);
    expect(parseCreateChatCompletionRequest(body({ max_token: 1 }), { strict: true })).toEqual({
      ok: false,
      errors: [{ path: "", param: "max_token", message: 'unknown property "max_token"; did you mean "max_tokens"?', keyword: "unevaluatedProperties" }],
    });
  });
});

describe("every problem of a body", () => {
  const issueExample = body({ n: 0, logit_bias: { "12": 500 } });
  const issueProblems = [
    { path: "/logit_bias/12", param: "logit_bias[12]", message: "must be at most 100 (got 500)", keyword: "maximum" },
    { path: "/n", param: "n", message: "must be at least 1 (got 0)", keyword: "minimum" },
  ];

  it("parse reports both problems of the issue's example, in the order of the schema's properties", () => {
    expect(parseCreateChatCompletionRequest(issueExample)).toEqual({ ok: false, errors: issueProblems });
    // The order is the schema's (logit_bias comes before n in the spec), not the body's keys'.
    expect(parseCreateChatCompletionRequest({ logit_bias: { "12": 500 }, n: 0, ...base() })).toEqual({ ok: false, errors: issueProblems });
    expect(parseCreateChatCompletionRequest(issueExample, { strict: true })).toEqual({ ok: false, errors: issueProblems });
  });

  it("describeErrors and formatErrors report every problem when given the input", () => {
    expect(validate(issueExample)).toBe(false);
    expect(describeErrors(validate.errors)).toEqual([issueProblems[0]]);
    expect(describeErrors(validate.errors, issueExample)).toEqual(issueProblems);
    expect(formatErrors(validate.errors, issueExample)).toEqual(["/logit_bias/12: must be at most 100 (got 500)", "/n: must be at least 1 (got 0)"]);
    // Errors it cannot tell the validator of (a copy) are described as they are.
    expect(describeErrors([...(validate.errors ?? [])], issueExample)).toEqual([issueProblems[0]]);
  });

  it("reports unknown properties and other problems together with the strict validator", () => {
    const request = body({ max_token: 1, temperature: 3, messages: [{ role: "system", content: "x", nmae: "a" }] });
    expect(validateStrict(request)).toBe(false);
    expect(formatErrors(validateStrict.errors, request)).toEqual([
      '/messages/0: unknown property "nmae"; did you mean "name"?',
      "/temperature: must be at most 2 (got 3)",
      '(root): unknown property "max_token"; did you mean "max_tokens"?',
    ]);
    // The default validator allows unknown properties: its all-errors twin reports the rest.
    expect(parseCreateChatCompletionRequest(request)).toEqual({
      ok: false,
      errors: [{ path: "/temperature", param: "temperature", message: "must be at most 2 (got 3)", keyword: "maximum" }],
    });
  });

  it("reports each item of a union's branch, without the other branch's type mismatch", () => {
    expect(parseCreateChatCompletionRequest(body({ messages: [{ role: "user", content: [{ type: "video_url", video_url: {} }, { type: "text" }] }] }))).toEqual(
      {
        ok: false,
        errors: [
          {
            path: "/messages/0/content/0/type",
            param: "messages[0].content[0].type",
            message: 'unknown type "video_url"; expected one of "text", "image_url", "input_audio", "file"',
            keyword: "discriminator",
          },
          { path: "/messages/0/content/1", param: "messages[0].content[1].text", message: 'a text content part requires "text"', keyword: "required" },
        ],
      },
    );
  });

  it("gives the same problems in the same order every time", () => {
    const request = body({ n: 0, temperature: 3, stop: 5, tool_choice: "sometimes", messages: [{ role: "tool", content: "x" }, { role: "robot" }] });
    const first = parseCreateChatCompletionRequest(request);
    expect(first.ok === false && first.errors.map((problem) => problem.param)).toEqual([
      "messages[0].tool_call_id",
      "messages[1].role",
      "temperature",
      "stop",
      "n",
      "tool_choice",
    ]);
    for (let run = 0; run < 3; run++) expect(parseCreateChatCompletionRequest(structuredClone(request))).toEqual(first);
  });

  it(`lists at most ${MAX_PROBLEMS} problems`, () => {
    const request = { model: "m", messages: Array.from({ length: 150 }, () => ({ role: "tool", content: "x" })) };
    const result = parseCreateChatCompletionRequest(request);
    expect(result.ok === false && result.errors.map((problem) => problem.param)).toEqual(
      Array.from({ length: MAX_PROBLEMS }, (_, index) => `messages[${index}].tool_call_id`),
    );
  });

  it(`validates a body of more than ${EVERY_PROBLEM_MAX_VALUES} values again only up to that size: a larger one keeps its first problem`, () => {
    const withMessages = (count: number) => ({
      model: "m",
      messages: Array.from({ length: count }, () => ({ role: "user", content: "x" })),
      n: 0,
      temperature: 3,
    });
    // Each message is three values (the object, its role and its content).
    const small = parseCreateChatCompletionRequest(withMessages(3000));
    expect(small.ok === false && small.errors.map((problem) => problem.param)).toEqual(["temperature", "n"]);
    const large = parseCreateChatCompletionRequest(withMessages(Math.ceil(EVERY_PROBLEM_MAX_VALUES / 3)));
    expect(large.ok === false && large.errors.map((problem) => problem.param)).toEqual(["temperature"]);
  });
});
