/**
 * The `speakeasy-python` flavor: the seed fixtures render to the seed pages byte for byte; on the
 * canonical spec every type and required cell matches the seeds wherever the seed and the spec
 * state the same facts (and each place they do not is listed here); every page links only to pages
 * of the flavor; and no description can break a table or inject markup.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import { speakeasyPythonFlavor } from "../../generator/flavors/speakeasy-python/index.js";
import { enumMemberName, fieldName, memberName } from "../../generator/flavors/speakeasy-python/naming.js";
import type { GeneratedFile } from "../../generator/index.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import { buildModel } from "../../generator/ir/build.js";
import type { Field, FieldType, Model } from "../../generator/ir/types.js";
import { FIXTURES, NO_CONSTRAINTS, renderFlavorFromSpec, ROOT, SEED_PAGES_DIR } from "../helpers.js";
import { lines, splitCells } from "../../generator/drift/source.js";
import { fieldRowCells, sectionTable } from "../../generator/flavors/speakeasy-python/reader.js";
import { modelOf, objectDefinition } from "../support/ir.js";

const PREFIX = "docs/speakeasy-python/models/";
const CANONICAL = path.join(ROOT, "spec/openapi.yaml");

function seedText(file: string): string {
  return readFileSync(path.join(SEED_PAGES_DIR, file), "utf8");
}

function pageAt(pages: readonly GeneratedFile[], file: string): string {
  const page = pages.find((candidate) => candidate.path === `${PREFIX}${file}`);
  if (page === undefined) throw new Error(`no page ${file}`);
  return page.contents;
}

describe("speakeasy-python reproduces the seed pages byte for byte", () => {
  it.each([
    ["000", "000_e3b49d8db254454b.txt", "chatcompletionrequest.md"],
    ["002", "002_a4633411a4fbc17b.txt", "createchatcompletionrequest.md"],
  ])("seed %s", async (seed, seedFile, page) => {
    const pages = await renderFlavorFromSpec(speakeasyPythonFlavor, path.join(FIXTURES, `seeds/${seed}.yaml`));
    expect(pageAt(pages, page)).toBe(seedText(seedFile));
  });

  // Companion pages of seed 000 as r9s-python has them (`docs/models/*.md` @ 7b1ebff): an enum, an
  // anonymous union member and the inline union named from its parent and property.
  it.each([
    [
      "servicetier.md",
      "# ServiceTier\n\n\n## Values\n\n| Name      | Value     |\n| --------- | --------- |\n| `AUTO`    | auto      |\n| `DEFAULT` | default   |",
    ],
    [
      "one.md",
      "# One\n\n\n## Values\n\n| Name       | Value      |\n| ---------- | ---------- |\n| `NONE`     | none       |\n| `AUTO`     | auto       |\n| `REQUIRED` | required   |",
    ],
    [
      "chatcompletionrequesttoolchoice.md",
      "# ChatCompletionRequestToolChoice\n\n\n## Supported Types\n\n### `models.One`\n\n```python\nvalue: models.One = /* values here */\n```\n\n### `models.Two`\n\n```python\nvalue: models.Two = /* values here */\n```\n\n",
    ],
  ])("seed 000 companion page %s", async (file, expected) => {
    const pages = await renderFlavorFromSpec(speakeasyPythonFlavor, path.join(FIXTURES, "seeds/000.yaml"));
    expect(pageAt(pages, file)).toBe(expected);
  });
});

describe("speakeasy-python on the canonical spec", () => {
  let pages: GeneratedFile[];
  let model: Model;
  beforeAll(async () => {
    pages = await renderFlavorFromSpec(speakeasyPythonFlavor, CANONICAL);
    const { document } = await loadSpec({ specPath: CANONICAL, redoclyPath: path.join(FIXTURES, "seeds/redocly.yaml"), cwd: ROOT, lint: false });
    model = buildModel(document);
  });

  it("writes the request page, a page per definition but the aliases (as Speakeasy) and pages for inline shapes", () => {
    expect(pageAt(pages, "createchatcompletionrequest.md").startsWith("# CreateChatCompletionRequest\n\nThe request body of `POST /chat/completions`")).toBe(
      true,
    );
    const files = new Set(pages.map((page) => page.path));
    // A component that only stands for another type (a free-form object here) is inlined at each use, with no page.
    expect(model.definitions.map((definition) => definition.name).filter((name) => !files.has(`${PREFIX}${name.toLowerCase()}.md`))).toEqual([
      "Metadata",
      "ResponseFormatJsonSchemaSchema",
      "FunctionParameters",
    ]);
    expect(pageAt(pages, "createchatcompletionrequesttools.md")).toContain("### `models.ChatCompletionTool`");
    expect(pageAt(pages, "createchatcompletionrequestpromptcacheretention.md")).toContain("| `TWENTY_FOURH` | 24h            |");
  });

  it("links only to pages it writes", () => {
    const files = new Set(pages.map((page) => page.path));
    const dangling: string[] = [];
    for (const page of pages) {
      for (const [, target] of page.contents.matchAll(/\]\((\.\.\/[^()\s]+)\)/g)) {
        if (!files.has(path.posix.normalize(path.posix.join(path.posix.dirname(page.path), target as string)))) dangling.push(`${page.path} → ${target}`);
      }
    }
    expect(dangling).toEqual([]);
    expect(
      pages.every((page) =>
        [...page.contents.matchAll(/\]\(([^()\s]+)\)/g)].every(([, target]) => /^(\.\.\/models\/[a-z0-9_]+\.md|https:\/\/)/.test(target ?? "")),
      ),
    ).toBe(true);
  });

  it("ends pages as Speakeasy does, with no banner", () => {
    for (const page of pages) {
      expect(page.contents).toMatch(/^# [A-Za-z0-9]+\n\n/);
      expect(page.contents).not.toMatch(/chatspec|<!--/i);
      if (page.contents.includes("\n## Supported Types\n")) expect(page.contents.endsWith("```\n\n")).toBe(true);
      else expect(page.contents).toMatch(/\|$/);
    }
  });

  it("pads every table to one shared width, overflowing only for <br/>", () => {
    for (const page of pages) {
      const lines = [...tableLines(page.contents, "Fields"), ...tableLines(page.contents, "Values")];
      if (lines.length === 0) continue;
      const header = splitRow(lines[0] as string);
      const width = (splitRow(lines[1] as string)[0] as string).length - 2;
      const raws: number[] = [];
      for (const line of lines) {
        const cells = splitRow(line);
        expect(cells).toHaveLength(header.length);
        for (const cell of cells) {
          const length = [...cell].length;
          expect(cell.startsWith(" ") && cell.endsWith(" ")).toBe(true);
          if (cell.includes("<br/>")) expect(length).toBeGreaterThanOrEqual(width + 2);
          else expect(length).toBe(width + 2);
          raws.push(
            [
              ...cell
                .slice(1)
                .trimEnd()
                .replace(/<br\/>/g, "\n"),
            ].length,
          );
        }
      }
      expect(Math.max(...raws)).toBe(width);
    }
  });

  /**
   * Where a seed and the canonical spec state different facts, the cells differ; each such field is
   * listed with both cells and the reason. Every other field the two share must match exactly.
   */
  interface Difference {
    readonly seed: string;
    readonly ours: string;
    readonly because: string;
  }
  const NULLABLE = "the spec allows null (`type: [T, 'null']` or an `anyOf` null branch); the seed's API does not";

  const seed000: Record<string, Difference> = {
    messages: {
      seed: "List[[models.Message](../models/message.md)]",
      ours: "List[[models.ChatCompletionRequestMessage](../models/chatcompletionrequestmessage.md)]",
      because: "the message schema has another name",
    },
    frequency_penalty: { seed: "*Optional[float]*", ours: "*OptionalNullable[float]*", because: NULLABLE },
    logit_bias: {
      seed: "Dict[str, *float*]",
      ours: "Dict[str, *int*]",
      because: "the seed's bias values are numbers; the spec's are integers from -100 to 100",
    },
    logprobs: { seed: "*Optional[bool]*", ours: "*OptionalNullable[bool]*", because: NULLABLE },
    top_logprobs: { seed: "*Optional[int]*", ours: "*OptionalNullable[int]*", because: NULLABLE },
    max_tokens: { seed: "*Optional[int]*", ours: "*OptionalNullable[int]*", because: NULLABLE },
    n: { seed: "*Optional[int]*", ours: "*OptionalNullable[int]*", because: NULLABLE },
    modalities: {
      seed: "List[[models.Modalities](../models/modalities.md)]",
      ours: "List[[models.ResponseModalities](../models/responsemodalities.md)]",
      because: "the modality enum has another name",
    },
    audio: {
      seed: "[Optional[models.Audio]](../models/audio.md)",
      ours: "[OptionalNullable[models.ChatCompletionAudioParam]](../models/chatcompletionaudioparam.md)",
      because: `another schema name, and ${NULLABLE}`,
    },
    presence_penalty: { seed: "*Optional[float]*", ours: "*OptionalNullable[float]*", because: NULLABLE },
    response_format: {
      seed: "[Optional[models.ResponseFormat]](../models/responseformat.md)",
      ours: "[Optional[models.CreateChatCompletionRequestResponseFormat]](../models/createchatcompletionrequestresponseformat.md)",
      because: "the seed refers to one ResponseFormat object; the spec has an inline oneOf of three formats",
    },
    seed: { seed: "*Optional[int]*", ours: "*OptionalNullable[int]*", because: NULLABLE },
    service_tier: {
      seed: "[Optional[models.ServiceTier]](../models/servicetier.md)",
      ours: "[OptionalNullable[models.ServiceTier]](../models/servicetier.md)",
      because: NULLABLE,
    },
    stop: {
      seed: "[Optional[models.Stop]](../models/stop.md)",
      ours: "[OptionalNullable[models.StopConfiguration]](../models/stopconfiguration.md)",
      because: `another schema name, and ${NULLABLE}`,
    },
    stream: { seed: "*Optional[bool]*", ours: "*OptionalNullable[bool]*", because: NULLABLE },
    stream_options: {
      seed: "[Optional[models.StreamOptions]](../models/streamoptions.md)",
      ours: "[OptionalNullable[models.ChatCompletionStreamOptions]](../models/chatcompletionstreamoptions.md)",
      because: `another schema name, and ${NULLABLE}`,
    },
    temperature: { seed: "*Optional[float]*", ours: "*OptionalNullable[float]*", because: NULLABLE },
    top_p: { seed: "*Optional[float]*", ours: "*OptionalNullable[float]*", because: NULLABLE },
    tools: {
      seed: "List[[models.Tool](../models/tool.md)]",
      ours: "List[[models.CreateChatCompletionRequestTools](../models/createchatcompletionrequesttools.md)]",
      because: "the seed's tools are one Tool schema; the spec's items are an inline oneOf of function and custom tools",
    },
    tool_choice: {
      seed: "[Optional[models.ChatCompletionRequestToolChoice]](../models/chatcompletionrequesttoolchoice.md)",
      ours: "[Optional[models.ChatCompletionToolChoiceOption]](../models/chatcompletiontoolchoiceoption.md)",
      because: "the seed's union is inline (named from its context); the spec's is the component ChatCompletionToolChoiceOption",
    },
    reasoning_effort: {
      seed: "[Optional[models.ReasoningEffort]](../models/reasoningeffort.md)",
      ours: "[OptionalNullable[models.ReasoningEffort]](../models/reasoningeffort.md)",
      because: NULLABLE,
    },
    max_completion_tokens: { seed: "*Optional[int]*", ours: "*OptionalNullable[int]*", because: NULLABLE },
    store: { seed: "*Optional[bool]*", ours: "*OptionalNullable[bool]*", because: NULLABLE },
    metadata: { seed: "Dict[str, *Any*]", ours: "Dict[str, *str*]", because: "the seed's metadata is a free-form object; the spec's Metadata maps to strings" },
  };

  const seed002: Record<string, Difference> = {
    messages: {
      seed: "List[[models.ChatCompletionMessage](../models/chatcompletionmessage.md)]",
      ours: "List[[models.ChatCompletionRequestMessage](../models/chatcompletionrequestmessage.md)]",
      because: "the message schema has another name",
    },
    function_call: {
      seed: "*Optional[Any]*",
      ours: "[Optional[models.CreateChatCompletionRequestFunctionCall]](../models/createchatcompletionrequestfunctioncall.md)",
      because: "the seed's schema gives no type; the spec's is an anyOf of a mode enum and a function option",
    },
    functions: {
      seed: "List[*Any*]",
      ours: "List[[models.ChatCompletionFunctions](../models/chatcompletionfunctions.md)]",
      because: "the seed's items have no schema; the spec's are ChatCompletionFunctions",
    },
    logit_bias: {
      seed: "Dict[str, *float*]",
      ours: "Dict[str, *int*]",
      because: "the seed's bias values are numbers; the spec's are integers from -100 to 100",
    },
    response_format: {
      seed: "*Optional[Any]*",
      ours: "[Optional[models.CreateChatCompletionRequestResponseFormat]](../models/createchatcompletionrequestresponseformat.md)",
      because: "the seed's schema gives no type; the spec's is an inline oneOf of three formats",
    },
    stop: {
      seed: "List[*str*]",
      ours: "[OptionalNullable[models.StopConfiguration]](../models/stopconfiguration.md)",
      because: "the seed's stop is an array of strings; the spec's is a string or an array (StopConfiguration)",
    },
    tool_choice: {
      seed: "*Optional[Any]*",
      ours: "[Optional[models.ChatCompletionToolChoiceOption]](../models/chatcompletiontoolchoiceoption.md)",
      because: "the seed's schema gives no type; the spec's is ChatCompletionToolChoiceOption",
    },
    tools: {
      seed: "List[*Any*]",
      ours: "List[[models.CreateChatCompletionRequestTools](../models/createchatcompletionrequesttools.md)]",
      because: "the seed's items have no schema; the spec's are an inline oneOf of function and custom tools",
    },
    user: { seed: "*OptionalNullable[str]*", ours: "*Optional[str]*", because: "the seed allows null; the spec's (deprecated) user is a plain string" },
  };

  describe.each([
    ["000", "000_e3b49d8db254454b.txt", seed000, ["model", "top_k", "parallel_tool_calls", "user"]],
    [
      "002",
      "002_a4633411a4fbc17b.txt",
      seed002,
      ["model", "frequency_penalty", "max_tokens", "n", "presence_penalty", "seed", "stream", "temperature", "top_p"],
    ],
  ])("against seed %s", (seed, seedFile, differences, agreeing) => {
    const theirs = parseFieldsTable(seedText(seedFile));
    let ours: Map<string, FieldRow>;
    beforeAll(() => {
      ours = new Map(parseFieldsTable(pageAt(pages, "createchatcompletionrequest.md")).map((row) => [row.field, row]));
    });
    const row = (field: string) => theirs.find((candidate) => candidate.field === field) as FieldRow;

    it("compares every field of the seed, each either agreeing or listed as a difference", () => {
      expect(theirs.filter((candidate) => !ours.has(candidate.field)).map((candidate) => candidate.field)).toEqual([]);
      expect([...agreeing, ...Object.keys(differences)].sort()).toEqual(theirs.map((candidate) => candidate.field).sort());
    });

    it.each(agreeing)(`%s: same type and required cells as seed ${seed}`, (field) => {
      expect(ours.get(field)?.type).toBe(row(field).type);
      expect(ours.get(field)?.required).toBe(row(field).required);
    });

    it.each(Object.entries(differences))(`%s: differs from seed ${seed} only where the facts differ`, (field, difference) => {
      expect(row(field).type).toBe(difference.seed);
      expect(ours.get(field)?.type).toBe(difference.ours);
      // Required is a fact both state the same way for every shared field.
      expect(ours.get(field)?.required).toBe(row(field).required);
    });
  });
});

