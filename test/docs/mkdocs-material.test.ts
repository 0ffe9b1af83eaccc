/**
 * The `mkdocs-material` flavor: the request page in kluster markup, its `??? child` blocks indented
 * as pymdownx.details requires, its field lines compared with the hand-written seed 003, and its
 * structure intact under hostile descriptions.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import { mkdocsMaterialFlavor } from "../../generator/flavors/mkdocs-material/index.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import type { Field, FieldType, Model } from "../../generator/ir/types.js";
import { markdownBanner } from "../../generator/lib/banner.js";
import { HOSTILE_DESCRIPTIONS, NO_CONSTRAINTS, renderFlavorFromSpec, ROOT, SEED_PAGES_DIR } from "../helpers.js";
import { childBlockViolations } from "../support/pymdownx-indentation.js";
import { fieldLines as parseFields } from "../../generator/flavors/mkdocs-material/reader.js";
import { objectDefinition } from "../support/ir.js";

type KlusterField = ReturnType<typeof parseFields>[number];

const PAGE = "docs/mkdocs-material/create-chat-completion-request.md";

let page: string;
let fields: KlusterField[];

beforeAll(async () => {
  const files = await renderFlavorFromSpec(mkdocsMaterialFlavor, path.join(ROOT, "spec/openapi.yaml"));
  expect(files.map((file) => file.path)).toEqual([PAGE]);
  page = files[0]?.contents ?? "";
  fields = parseFields(page);
});

/** A top-level field's block: from its field line (starting with `start`) up to the next top-level rule. */
function topLevelBlock(start: string): string {
  const lines = page.split("\n");
  const from = lines.findIndex((line) => line.startsWith(start));
  const to = lines.findIndex((line, index) => index > from && line === "---");
  return lines.slice(from, to === -1 ? undefined : to).join("\n");
}

describe("mkdocs-material request page", () => {
  it("starts with the banner and the title and ends with exactly one newline", () => {
    expect(page.startsWith(`${markdownBanner}# CreateChatCompletionRequest\n\nThe request body of \`POST /chat/completions\``)).toBe(true);
    expect(page.endsWith("\n")).toBe(true);
    expect(page.endsWith("\n\n")).toBe(false);
  });

  it("documents every top-level field of the request, in spec order", () => {
    const expected = [
      "messages",
      "model",
      "metadata",
      "temperature",
      "top_p",
      "top_logprobs",
      "user",
      "safety_identifier",
      "prompt_cache_key",
      "prompt_cache_retention",
      "prompt_cache_options",
      "service_tier",
      "modalities",
      "verbosity",
      "reasoning_effort",
      "max_completion_tokens",
      "frequency_penalty",
      "presence_penalty",
      "web_search_options",
      "response_format",
      "audio",
      "store",
      "moderation",
      "stream",
      "stop",
      "logit_bias",
      "logprobs",
      "max_tokens",
      "n",
      "prediction",
      "seed",
      "stream_options",
      "tools",
      "tool_choice",
      "parallel_tool_calls",
      "function_call",
      "functions",
      "top_k",
    ];
    expect(fields.filter((field) => field.indent === 0).map((field) => field.name)).toEqual(expected);
  });

  it.each([
    ["model", '`model` ++"string"++ <span class="required" markdown>++"required"++</span>'],
    ["frequency_penalty", '`frequency_penalty` ++"number or null"++'],
    ["stop", '`stop` ++"string or array or null"++'],
    ["max_tokens", '`max_tokens` ++"integer or null"++ *deprecated*'],
    ["tool_choice", '`tool_choice` ++"string or object"++'],
    ["response_format", '`response_format` ++"object"++'],
    ["metadata", '`metadata` ++"map or null"++'],
  ])("field line of %s", (name, expected) => {
    expect(page.split("\n").find((line) => line.startsWith(`\`${name}\` `))).toBe(expected);
  });

  it("writes a field as line, description with its default, and a rule", () => {
    expect(page).toContain(
      '\n\n`frequency_penalty` ++"number or null"++\n\nNumber between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model\'s likelihood to repeat the same line verbatim. Defaults to `0`.\n\n---\n\n`presence_penalty` ++"number or null"++\n\n',
    );
    // A description that states its default already is not given a second "Defaults to".
    expect(topLevelBlock("`verbosity` ").match(/Defaults to/g)).toHaveLength(1);
    expect(page).toContain('Defaults to `"auto"`.');
    expect(
      page.endsWith(
        '`top_k` ++"integer"++\n\nTop-k sampling: only the `top_k` most likely tokens are considered at each step. This is a non-standard, provider-specific parameter that is not part of OpenAI\'s API; support and exact semantics depend on the provider and model (some treat `0` or `-1` as "disabled"), so no range is imposed here.\n',
      ),
    ).toBe(true);
  });

  it("opens one child block per message role, named by the schema title", () => {
    const titles = topLevelBlock("`messages` ")
      .split("\n")
      .filter((line) => line.startsWith("??? child"));
    expect(titles).toEqual([
      '??? child "Show properties of developer message"',
      '??? child "Show properties of system message"',
      '??? child "Show properties of user message"',
      '??? child "Show properties of assistant message"',
      '??? child "Show properties of tool message"',
      '??? child "Show properties of function message"',
    ]);
  });

  it("indents the body of a child block by four spaces per level", () => {
    expect(
      topLevelBlock("`messages` ").startsWith(
        [
          '`messages` ++"array"++ <span class="required" markdown>++"required"++</span>',
          "",
          "A list of messages comprising the conversation so far. Depending on the [model](https://platform.openai.com/docs/models) you use, different message types (modalities) are supported, like [text](https://platform.openai.com/docs/guides/text-generation), [images](https://platform.openai.com/docs/guides/vision), and [audio](https://platform.openai.com/docs/guides/audio).",
          "",
          '??? child "Show properties of developer message"',
          "",
          '    `role` ++"string"++ <span class="required" markdown>++"required"++</span>',
          "",
          "    The role of the message's author, in this case `developer`.",
          "",
          "    ---",
          "",
          '    `content` ++"string or array"++ <span class="required" markdown>++"required"++</span>',
          "",
          "    The contents of the developer message.",
          "",
          '    ??? child "Show properties"',
          "",
          '        `type` ++"string"++ <span class="required" markdown>++"required"++</span>',
          "",
        ].join("\n"),
      ),
    ).toBe(true);
  });

  it("satisfies the pymdownx.details indentation rule everywhere", () => {
    expect(childBlockViolations(page)).toEqual([]);
    expect(page.split("\n").filter((line) => /\s$/.test(line))).toEqual([]);
    expect(fields.every((field) => field.indent % 4 === 0 && !field.listItem && field.style === "keys" && !field.hidden)).toBe(true);
    expect(Math.max(...fields.map((field) => field.indent))).toBeGreaterThanOrEqual(12);
  });

  it("puts a rule between sibling fields and none after the last field of a block", () => {
    const lines = page.split("\n");
    lines.forEach((line, index) => {
      if (!/^ *---$/.test(line)) return;
      const next = parseFields(lines[index + 2] ?? "")[0];
      expect(lines[index - 1], `blank before rule at line ${index + 1}`).toBe("");
      expect(next?.indent, `field after rule at line ${index + 1}`).toBe(line.indexOf("-"));
    });
    const children = lines.map((line, index) => [line, index] as const).filter(([line]) => /^ *\?\?\? child /.test(line));
    for (const [, index] of children) expect(lines[index - 2] ?? "", `rule right before a child block at line ${index + 1}`).not.toMatch(/^ *---$/);
  });
});

