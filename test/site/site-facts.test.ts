/**
 * The site's fact reading without a browser: Redoc's labels and bounds notation read back, rows
 * that disagree with the spec reported by field and fact, "case N" tabs and repeated sentences found.
 */
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/ir/build.js";
import { definitionsOf } from "../../generator/ir/lookup.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import type { RowView } from "./redoc-walk.js";
import { caseTabs, compareRows, describeDifference, fieldAt, parseLabel, readerProblems, rowsOf, statedBounds, unopened } from "./site-facts.js";

const SECTION = "op/t=request&path=";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/chat": {
      post: {
        operationId: "chat",
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Request" } } } },
        responses: { "200": { description: "OK" } },
      },
    },
  },
  components: {
    schemas: {
      Request: {
        type: "object",
        required: ["model"],
        properties: {
          model: { type: "string", maxLength: 64 },
          n: { type: ["integer", "null"], minimum: 1, maximum: 128, default: 1 },
          tier: { type: "string", enum: ["auto", "flex"], deprecated: true },
          audio: { anyOf: [{ $ref: "#/components/schemas/Audio" }, { type: "null" }] },
        },
      },
      Audio: { type: "object", properties: { voice: { type: "string" } } },
    },
  },
};
const model = buildModel(document, "all");
const definitions = definitionsOf(model);
const root = model.operations?.[0]?.requestBody?.type;
if (root === undefined) throw new Error("no request body in the test document");

function view(path: string, overrides: Partial<RowView>): RowView {
  const name = path.split("/").at(-1) ?? path;
  return { id: `${SECTION}${path}`, name, label: "string", badges: [], texts: [], defaults: [], values: [], tabs: [], branchLabel: null, ...overrides };
}

const faithful: RowView[] = [
  view("model", { label: "string, <= 64 characters", badges: ["required"] }),
  view("n", { label: "integer or null, [ 1 .. 128 ]", defaults: ["1"] }),
  view("tier", { label: "string", badges: ["deprecated"], values: ['"auto"', '"flex"'] }),
  view("audio", { label: "Audio (object) or null", tabs: ["Audio", "null"] }),
  view("audio&oneof=0/voice", { label: "string" }),
];

describe("Redoc's labels read back", () => {
  it("reads titled branches, arrays in the plural and null", () => {
    expect(parseLabel("Single stop sequence (string) or Array of Stop sequences (strings) or null")).toEqual({
      type: { kind: "union", variants: [{ kind: "string" }, { kind: "array", items: { kind: "string" } }, { kind: "null" }] },
      nullable: true,
    });
    expect(parseLabel("Arrray of strings").type).toEqual({ kind: "unrecognized", text: "Arrray of strings", suggestion: null });
  });

  it("reads bounds by the field's kind", () => {
    expect(statedBounds("number or null, [ 0 .. 2 ]", "number")).toEqual({ minimum: 0, maximum: 2 });
    expect(statedBounds("number, ( 0 .. 1 ]", "number")).toEqual({ exclusiveMinimum: 0, maximum: 1 });
    expect(statedBounds("Array of objects, non-empty", "array")).toEqual({ minItems: 1 });
    expect(statedBounds("Array of strings, [ 1 .. 4 ] items", "array")).toEqual({ minItems: 1, maxItems: 4 });
    expect(statedBounds("string, <= 64 characters", "string")).toEqual({ maxLength: 64 });
    expect(statedBounds("object or null, <= 16 properties", "object")).toEqual({ maxProperties: 16 });
  });

  it("finds a nested field through a nullable branch", () => {
    expect(fieldAt(root, "audio&oneof=0/voice", definitions)?.field.pointer).toBe("/components/schemas/Audio/properties/voice");
    expect(fieldAt(root, "audio&oneof=0/pitch", definitions)).toBeNull();
  });
});

describe("rows held to the spec", () => {
  it("finds nothing in rows that say what the spec says", () => {
    const rows = rowsOf(faithful, SECTION);
    expect(compareRows(rows, root, definitions, document).map(describeDifference)).toEqual([]);
    expect(readerProblems(rows)).toEqual([]);
    expect(unopened(rows, root, definitions)).toEqual([]);
  });

  it("names each difference by field and fact", () => {
    const wrong = [
      view("model", { label: "string", badges: [] }),
      view("n", { label: "string or null, [ 0 .. 128 ]", badges: ["required"], defaults: ["2"] }),
      view("tier", { label: "string", values: ['"auto"', '"slow"'] }),
      view("audio", { label: "Audio (object)", tabs: ["case 1", "case 2"], texts: ["Audio output. Required with audio.", "Audio output."] }),
      view("audio&oneof=0/pitch", { label: "number" }),
    ];
    const rows = rowsOf(wrong, SECTION);
    expect(compareRows(rows, root, definitions, document).map(describeDifference)).toEqual([
      "model: required-mismatch: `model` is documented as optional, but the spec makes it required",
      'model: bounds: `maxLength` is not shown, the spec says 64 (label: "string")',
      "n: type-mismatch: `n` is documented as `string or null, [ 0 .. 128 ]`: documented as string, but the spec's type is integer",
      "n: required-mismatch: `n` is documented as required, but the spec makes it optional",
      "n: default-mismatch: `n` is documented with the default `2`, but the spec's default is 1",
      'n: bounds: `minimum` is shown as 0, the spec says 1 (label: "string or null, [ 0 .. 128 ]")',
      "tier: deprecated-not-marked: `tier` is deprecated in the spec, but the doc does not mark it deprecated",
      'tier: enum: the page does not list "flex"',
      'tier: enum: the page lists "slow", which the spec does not accept',
      "audio: nullable-mismatch: `audio` accepts null in the spec, but the doc does not say so",
      "audio.pitch: field: shown on the page, but the spec has no field at audio&oneof=0/pitch",
    ]);
    expect(readerProblems(rows).map(describeDifference)).toEqual([
      'audio: case-tab: a "case 1" tab',
      'audio: case-tab: a "case 2" tab',
      'audio: repeated-sentence: "Audio output." is said twice',
    ]);
  });

  it("names a field whose nested fields the walk did not open", () => {
    expect(unopened(rowsOf(faithful.slice(0, 4), SECTION), root, definitions)).toEqual(["audio"]);
  });
});

describe("case tabs anywhere on the page", () => {
  it("names each, and nothing else", () => {
    expect(caseTabs(["Expand all", " case 1 ", "case 2", "Text content", "showcase 3"]).map(describeDifference)).toEqual([
      '(body): case-tab: a "case 1" tab',
      '(body): case-tab: a "case 2" tab',
    ]);
  });
});
