/**
 * The `reference` flavor: the request page shows every fact at a glance, and no description can
 * break its table or inject markup (fast-check over hostile strings).
 */
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import { referenceFlavor } from "../../generator/flavors/reference/index.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import type { Field, Model } from "../../generator/ir/types.js";
import { NO_CONSTRAINTS, renderFlavorFromSpec, ROOT } from "../helpers.js";
import { modelOf, objectDefinition } from "../support/ir.js";

const templates = loadTemplates();

describe("reference flavor on the canonical spec", async () => {
  const pages = await renderFlavorFromSpec(referenceFlavor, path.join(ROOT, "spec/openapi.yaml"));
  const request = pages.find((page) => page.path === "docs/reference/CreateChatCompletionRequest.md")?.contents ?? "";
  const row = (field: string) => request.split("\n").find((line) => line.startsWith(`| [\`${field}\`]`));

  it("writes one page per reachable schema", () => {
    expect(pages).toHaveLength(59);
  });

  it.each([
    ["temperature", "| [`temperature`](#field-temperature) | `number` | no | yes | `1` | from 0 to 2 |"],
    ["top_logprobs", "| [`top_logprobs`](#field-top_logprobs) | `integer` | no | yes |  | from 0 to 20; `top_logprobs` requires `logprobs: true` |"],
    ["logit_bias", "| [`logit_bias`](#field-logit_bias) | map of `integer` | no | yes | `null` | keys match `^[0-9]+$` |"],
    ["max_tokens", "| [`max_tokens`](#field-max_tokens) | `integer` | no | yes |  | **deprecated** |"],
    ["top_k", "| [`top_k`](#field-top_k) | `integer` | no | no |  | provider extension |"],
    [
      "messages",
      "| [`messages`](#field-messages) | array of [ChatCompletionRequestMessage](ChatCompletionRequestMessage.md) | yes | no |  | items: at least 1 |",
    ],
  ])("%s row", (field, expected) => {
    expect(row(field)).toBe(expected);
  });

  it("shows the replacement of a deprecated field and the values of an enum", () => {
    expect(request).toContain("### `max_tokens` (deprecated)\n\n`integer` or `null` · optional\n\nDeprecated: use `max_completion_tokens` instead.");
    const tier = pages.find((page) => page.path === "docs/reference/ServiceTier.md")?.contents ?? "";
    expect(tier).toContain("**Values:** `auto`, `default`, `flex`, `scale`, `priority`, `fast`");
  });
});

function modelWith(description: string, name: string): Model {
  const field = (fieldName: string, text: string | null): Field => ({
    name: fieldName,
    pointer: `/x/${fieldName}`,
    required: false,
    nullable: false,
    deprecated: false,
    description: text,
    ownDescription: true,
    type: { kind: "string", format: null },
    default: { value: text ?? "" },
    examples: [],
    constraints: { ...NO_CONSTRAINTS, pattern: text },
    extensions: [],
    requires: text === null ? [] : [text],
  });
  return modelOf([objectDefinition("Hostile", [field("a", null), field(name, description), field("z", "plain")], { pointer: "/x", description })]);
}

/** Cells of a markdown table row: split on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  return line.split(/(?<!\\)\|/).slice(1, -1);
}

const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "a | b",
    "``code``",
    "<script>alert(1)</script>",
    "line\nbreak\r\nagain",
    "${x}",
    "\u202e\u2066bidi\u2069",
    "\u0000nul",
    "| --- |",
    `${"x".repeat(10_000)}|`,
  ),
  fc
    .array(fc.constantFrom("|", "`", "<", ">", "\n", "*", "_", "[", "]", "(", ")", "#", "\\", "&", "é", "\u202e", "x", " "), { maxLength: 60 })
    .map((parts) => parts.join("")),
);

describe("reference flavor escaping", () => {
  it("keeps every table row at six cells and lets no spec text open an HTML tag", () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom("b", "we|rd", "x<y>"), (description, name) => {
        const [page] = renderFlavor(referenceFlavor, modelWith(description, name), templates, { memberNames: "wire" });
        const text = page?.contents ?? "";
        // The fields table runs from its header to the first blank line; descriptions are markdown
        // by design and may hold their own tables further down.
        const lines = text.split("\n");
        const start = lines.indexOf("| Field | Type | Required | Nullable | Default | Rules |");
        const end = lines.indexOf("", start);
        const tableRows = lines.slice(start, end).filter((line) => !line.startsWith("|---"));
        expect(start).toBeGreaterThan(0);
        expect(tableRows).toHaveLength(4); // header + 3 fields
        for (const line of tableRows) expect(cells(line)).toHaveLength(6);
        // Code spans show their text literally, so only text outside them can form a tag.
        const outsideCode = text.replace(/(`+)[\s\S]*?\1/g, "");
        const tags = [...outsideCode.matchAll(/<(\/?[a-z][^>]*)>/gi)].map((match) => match[1]);
        expect(tags.every((tag) => /^a id="field-[^"]*"(?:\s*)?$|^\/a$/.test(tag ?? ""))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
