/**
 * The `openapi-generator-rust` flavor: byte-for-byte reproduction of seed 001, fidelity of the
 * type and notes cells on the canonical spec (with each known spec difference named), companion
 * pages, link integrity, naming, and escaping of hostile descriptions.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openapiGeneratorRustFlavor } from "../../generator/flavors/openapi-generator-rust/index.js";
import { toEnumVarName, toModelName, toVarName } from "../../generator/flavors/openapi-generator-rust/naming.js";
import type { GeneratedFile } from "../../generator/emitters/types.js";
import { projectTempDir, renderFlavorFromSpec, SEED_PAGES_DIR } from "../helpers.js";
import { splitCells } from "../../generator/drift/source.js";
import { readPropertyRow } from "../../generator/flavors/openapi-generator-rust/reader.js";
import { RustModels } from "../../generator/flavors/openapi-generator-rust/models.js";
import { buildModel } from "../../generator/ir/build.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

/** A property row's cells as written (trimmed): the reader's, as plain text. */
interface PropertyRow {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly notes: string;
}

/** The flavor reader's property row; a line that is not one (four cells, a bold name) is a broken row. */
function parsePropertyRow(line: string): PropertyRow {
  const row = readPropertyRow(line);
  if (row === null) throw new Error(`expected 4 cells with a bold name: ${line}`);
  return { name: row.name.text, type: row.type.text, description: row.description.text, notes: row.notes.text };
}

/** Every property row of a page (`## Properties`, or each mapped model of a discriminator page), in page order. */
function parsePropertyRows(page: string): PropertyRow[] {
  return page
    .split("\n")
    .filter((line) => line.startsWith("**"))
    .map(parsePropertyRow);
}

const PREFIX = "docs/openapi-generator-rust/";
const SEED = readFileSync(path.join(SEED_PAGES_DIR, "001_ac35cbcc7ddd3344.txt"), "utf8");
const FOOTER =
  "[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)\n\n\n";

/** The flavor's pages for a spec, keyed by path inside the flavor folder. */
async function render(specPath: string): Promise<Map<string, string>> {
  const files: GeneratedFile[] = await renderFlavorFromSpec(openapiGeneratorRustFlavor, specPath);
  return new Map(files.map((file) => [file.path.slice(PREFIX.length), file.contents]));
}

function page(pages: Map<string, string>, name: string): string {
  const text = pages.get(name);
  if (text === undefined) throw new Error(`no page ${name}`);
  return text;
}

let seedPages: Map<string, string>;
let canonicalPages: Map<string, string>;

beforeAll(async () => {
  seedPages = await render("test/fixtures/seeds/001.yaml");
  canonicalPages = await render("spec/openapi.yaml");
});

describe("seed 001", () => {
  it("reproduces docs/CreateChatCompletionRequest.md byte for byte", () => {
    expect(page(seedPages, "docs/CreateChatCompletionRequest.md")).toBe(SEED);
  });

  it("writes the inline models the seed links to, with their PascalCase class names", () => {
    for (const property of ["model", "prediction", "audio", "response_format", "stop", "function_call"]) {
      const text = page(seedPages, `docs/CreateChatCompletionRequest_${property}.md`);
      expect(text.split("\n")[0]).toBe(`# ${toModelName(`CreateChatCompletionRequest_${property}`)}`);
    }
  });

  it("renders a oneOf model as the oneOf Enum Variants table, each row repeating the model description", () => {
    const description = "Up to 4 sequences where the API will stop generating further tokens.";
    expect(page(seedPages, "docs/CreateChatCompletionRequest_stop.md")).toBe(
      `# CreateChatCompletionRequestStop\n\n## Enum Variants\n\n| Name | Description |\n|---- | -----|\n| String | ${description} |\n| Vec<String> | ${description} |\n\n${FOOTER}`,
    );
  });

  it("renders an alias component (no model of its own in the tool) as an empty Properties table", () => {
    expect(page(seedPages, "docs/ParallelToolCalls.md")).toBe(
      `# ParallelToolCalls\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n\n${FOOTER}`,
    );
  });
});

type Cells = Pick<PropertyRow, "type" | "notes">;

/**
 * Fields whose facts differ between the seed's Nov 2024 OpenAI spec and chatspec's canonical spec
 * (OpenAI 2.3.0 plus extensions): the seed's cells, ours, and the spec change behind them.
 */
