/**
 * The five seeds, read as they are (defects included), against the canonical spec. Each test pins
 * the findings a maintainer of that SDK would recognise as true, as whole findings, and then the
 * complete report in short form, so nothing false can slip in unnoticed.
 */
import { describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/index.js";
import { FIXTURES } from "../helpers.js";
import path from "node:path";
import { auditSeed, brief, loadDriftSpec, seed } from "./support.js";

const REQUEST = "/components/schemas/CreateChatCompletionRequest";

describe("seed 000 (Speakeasy Python, r9s)", () => {
  it("is read as speakeasy-python and mapped to the request schema its title does not name by its field names", async () => {
    const audit = await auditSeed("000");
    expect(audit.flavor).toBe("speakeasy-python");
    expect(audit.detected).toBe(true);
    expect(audit.schemas).toEqual(["CreateChatCompletionRequest"]);
    expect(audit.note).toBe("mapped to CreateChatCompletionRequest by its field names (28 of 28)");
  });

  it("finds logit_bias typed as float values, unmarked deprecations and a partial enum in prose", async () => {
    const { findings } = await auditSeed("000");
    const file = seed("000").file;
    expect(findings).toContainEqual({
      file,
      line: 11,
      column: 103,
      pointer: `${REQUEST}/properties/logit_bias`,
      severity: "error",
      field: "logit_bias",
      code: "drift/type-mismatch",
      message: "`logit_bias` is documented as `Dict[str, *float*]`: map values: documented as float, wider than the spec's integer",
    });
    for (const [line, field] of [
      [14, "max_tokens"],
      [20, "seed"],
      [31, "user"],
    ] as const) {
      expect(findings).toContainEqual({
        file,
        line,
        column: 3,
        pointer: `${REQUEST}/properties/${field}`,
        severity: "warning",
        field,
        code: "drift/deprecated-not-marked",
        message: `\`${field}\` is deprecated in the spec, but the doc does not mark it deprecated`,
      });
    }
    expect(findings).toContainEqual({
      file,
      line: 32,
      column: 347,
      pointer: `${REQUEST}/properties/reasoning_effort`,
      severity: "warning",
      field: "reasoning_effort",
      code: "drift/enum-mismatch",
      message: "`reasoning_effort` is documented with `low`, `medium`, `high`, leaving out `none`, `minimal`, `xhigh`, `max`",
    });
    // Speakeasy's `Optional[float]` cannot be None; the spec accepts null.
    expect(findings).toContainEqual({
      file,
      line: 25,
      column: 103,
      pointer: `${REQUEST}/properties/temperature`,
      severity: "warning",
      field: "temperature",
      code: "drift/nullable-mismatch",
      message: "`temperature` accepts null in the spec, but the doc does not say so",
    });
    expect(findings).toContainEqual({
      file,
      line: 6,
      column: 1,
      pointer: `${REQUEST}/properties/web_search_options`,
      severity: "error",
      field: "web_search_options",
      code: "drift/missing-field",
      message: "`web_search_options` is in the spec but not documented",
    });
  });

  it("reports nothing else: top_k says it is non-standard, Dict/List nullability is not stated", async () => {
    expect(brief((await auditSeed("000")).findings)).toEqual([
      "drift/missing-field safety_identifier (error)",
      "drift/missing-field prompt_cache_key (error)",
      "drift/missing-field prompt_cache_retention (warning)",
      "drift/missing-field prompt_cache_options (error)",
      "drift/missing-field verbosity (error)",
      "drift/missing-field web_search_options (error)",
      "drift/missing-field moderation (error)",
      "drift/missing-field prediction (error)",
      "drift/missing-field function_call (warning)",
      "drift/missing-field functions (warning)",
      "drift/nullable-mismatch frequency_penalty (warning)",
      "drift/type-mismatch logit_bias (error)",
      "drift/nullable-mismatch logprobs (warning)",
      "drift/nullable-mismatch top_logprobs (warning)",
      "drift/deprecated-not-marked max_tokens (warning)",
      "drift/nullable-mismatch max_tokens (warning)",
      "drift/nullable-mismatch n (warning)",
      "drift/nullable-mismatch audio (warning)",
      "drift/nullable-mismatch presence_penalty (warning)",
      "drift/deprecated-not-marked seed (warning)",
      "drift/nullable-mismatch seed (warning)",
      "drift/nullable-mismatch service_tier (warning)",
      "drift/nullable-mismatch stop (warning)",
      "drift/nullable-mismatch stream (warning)",
      "drift/nullable-mismatch stream_options (warning)",
      "drift/nullable-mismatch temperature (warning)",
      "drift/nullable-mismatch top_p (warning)",
      "drift/deprecated-not-marked user (warning)",
      "drift/nullable-mismatch reasoning_effort (warning)",
      "drift/enum-mismatch reasoning_effort (warning)",
      "drift/nullable-mismatch max_completion_tokens (warning)",
      "drift/nullable-mismatch store (warning)",
    ]);
  });
});

describe("seed 001 (openapi-generator rust)", () => {
  it("finds the i32 seed against the int64 range, the model-typed model and deprecations prose does not state", async () => {
    const audit = await auditSeed("001");
    const file = seed("001").file;
    expect(audit.flavor).toBe("openapi-generator-rust");
    expect(audit.note).toBeNull();
    expect(audit.findings).toContainEqual({
      file,
      line: 23,
      column: 12,
      pointer: `${REQUEST}/properties/seed`,
      severity: "error",
      field: "seed",
      code: "drift/type-mismatch",
      message:
        "`seed` is documented as `Option<**i32**>`: documented as a 32-bit integer, narrower than the spec's int64 integer, from -9223372036854776000 to 9223372036854776000",
    });
    expect(audit.findings).toContainEqual({
      file,
      line: 8,
      column: 13,
      pointer: `${REQUEST}/properties/model`,
      severity: "error",
      field: "model",
      code: "drift/type-mismatch",
      message:
        "`model` is documented as `[**models::CreateChatCompletionRequestModel**](CreateChatCompletionRequest_model.md)`: documented as the model `CreateChatCompletionRequestModel`, but the spec's type is string",
    });
    expect(audit.findings).toContainEqual({
      file,
      line: 33,
      column: 1,
      pointer: `${REQUEST}/properties/user`,
      severity: "warning",
      field: "user",
      code: "drift/deprecated-not-marked",
      message: "`user` is deprecated in the spec; this flavor has no deprecation marker and the description does not say it is deprecated",
    });
    expect(audit.findings).toContainEqual({
      file,
      line: 18,
      column: 1,
      pointer: `${REQUEST}/properties/modalities`,
      severity: "warning",
      field: "modalities",
      code: "drift/default-mismatch",
      message: '`modalities` has the default ["text"] in the spec, which the doc does not state',
    });
  });

  it("accepts what the flavor says its own way: prose deprecation of max_tokens, [default to Auto], i32 for small ranges", async () => {
    expect(brief((await auditSeed("001")).findings)).toEqual([
      "drift/missing-field safety_identifier (error)",
      "drift/missing-field prompt_cache_key (error)",
      "drift/missing-field prompt_cache_retention (warning)",
      "drift/missing-field prompt_cache_options (error)",
      "drift/missing-field verbosity (error)",
      "drift/missing-field reasoning_effort (error)",
      "drift/missing-field web_search_options (error)",
      "drift/missing-field moderation (error)",
      "drift/missing-field top_k (warning)",
      "drift/type-mismatch model (error)",
      "drift/default-mismatch modalities (warning)",
      "drift/deprecated-not-marked seed (warning)",
      "drift/type-mismatch seed (error)",
      "drift/deprecated-not-marked user (warning)",
    ]);
  });
});

describe("seed 002 (Speakeasy Python, atoma)", () => {
  it("finds stop documented as only a list, float logit_bias values and a nullable user", async () => {
    const { findings } = await auditSeed("002");
    const file = seed("002").file;
    expect(findings).toContainEqual({
      file,
      line: 19,
      column: 123,
      pointer: `${REQUEST}/properties/stop`,
      severity: "error",
      field: "stop",
      code: "drift/type-mismatch",
      message: "`stop` is documented as `List[*str*]`: documents only array of string; the spec also accepts string",
    });
    expect(findings).toContainEqual({
      file,
      line: 13,
      column: 123,
      pointer: `${REQUEST}/properties/logit_bias`,
      severity: "error",
      field: "logit_bias",
      code: "drift/type-mismatch",
      message: "`logit_bias` is documented as `Dict[str, *float*]`: map values: documented as float, wider than the spec's integer",
    });
    expect(findings).toContainEqual({
      file,
      line: 25,
      column: 123,
      pointer: `${REQUEST}/properties/user`,
      severity: "error",
      field: "user",
      code: "drift/nullable-mismatch",
      message: "`user` is documented as accepting null, but the spec does not accept null",
    });
    expect(findings).toContainEqual({
      file,
      line: 11,
      column: 3,
      pointer: `${REQUEST}/properties/function_call`,
      severity: "warning",
      field: "function_call",
      code: "drift/deprecated-not-marked",
      message: "`function_call` is deprecated in the spec, but the doc does not mark it deprecated",
    });
  });

  it("reports the 20 fields it leaves out and nothing about Any-typed fields", async () => {
    expect(brief((await auditSeed("002")).findings)).toEqual([
      "drift/missing-field metadata (error)",
      "drift/missing-field top_logprobs (error)",
      "drift/missing-field safety_identifier (error)",
      "drift/missing-field prompt_cache_key (error)",
      "drift/missing-field prompt_cache_retention (warning)",
      "drift/missing-field prompt_cache_options (error)",
      "drift/missing-field service_tier (error)",
      "drift/missing-field modalities (error)",
      "drift/missing-field verbosity (error)",
      "drift/missing-field reasoning_effort (error)",
      "drift/missing-field max_completion_tokens (error)",
      "drift/missing-field web_search_options (error)",
      "drift/missing-field audio (error)",
      "drift/missing-field store (error)",
      "drift/missing-field moderation (error)",
      "drift/missing-field logprobs (error)",
      "drift/missing-field prediction (error)",
      "drift/missing-field stream_options (error)",
      "drift/missing-field parallel_tool_calls (error)",
      "drift/missing-field top_k (warning)",
      "drift/deprecated-not-marked function_call (warning)",
      "drift/deprecated-not-marked functions (warning)",
      "drift/type-mismatch logit_bias (error)",
      "drift/deprecated-not-marked max_tokens (warning)",
      "drift/deprecated-not-marked seed (warning)",
      "drift/type-mismatch stop (error)",
      "drift/deprecated-not-marked user (warning)",
      "drift/nullable-mismatch user (error)",
    ]);
  });
});

describe("seed 003 (MkDocs Material, kluster)", () => {
  it("reports `Messages` with the intended `messages`, the typo'd type and the unindented child block", async () => {
    const audit = await auditSeed("003");
    const file = seed("003").file;
    expect(audit.flavor).toBe("mkdocs-material");
    expect(audit.note).toBe("mapped to CreateChatCompletionRequest by its field names (23 of 23)");
    expect(audit.findings).toContainEqual({
      file,
      line: 5,
      column: 2,
      pointer: `${REQUEST}/properties`,
      severity: "error",
      field: "Messages",
      code: "drift/unknown-field",
      message: "`Messages` is not a field of CreateChatCompletionRequest; did you mean `messages`?",
    });
    expect(audit.findings).toContainEqual({
      file,
      line: 5,
      column: 15,
      pointer: `${REQUEST}/properties/messages`,
      severity: "error",
      field: "messages",
      code: "drift/unrecognized-type",
      message: "`messages` is documented as `Arrray`: `Arrray` is not a type this flavor writes; did you mean `array`?",
    });
    expect(audit.findings).toContainEqual({
      file,
      line: 11,
      column: 1,
      pointer: REQUEST,
      severity: "warning",
      field: "Messages",
      code: "drift/markup-defect",
      message:
        'the body of the `??? child "Show properties"` block (line 9) is not indented 4 spaces, so pymdownx.details renders an empty block and these fields outside it',
    });
  });

  it("checks the child block against the assistant message it describes, and treats commented-out fields as undocumented", async () => {
    const { findings } = await auditSeed("003");
    const file = seed("003").file;
    expect(findings).toContainEqual({
      file,
      line: 14,
      column: 16,
      pointer: "/components/schemas/ChatCompletionRequestAssistantMessage/properties/content",
      severity: "warning",
      field: "messages[].content",
      code: "drift/nullable-mismatch",
      message: "`messages[].content` accepts null in the spec, but the doc does not say so",
    });
    expect(findings).toContainEqual({
      file,
      line: 9,
      column: 1,
      pointer: "/components/schemas/ChatCompletionRequestAssistantMessage/properties/tool_calls",
      severity: "error",
      field: "messages[].tool_calls",
      code: "drift/missing-field",
      message: "`messages[].tool_calls` is in the spec but not documented",
    });
    expect(findings).toContainEqual({
      file,
      line: 23,
      column: 6,
      pointer: `${REQUEST}/properties/store`,
      severity: "error",
      field: "store",
      code: "drift/missing-field",
      message: "`store` is in the spec but documented only inside an HTML comment, which does not render",
    });
    expect(findings).toContainEqual({
      file,
      line: 32,
      column: 17,
      pointer: `${REQUEST}/properties/logit_bias`,
      severity: "warning",
      field: "logit_bias",
      code: "drift/nullable-mismatch",
      message: "`logit_bias` accepts null in the spec, but the doc does not say so",
    });
  });

  it("accepts its prose defaults, ranges and the old <font> style as agreeing with the spec", async () => {
    expect(brief((await auditSeed("003")).findings)).toEqual([
      "drift/missing-field safety_identifier (error)",
      "drift/missing-field prompt_cache_key (error)",
      "drift/missing-field prompt_cache_retention (warning)",
      "drift/missing-field prompt_cache_options (error)",
      "drift/missing-field modalities (error)",
      "drift/missing-field verbosity (error)",
      "drift/missing-field reasoning_effort (error)",
      "drift/missing-field web_search_options (error)",
      "drift/missing-field audio (error)",
      "drift/missing-field moderation (error)",
      "drift/missing-field max_tokens (warning)",
      "drift/missing-field prediction (error)",
      "drift/missing-field function_call (warning)",
      "drift/missing-field functions (warning)",
      "drift/missing-field top_k (warning)",
      "drift/unknown-field Messages (error)",
      "drift/unrecognized-type messages (error)",
      "drift/missing-field messages[].audio (error)",
      "drift/missing-field messages[].tool_calls (error)",
      "drift/missing-field messages[].function_call (warning)",
      "drift/markup-defect Messages (warning)",
      "drift/nullable-mismatch messages[].content (warning)",
      "drift/missing-field store (error)",
      "drift/nullable-mismatch logit_bias (warning)",
      "drift/deprecated-not-marked seed (warning)",
      "drift/missing-field service_tier (error)",
      "drift/missing-field tools (error)",
      "drift/missing-field tool_choice (error)",
      "drift/missing-field parallel_tool_calls (error)",
      "drift/deprecated-not-marked user (warning)",
    ]);
  });
});

describe("seed 004 (TypeDoc HTML flattened to text, IBM watsonx)", () => {
  it("reads the flattened dialect and reports `max` as ambiguous between maxTokens and maxCompletionTokens", async () => {
    const audit = await auditSeed("004");
    const file = seed("004").file;
    expect(audit.flavor).toBe("typedoc-markdown");
    expect(audit.dialect).toBe("flattened TypeDoc HTML text");
    for (const line of [23, 24]) {
      expect(audit.findings).toContainEqual({
        file,
        line,
        column: 10,
        pointer: `${REQUEST}/properties`,
        severity: "warning",
        field: "max",
        code: "drift/ambiguous-field",
        message:
          "`max` is cut short and matches 2 fields of CreateChatCompletionRequest: `maxCompletionTokens` (`max_completion_tokens`), `maxTokens` (`max_tokens`); its facts are not compared",
      });
    }
  });

  it("reports the SDK's own members as unknown fields", async () => {
    const { findings } = await auditSeed("004");
    const file = seed("004").file;
    for (const [line, field] of [
      [4, "cache"],
      [15, "headers"],
      [55, "router"],
      [62, "signal"],
    ] as const) {
      expect(findings).toContainEqual({
        file,
        line,
        column: 10,
        pointer: `${REQUEST}/properties`,
        severity: "error",
        field,
        code: "drift/unknown-field",
        message: `\`${field}\` is not a field of CreateChatCompletionRequest`,
      });
    }
  });

  it("places the two nameless required members (messages, model) and matches `top` to topLogprobs only", async () => {
    const report = brief((await auditSeed("004")).findings);
    expect(report).toEqual([
      "drift/missing-field safety_identifier (error)",
      "drift/missing-field prompt_cache_key (error)",
      "drift/missing-field prompt_cache_retention (warning)",
      "drift/missing-field prompt_cache_options (error)",
      "drift/missing-field verbosity (error)",
      "drift/missing-field web_search_options (error)",
      "drift/missing-field moderation (error)",
      "drift/missing-field top_k (warning)",
      "drift/unknown-field cache (error)",
      "drift/unknown-field headers (error)",
      "drift/ambiguous-field max (warning)",
      "drift/ambiguous-field max (warning)",
      "drift/unknown-field router (error)",
      "drift/deprecated-not-marked seed (warning)",
      "drift/unknown-field signal (error)",
      "drift/ambiguous-field stream (warning)",
      "drift/ambiguous-field stream (warning)",
      "drift/deprecated-not-marked user (warning)",
    ]);
    // The prose deprecations of function_call, functions (and max_tokens) count: flattening keeps no markers.
    expect(report.some((line) => line.includes("function_call") || line.includes("messages") || line.includes("model "))).toBe(false);
  });
});

describe("the seeds against the fixture specs they were generated from", () => {
  it("seed 000 agrees with its own spec completely", async () => {
    const { file, text } = seed("000");
    const audit = auditPage(file, text, await loadDriftSpec(path.join(FIXTURES, "seeds/000.yaml")));
    expect(audit.schemas).toEqual(["ChatCompletionRequest"]);
    expect(audit.findings).toEqual([]);
  });

  it("seeds 001 and 002 disagree only where their spec left a rule to prose", async () => {
    const one = auditPage(seed("001").file, seed("001").text, await loadDriftSpec(path.join(FIXTURES, "seeds/001.yaml")));
    // `seed` is an integer without `format`, which the tool prints as `i32` whatever its bounds: no finding.
    expect(one.findings.map((finding) => `${finding.message} (${finding.severity})`)).toEqual([
      '`logit_bias` is documented as "from -100 to 100" as the spec\'s description says, but the spec states no bounds for its map values (warning)',
    ]);
    // Its bounds are only in the descriptions, which the page copies: the spec contradicting itself.
    const two = auditPage(seed("002").file, seed("002").text, await loadDriftSpec(path.join(FIXTURES, "seeds/002.yaml")));
    // The ranges are the spec's own prose, copied onto the page: the spec contradicting itself, a warning.
    expect(brief(two.findings)).toEqual([
      "drift/range-mismatch frequency_penalty (warning)",
      "drift/range-mismatch presence_penalty (warning)",
      "drift/range-mismatch temperature (warning)",
    ]);
  });
});