describe("seed 003 (hand-written kluster page) against our page", () => {
  const seed = readFileSync(path.join(SEED_PAGES_DIR, "003_78a53a3cb43984af.txt"), "utf8");
  const seedFields = parseFields(seed);
  const top = seedFields.filter((field) => !field.listItem);

  it("reads the seed's fields, visible and commented out", () => {
    expect(top.filter((field) => !field.hidden).map((field) => field.name)).toEqual([
      "model",
      "Messages",
      "metadata",
      "frequency_penalty",
      "logit_bias",
      "logprobs",
      "top_logprobs",
      "max_completion_tokens",
      "n",
      "presence_penalty",
      "response_format",
      "seed",
      "stop",
      "stream",
      "stream_options",
      "temperature",
      "top_p",
      "user",
    ]);
    expect(top.filter((field) => field.hidden).map((field) => field.name)).toEqual(["store", "service_tier", "tools", "tool_choice", "parallel_tool_calls"]);
    expect(top.filter((field) => field.style === "font").map((field) => `${field.name}: ${field.label}`)).toEqual([
      "service_tier: string or null",
      "stop: string or array or null",
      "stream: boolean or null",
      "stream_options: object or null",
      "temperature: number or null",
      "top_p: number or null",
    ]);
  });

  it("records the seed's known defects", () => {
    // Capitalised field name and a typo in its type label.
    expect(top.find((field) => field.name === "Messages")).toMatchObject({ label: "Arrray", required: true });
    // The children are `- ` list items at column 0, so the details block is empty.
    expect(seedFields.filter((field) => field.listItem).map((field) => `${field.indent}:${field.name}`)).toEqual([
      "0:role",
      "0:content",
      "0:refusal",
      "0:name",
    ]);
    expect(childBlockViolations(seed)).toEqual([{ line: 9, problem: "empty child block" }]);
    // Text pasted from a rendered page: no-break spaces, and typos.
    expect([...seed].filter((char) => char === "\u00a0")).toHaveLength(60);
    expect(seed).toContain("like in ChatGPTpl.");
    expect(seed).toContain("no latency guarentee");
    // Most fields run the description on the very next line, with no blank line and no rule.
    expect(seed).not.toMatch(/^---$/m);
  });

  it("agrees with our labels and required markers where the facts agree", () => {
    const ours = new Map(fields.filter((field) => field.indent === 0).map((field) => [field.name, field]));
    const differences = top.flatMap((field) => {
      const mine = ours.get(field.name.toLowerCase());
      if (mine === undefined) return [`${field.name}: missing from our page`];
      return mine.label === field.label && mine.required === field.required
        ? []
        : [`${field.name}: seed "${field.label}"${field.required ? " required" : ""}, ours "${mine.label}"${mine.required ? " required" : ""}`];
    });
    expect(differences).toEqual([
      'Messages: seed "Arrray" required, ours "array" required',
      // Metadata is a string-to-string map that may be null in the canonical spec.
      'metadata: seed "object or null", ours "map or null"',
      // `logit_bias` accepts null (default null), which the seed's label leaves out.
      'logit_bias: seed "map", ours "map or null"',
    ]);
    expect(top.length - differences.length).toBe(20);
  });
});