const CANONICAL_DIFFERENCES: Readonly<Record<string, { readonly seed: Cells; readonly ours: Cells; readonly why: string }>> = {
  model: {
    seed: { type: "[**models::CreateChatCompletionRequestModel**](CreateChatCompletionRequest_model.md)", notes: "" },
    ours: { type: "**String**", notes: "" },
    why: "seed: inline anyOf of string and a model-name enum (an extracted union); canonical: a plain string",
  },
  modalities: {
    seed: { type: "Option<**Vec<String>**>", notes: "[optional]" },
    ours: { type: "Option<**Vec<String>**>", notes: '[optional][default to ["text"]]' },
    why: "canonical ResponseModalities declares default [text]; the seed's ChatCompletionModalities had none",
  },
  prediction: {
    seed: { type: "Option<[**models::CreateChatCompletionRequestPrediction**](CreateChatCompletionRequest_prediction.md)>", notes: "[optional]" },
    ours: { type: "Option<[**models::PredictionContent**](PredictionContent.md)>", notes: "[optional]" },
    why: "seed: inline oneOf extracted as a model; canonical: anyOf [$ref PredictionContent, null], normalised to the $ref",
  },
  audio: {
    seed: { type: "Option<[**models::CreateChatCompletionRequestAudio**](CreateChatCompletionRequest_audio.md)>", notes: "[optional]" },
    ours: { type: "Option<[**models::ChatCompletionAudioParam**](ChatCompletionAudioParam.md)>", notes: "[optional]" },
    why: "seed: inline object; canonical: $ref ChatCompletionAudioParam",
  },
  seed: {
    seed: { type: "Option<**i32**>", notes: "[optional]" },
    ours: { type: "Option<**i64**>", notes: "[optional]" },
    why: "seed: integer without format (i32); canonical: format int64",
  },
  service_tier: {
    seed: { type: "Option<**String**>", notes: "[optional][default to Auto]" },
    ours: { type: "Option<[**models::ServiceTier**](ServiceTier.md)>", notes: "[optional][default to Auto]" },
    why: "seed: inline string enum (printed as String); canonical: $ref to the ServiceTier enum component",
  },
  stop: {
    seed: { type: "Option<[**models::CreateChatCompletionRequestStop**](CreateChatCompletionRequest_stop.md)>", notes: "[optional]" },
    ours: { type: "Option<[**models::StopConfiguration**](StopConfiguration.md)>", notes: "[optional]" },
    why: "seed: inline oneOf; canonical: $ref StopConfiguration",
  },
  tools: {
    seed: { type: "Option<[**Vec<models::ChatCompletionTool>**](ChatCompletionTool.md)>", notes: "[optional]" },
    ours: { type: "Option<[**Vec<models::CreateChatCompletionRequestToolsInner>**](CreateChatCompletionRequest_tools_inner.md)>", notes: "[optional]" },
    why: "seed: items $ref ChatCompletionTool; canonical: items are an inline oneOf (function or custom tool), extracted as `_tools_inner`",
  },
};

describe("fidelity on the canonical spec", () => {
  const seedRows = new Map(parsePropertyRows(SEED).map((row) => [row.name, row]));
  const commonFields = () => parsePropertyRows(page(canonicalPages, "docs/CreateChatCompletionRequest.md")).filter((row) => seedRows.has(row.name));

  it("finds every seed field on the canonical page, and every listed difference is one of them", () => {
    const names = commonFields().map((row) => row.name);
    expect([...names].sort()).toEqual([...seedRows.keys()].sort());
    for (const name of Object.keys(CANONICAL_DIFFERENCES)) expect(names).toContain(name);
  });

  it.each([...seedRows.keys()])("%s: type and notes cells", (name) => {
    const ours = commonFields().find((row) => row.name === name);
    const seed = seedRows.get(name) as PropertyRow;
    if (ours === undefined) throw new Error(`canonical page has no ${name}`);
    const difference = CANONICAL_DIFFERENCES[name];
    if (difference === undefined) {
      expect({ type: ours.type, notes: ours.notes }).toEqual({ type: seed.type, notes: seed.notes });
    } else {
      expect({ type: seed.type, notes: seed.notes }, difference.why).toEqual(difference.seed);
      expect({ type: ours.type, notes: ours.notes }, difference.why).toEqual(difference.ours);
    }
  });
});

