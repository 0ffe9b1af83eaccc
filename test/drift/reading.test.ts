/**
 * The pieces drift reads pages with, on the exact inputs that make them hard: TypeDoc's cut and
 * run-together names, language type labels, naming conventions and facts stated in prose.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../generator/drift/index.js";
import { spellings } from "../../generator/drift/names.js";
import { readRustCell } from "../../generator/flavors/openapi-generator-rust/type-reader.js";
import { readPythonCell } from "../../generator/flavors/speakeasy-python/type-reader.js";
import { firstWordBreakSegment } from "../../generator/flavors/typedoc-markdown/naming.js";
import { readTypeScript } from "../../generator/flavors/typedoc-markdown/type-reader.js";
import { proseDefaults, proseEnumValues, proseRange } from "../../generator/drift/prose.js";
import { seed } from "./support.js";

describe("TypeDoc HTML flattened to text (seed 004)", () => {
  it("reads every member name as TypeDoc cut it, and the two members that lost theirs", () => {
    const page = parsePage("typedoc-markdown", seed("004").text);
    const names = page.sections[0]?.fields.map((field) => (field.naming === "unnamed" ? "(unnamed)" : field.name));
    expect(names).toEqual([
      "audio",
      "cache",
      "frequency",
      "function",
      "functions",
      "headers",
      "logit",
      "logprobs",
      "max",
      "max",
      "(unnamed)",
      "metadata",
      "modalities",
      "(unnamed)",
      "n",
      "parallel",
      "prediction",
      "presence",
      "reasoning",
      "response",
      "router",
      "seed",
      "service",
      "signal",
      "stop",
      "store",
      "stream",
      "stream",
      "temperature",
      "tool",
      "tools",
      "top",
      "topP",
      "user",
    ]);
  });

  it("cuts names where TypeDoc's wbr() does", () => {
    expect(["maxCompletionTokens", "topP", "topK", "topLogprobs", "max_tokens", "n"].map(firstWordBreakSegment)).toEqual([
      "max",
      "topP",
      "topK",
      "top",
      "max_",
      "n",
    ]);
  });
});

describe("naming conventions", () => {
  it("spells a wire name as each generator does", () => {
    expect(spellings("max_completion_tokens")).toEqual(["max_completion_tokens", "maxCompletionTokens"]);
    expect(spellings("format")).toEqual(["format", "format_"]);
    expect(spellings("type")).toEqual(["type", "r#type"]);
  });
});

describe("type labels", () => {
  it("reads Speakeasy cells with their wrapper", () => {
    expect(readPythonCell("Dict[str, *float*]")).toEqual({ type: { kind: "map", values: { kind: "number", bits: null, integers: false } }, wrapper: null });
    expect(readPythonCell("[Optional[models.Audio]](../models/audio.md)")).toEqual({ type: { kind: "model", name: "Audio" }, wrapper: "Optional" });
    expect(readPythonCell("List[[models.Tool](../models/tool.md)]")).toEqual({
      type: { kind: "array", items: { kind: "model", name: "Tool" } },
      wrapper: null,
    });
  });

  it("reads Rust cells with their integer width", () => {
    expect(readRustCell("Option<**i32**>")).toEqual({ type: { kind: "integer", bits: 32, widthByFormat: true }, option: true });
    expect(readRustCell("Option<[**Vec<models::ChatCompletionTool>**](ChatCompletionTool.md)>")).toEqual({
      type: { kind: "array", items: { kind: "model", name: "ChatCompletionTool" } },
      option: true,
    });
    expect(readRustCell("Option<**std::collections::HashMap<String, i32>**>").type).toEqual({
      kind: "map",
      values: { kind: "integer", bits: 32, widthByFormat: true },
    });
  });

  it("reads typedoc-plugin-markdown type expressions", () => {
    expect(readTypeScript('``"none"`` \\| ``"auto"`` \\| [`ChatCompletionFunctionCallOption`](ChatCompletionFunctionCallOption.md)')).toEqual({
      kind: "union",
      variants: [
        { kind: "literal", value: "none" },
        { kind: "literal", value: "auto" },
        { kind: "model", name: "ChatCompletionFunctionCallOption" },
      ],
    });
    expect(readTypeScript("`Record`\\<`string`, `number`\\> \\| `null`")).toEqual({
      kind: "union",
      variants: [{ kind: "map", values: { kind: "number", bits: null, integers: true } }, { kind: "null" }],
    });
    expect(readTypeScript("(`string` \\| `number`)[]")).toEqual({
      kind: "array",
      items: { kind: "union", variants: [{ kind: "string" }, { kind: "number", bits: null, integers: true }] },
    });
  });
});

describe("prose", () => {
  it("reads defaults in their written forms", () => {
    expect(proseDefaults("Defaults to `0`.").map((item) => item.text)).toEqual(["0"]);
    expect(proseDefaults("Modify the likelihood. Defaults to\u00a0null").map((item) => item.text)).toEqual(["null"]);
    expect(proseDefaults("Currently supported values are `low`, `medium`, and `high`. The default is `medium`.").map((item) => item.text)).toEqual(["medium"]);
  });

  it("takes the first range only", () => {
    expect(proseRange("a bias value from -100 to 100. … values between -1 and 1 should decrease")).toEqual({
      min: -100,
      max: 100,
      text: "from -100 to 100",
      offset: 13,
    });
    expect(proseRange("the top 10% probability mass")).toBeNull();
  });

  it("reads enum lists in parentheses or after 'supported values are', and nothing else", () => {
    expect(proseEnumValues("Reasoning effort level for o1 series models (low, medium, high)")?.values).toEqual(["low", "medium", "high"]);
    expect(proseEnumValues("(`auto`, `default`, `flex`, `scale`, `priority` or `fast`)")?.values).toEqual([
      "auto",
      "default",
      "flex",
      "scale",
      "priority",
      "fast",
    ]);
    expect(proseEnumValues("Controls which (if any) tool is called by the model.")).toBeNull();
  });

  it("reads a parenthesis opening with 'e.g.' as examples: its values, not all of them", () => {
    expect(proseEnumValues("The data type of the number (e.g., int, float).")).toEqual({ values: ["int", "float"], offset: 28, exhaustive: false });
    expect(proseEnumValues("Reasoning effort (low, medium, high)")?.exhaustive).toBe(true);
  });

  it("reads a parenthesis right after a known value as that value's gloss, not as a list of values", () => {
    const text = "real (genuine, unmodified) or fake (AI-generated). Comma-separated allowed.";
    expect(proseEnumValues(text, ["real", "fake"])).toBeNull();
    expect(proseEnumValues(text)?.values).toEqual(["genuine", "unmodified"]);
  });
});