describe("mkdocs-material under hostile descriptions", () => {
  const templates = loadTemplates();
  const HOSTILE: readonly (readonly [string, string])[] = [
    ...HOSTILE_DESCRIPTIONS,
    ["unclosed fence", "before\n```js\nconst x = 1;"],
    ["block openers", '??? child "fake"\n\n    body\n!!! note\n---\n# heading'],
    ["markup", 'press ++ctrl+c++, `x` ++"not a label"++, a hard break  \nand a trailing backslash \\'],
  ];

  it.each(HOSTILE)("%s: the page keeps its fields, blocks and indentation", async (_label, description) => {
    const [file] = renderFlavor(mkdocsMaterialFlavor, hostileModel(description), templates, { memberNames: "wire" });
    const text = file?.contents ?? "";
    const parsed = parseFields(text);
    expect(parsed.filter((field) => field.indent === 0).map((field) => field.name)).toEqual(["a", "hostile", "nested", "z"]);
    expect(parsed.filter((field) => field.indent === 4).map((field) => field.name)).toEqual(["inner", "hostile"]);
    expect(parsed.filter((field) => field.indent > 4)).toEqual([]);
    expect(childBlockViolations(text)).toEqual([]);
    expect(text).not.toMatch(/<script|<b>|<!-- open/);
    expect(text.split("\n").filter((line) => /\s$/.test(line)).length).toBe(0);
    expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true);
    // Compared as a boolean so a failure does not print ten kilobytes.
    if (description.length > 10_000) expect(text.includes(description.trim())).toBe(true);
  });

  it("expands a recursive schema once per path", () => {
    const node = objectDefinition("Node", [
      field("value", { kind: "string", format: null }, "A value."),
      field("children", { kind: "array", items: { kind: "ref", name: "Node" } }, "Child nodes."),
    ]);
    const root = objectDefinition("Root", [field("tree", { kind: "ref", name: "Node" }, "The tree.")]);
    const [file] = renderFlavor(mkdocsMaterialFlavor, { title: "t", version: "1", roots: ["Root"], definitions: [root, node] }, templates, {
      memberNames: "wire",
    });
    const parsed = parseFields(file?.contents ?? "");
    expect(parsed.map((entry) => `${entry.indent}:${entry.name}:${entry.label}`)).toEqual(["0:tree:object", "4:value:string", "4:children:array"]);
    expect(file?.path).toBe("docs/mkdocs-material/root.md");
  });
});

function field(name: string, type: FieldType, description: string | null): Field {
  return {
    name,
    pointer: `/x/${name}`,
    required: false,
    nullable: false,
    deprecated: false,
    description,
    ownDescription: true,
    type,
    default: null,
    examples: [],
    constraints: NO_CONSTRAINTS,
    extensions: [],
    requires: [],
  };
}

/** A root with the hostile description on a top-level field and on a field inside a child block. */
function hostileModel(description: string): Model {
  const text: FieldType = { kind: "string", format: null };
  const inner = objectDefinition("Inner", [field("inner", text, "plain"), field("hostile", text, description)]);
  const root = objectDefinition("Hostile", [
    field("a", text, null),
    field("hostile", text, description),
    field("nested", { kind: "ref", name: "Inner" }, description),
    field("z", text, "plain"),
  ]);
  return { title: "t", version: "1", roots: ["Hostile"], definitions: [{ ...root, description }, inner] };
}