describe("companion pages on the canonical spec", () => {
  it("renders an enum component as Enum Variants with Rust variant names", () => {
    const rows = ["Auto | auto", "Default | default", "Flex | flex", "Scale | scale", "Priority | priority", "Fast | fast"];
    expect(page(canonicalPages, "docs/ServiceTier.md")).toBe(
      `# ServiceTier\n\n## Enum Variants\n\n| Name | Value |\n|---- | -----|\n${rows.map((row) => `| ${row} |\n`).join("")}\n\n${FOOTER}`,
    );
  });

  it("renders a discriminated union as mapping rows, then each mapped model's properties without the tag", () => {
    const text = page(canonicalPages, "docs/CreateChatCompletionRequest_response_format.md");
    expect(text).toBe(
      "# CreateChatCompletionRequestResponseFormat\n\n## Enum Variants\n\n| Name | Value |\n|---- | -----|\n" +
        "| ResponseFormatJsonObject | json_object |\n| ResponseFormatJsonSchema | json_schema |\n| ResponseFormatText | text |\n" +
        "\n## ResponseFormatJsonObject\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n" +
        "\n## ResponseFormatJsonSchema\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n" +
        "**json_schema** | [**models::ResponseFormatJsonSchemaJsonSchema**](ResponseFormatJsonSchema_json_schema.md) |  | \n" +
        "\n## ResponseFormatText\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n" +
        `\n${FOOTER}`,
    );
  });

  it("unaliases $refs to array and map components and names their inline items `<Component>_inner`", () => {
    const rows = parsePropertyRows(page(canonicalPages, "docs/ChatCompletionRequestAssistantMessage.md"));
    expect(rows.find((row) => row.name === "tool_calls")?.type).toBe(
      "Option<[**Vec<models::ChatCompletionMessageToolCallsInner>**](ChatCompletionMessageToolCalls_inner.md)>",
    );
    expect(rows.find((row) => row.name === "r#type")).toBeUndefined();
  });
});

describe.each([
  ["seed 001", () => seedPages],
  ["canonical", () => canonicalPages],
])("every page (%s)", (_label, pages) => {
  it("has no banner, starts with the class heading and ends with the tool's three newlines", () => {
    for (const [name, text] of pages()) {
      if (name === "README.md") continue;
      expect(text, name).toMatch(/^# [A-Za-z0-9]+\n\n## (Properties|Enum Variants)\n/);
      expect(text.endsWith(`\n${FOOTER}`), name).toBe(true);
    }
  });

  it("links only to pages it writes, and the footer anchors exist in README.md", () => {
    const readme = pages().get("README.md") ?? "";
    const anchors = [...readme.matchAll(/^## (.+)$/gm)].map((match) => (match[1] as string).toLowerCase().replace(/ /g, "-"));
    for (const [name, text] of pages()) {
      const base = path.posix.dirname(name);
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)) {
        expect(pages().has(path.posix.normalize(path.posix.join(base, target as string))), `${name} → ${target}`).toBe(true);
      }
      for (const [, anchor] of text.matchAll(/\]\(\.\.\/README\.md#([^)]+)\)/g)) expect(anchors, `${name} → #${anchor}`).toContain(anchor);
    }
    const listed = [...readme.matchAll(/^ - \[[^\]]+\]\((docs\/[^)]+)\)$/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...pages().keys()].filter((name) => name !== "README.md").sort());
  });

  it("parses every property row into exactly four cells", () => {
    for (const [name, text] of pages()) if (name !== "README.md") expect(() => parsePropertyRows(text), name).not.toThrow();
  });
});

describe("naming", () => {
  it("ports openapi-generator's Rust identifiers", () => {
    expect(toModelName("CreateChatCompletionRequest_response_format")).toBe("CreateChatCompletionRequestResponseFormat");
    expect(toModelName("ChatCompletionMessageToolCalls_inner")).toBe("ChatCompletionMessageToolCallsInner");
    expect(toModelName("JSONSchema")).toBe("JsonSchema");
    expect(toVarName("type")).toBe("r#type");
    expect(toVarName("self")).toBe("param_self");
    expect(toVarName("topLogprobs")).toBe("top_logprobs");
    expect(toEnumVarName("auto")).toBe("Auto");
    expect(toEnumVarName("in_memory")).toBe("InMemory");
    expect(toEnumVarName("24h")).toBe("Variant24h");
    expect(toEnumVarName("gpt-4o")).toBe("Gpt4o");
    expect(toEnumVarName("")).toBe("Empty");
  });
});

describe("escaping", () => {
  const hostile = 'Pipes | and `code | spans`, <script>alert("x")</script>, a back\\slash before \\| a pipe,\nnew line,\ttab /* c */.';
  let pages: Map<string, string>;

  beforeAll(async () => {
    const dir = projectTempDir("rust-escape");
    const spec = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/x": {
          post: {
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Hostile" } } } },
            responses: { "200": { description: "OK" } },
          },
        },
      },
      components: {
        schemas: {
          Hostile: {
            type: "object",
            properties: {
              text: { type: "string", description: hostile, default: "a|b" },
              choice: { description: hostile, oneOf: [{ type: "string" }, { type: "integer" }] },
            },
          },
        },
      },
    };
    const file = path.join(dir, "hostile.yaml");
    writeFileSync(file, JSON.stringify(spec));
    pages = await render(file);
  });

  it("keeps a hostile description on one row of four cells, escaped once", () => {
    const row = parsePropertyRows(page(pages, "docs/Hostile.md"))[0] as PropertyRow;
    expect(row.description).toBe(
      'Pipes \\| and `code \\| spans`, &lt;script>alert(\\"x\\")&lt;/script>, a back\\\\slash before \\\\\\| a pipe, new line, tab /_* c *_/.',
    );
    expect(row.notes).toBe("[optional][default to a\\|b]");
  });

  it("HTML-escapes the repeated description on oneOf pages, as jmustache's {{description}} does", () => {
    const line =
      page(pages, "docs/Hostile_choice.md")
        .split("\n")
        .find((text) => text.startsWith("| String |")) ?? "";
    expect(splitCells(line, false)).toHaveLength(4);
    expect(line).toContain("Pipes \\| and &#x60;code \\| spans&#x60;, &lt;script&gt;alert(\\&quot;x\\&quot;)&lt;/script&gt;");
  });

  it("rejects a row with an unescaped pipe", () => {
    expect(() => parsePropertyRow("**a** | **String** | x | y | ")).toThrow(/4 cells/);
  });
});