function field(name: string, description: string | null, type: FieldType, deprecated = false, examples: string[] = []): Field {
  return {
    name,
    pointer: `/x/${name}`,
    required: false,
    nullable: false,
    deprecated,
    description,
    ownDescription: true,
    type,
    default: null,
    examples,
    constraints: NO_CONSTRAINTS,
    extensions: [],
    requires: [],
  };
}

/** A model whose one object has a hostile description, example and enum value, and a hostile schema description. */
function hostileModel(text: string, deprecated: boolean): Model {
  const enumType: FieldType = { kind: "enum", base: "string", values: [text, "x"] };
  const fields = [
    field("a", null, { kind: "string", format: null }),
    field("b", text, enumType, deprecated, [text]),
    field("z", "plain", { kind: "integer", format: null }),
  ];
  return modelOf([objectDefinition("Hostile", fields, { pointer: "/x", description: text })]);
}

const templates = loadTemplates();
/** Rendered with `html: escaped`, the mode for spec text that is not trusted; `raw` is Speakeasy's own. */
const render = (model: Model, html: "raw" | "escaped" = "escaped") =>
  renderFlavor(speakeasyPythonFlavor, model, templates, { memberNames: "wire", flavorOptions: { "speakeasy-python": { html } } });

describe("speakeasy-python escaping", () => {
  it("copies HTML as is by default, as Speakeasy does (egain `<br>`), pipes still escaped", () => {
    const pages = renderFlavor(speakeasyPythonFlavor, hostileModel("a | b<br>c `<b>`\nnext <li>x</li>", false), templates, { memberNames: "wire" });
    const rows = parseFieldsTable(pageAt(pages, "hostile.md"));
    expect(rows.map((row) => row.description)).toEqual(["N/A", "a \\| b<br>c `<b>`<br/>next <li>x</li>", "plain"]);
    expect(pageAt(pages, "hostile.md")).toContain("\n\na | b<br>c `<b>`\nnext <li>x</li>\n\n\n## Fields\n\n");
  });

  it("keeps pipes, backticks, HTML and newlines inside one cell", () => {
    const pages = render(hostileModel("a | b `c|d` <script>alert(1)</script>\r\nnext `<b>`", false));
    const rows = parseFieldsTable(pageAt(pages, "hostile.md"));
    expect(rows.map((row) => row.description)).toEqual(["N/A", "a \\| b `c\\|d` &lt;script>alert(1)&lt;/script><br/>next `<b>`", "plain"]);
    expect(pageAt(pages, "hostile.md")).toContain("\n\na | b `c|d` &lt;script>alert(1)&lt;/script>\nnext `<b>`\n\n\n## Fields\n\n");
  });

  it("puts the deprecation warning before the description", () => {
    const rows = parseFieldsTable(pageAt(render(hostileModel("Old.", true)), "hostile.md"));
    expect(rows[1]).toMatchObject({
      field: "b",
      deprecated: true,
      description: ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.<br/><br/>Old.",
    });
  });

  const hostile = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.constantFrom("a | b", "``code``", "<script>alert(1)</script>", "line\nbreak\r\nagain", "\\|", "`a|b`", "\\`<x>`", "| --- |", "\u202e\u2066bidi\u2069"),
    fc
      .array(fc.constantFrom("|", "`", "``", "<", ">", "\n", "\r", "\\", "*", "_", "[", "]", "(", ")", "&", "é", "x", " "), { maxLength: 40 })
      .map((parts) => parts.join("")),
  );

  it("keeps every table's shape and lets no spec text open an HTML tag", () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (text, deprecated) => {
        for (const page of render(hostileModel(text, deprecated))) {
          const lines = [...tableLines(page.contents, "Fields"), ...tableLines(page.contents, "Values")];
          const header = tableCells(lines[0] ?? "");
          for (const line of lines) {
            const cells = tableCells(line);
            expect(cells).toHaveLength(header.length);
            for (const cell of cells) expect(outsideCodeSpans(cell).replace(/<br\/>/g, "")).not.toContain("<");
          }
          expect(lines.length).toBe(header.length === 2 ? 4 : 5);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("speakeasy-python names", () => {
  it.each([
    ["256x256", "TWO_HUNDRED_AND_FIFTY_SIXX256"], // Speakeasy's OpenAI SDKs
    ["1024x1024", "ONE_THOUSAND_AND_TWENTY_FOURX1024"], // Speakeasy's OpenAI SDKs
    ["24h", "TWENTY_FOURH"],
    ["in_memory", "IN_MEMORY"],
    ["gpt-4o", "GPT_4O"],
    ["chat.completion", "CHAT_COMPLETION"],
    ["English (United States)", "ENGLISH_UNITED_STATES_"], // egain KbLanguage's `name`
    [2, "TWO"],
  ])("enum value %s is member %s", (value, name) => {
    expect(enumMemberName(value)).toBe(name);
  });

  it("suffixes reserved field names and numbers anonymous union members", () => {
    expect(["format", "schema", "class", "type", "top_p", "maxTokens"].map(fieldName)).toEqual(["format_", "schema_", "class_", "type", "top_p", "max_tokens"]);
    expect([1, 2, 21].map(memberName)).toEqual(["One", "Two", "TwentyOne"]);
  });
});

/** A row of a `## Fields` table as the flavor reader finds it, its cells as written (trimmed). */
interface FieldRow {
  /** The wire-style name, without the backticks and the strike-through of a deprecated field. */
  readonly field: string;
  readonly deprecated: boolean;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** The table lines (header, separator, rows) that follow a `## <section>` heading. */
function tableLines(markdown: string, section: string): string[] {
  return [...(sectionTable(lines(markdown), section)?.lines ?? [])];
}

/** Cells of a table line as written (padding kept), split where GFM splits. */
function splitRow(line: string): string[] {
  return splitCells(line, true).map((cell) => cell.text);
}

/** Cells of a table line, trimmed. */
function tableCells(line: string): string[] {
  return splitRow(line).map((cell) => cell.trim());
}

/** The rows of a page's `## Fields` table, columns found by their header names. */
function parseFieldsTable(markdown: string): FieldRow[] {
  const table = sectionTable(lines(markdown), "Fields");
  if (table === null) return [];
  return table.rows.flatMap(({ cells }) => {
    const row = fieldRowCells(table, cells);
    if (row === null) return [];
    return [
      {
        field: row.name,
        deprecated: row.struck,
        type: row.typeCell?.text ?? "",
        required: row.requiredCell?.text === ":heavy_check_mark:",
        description: row.descriptionCell?.text ?? "",
      },
    ];
  });
}

/**
 * The text of a cell outside its code spans (CommonMark: a run of n backticks up to the next run of
 * exactly n; a backslash-escaped backtick opens none), where raw HTML would be live.
 */
function outsideCodeSpans(text: string): string {
  let outside = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === "\\") {
      outside += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== "`") {
      outside += char;
      index++;
      continue;
    }
    const run = /^`+/.exec(text.slice(index))?.[0] ?? "`";
    const closing = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
    closing.lastIndex = index + run.length;
    const match = closing.exec(text);
    if (match === null) {
      outside += run;
      index += run.length;
    } else index = match.index + run.length;
  }
  return outside;
}