describe("InlineModelResolver order: operations before components", () => {
  const thing = { type: "object", properties: { id: { type: "string" }, size: { type: "integer" } } };
  const document = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/things": {
        // `post` is listed first, but the resolver visits get, put, post, delete, patch, …
        post: {
          operationId: "createThing",
          requestBody: { content: { "application/json": { schema: { type: "object", properties: { name: { type: "string" } } } } } },
          responses: { "201": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Box" } } } } },
        },
        get: {
          operationId: "listThings",
          parameters: [{ name: "filter", in: "query", schema: { type: "object", properties: { min: { type: "integer" } } } }],
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: thing } } } } },
        },
      },
      "/things/{id}": {
        get: {
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { ok: { type: "boolean" } } } } } } },
        },
      },
      "/upload": {
        post: {
          operationId: "upload",
          requestBody: { content: { "multipart/form-data": { schema: { $ref: "#/components/schemas/UploadForm" } } } },
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": { schema: { type: "array", title: "upload results", items: { type: "object", properties: { url: { type: "string" } } } } },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Box: { type: "object", properties: { content: thing } },
        UploadForm: { type: "object", properties: { file: { type: "string", format: "binary" }, kind: { $ref: "#/components/schemas/Kind" } } },
        Kind: { type: "string", enum: ["a", "b"] },
      },
    },
  } as unknown as OpenApiDocument;
  const models = new RustModels(buildModel(document, "all"), { chronoDateTime: false, generatorPages: true });

  it("names an operation's inline body, parameter and response models, and reuses them for equal component shapes", () => {
    expect(models.catalog().map((doc) => doc.name)).toEqual([
      "listThings_filter_parameter",
      "listThings_200_response_inner",
      "createThing_request",
      "_things__id__get_200_response",
      // A titled array names its items after the title.
      "upload_results_inner",
      "Box",
      "Kind",
    ]);
    const box = models.catalog().find((doc) => doc.name === "Box");
    const content = box?.kind === "object" ? box.fields[0] : undefined;
    expect(content && models.rustType(content.type, "Box_content").dataType).toBe("models::ListThings200ResponseInner");
  });

  it("leaves out a schema only a form body uses, but not the models it refers to", () => {
    expect(models.catalog().some((doc) => doc.name === "UploadForm")).toBe(false);
    expect(models.catalog().some((doc) => doc.name === "Kind")).toBe(true);
  });
});
