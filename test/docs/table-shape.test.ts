/**
 * Property test across the table-based flavors: whatever a description holds (pipes, newlines,
 * backticks, HTML, unicode, 10 kB of text), every field row of the request page still parses into
 * the same number of cells, and every field keeps exactly one row.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import type { Flavor as DocFlavor } from "../../generator/flavors/flavor.js";
import { openapiGeneratorRustFlavor } from "../../generator/flavors/openapi-generator-rust/index.js";
import { referenceFlavor } from "../../generator/flavors/reference/index.js";
import { speakeasyPythonFlavor } from "../../generator/flavors/speakeasy-python/index.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import type { Field, Model } from "../../generator/ir/types.js";
import { NO_CONSTRAINTS } from "../helpers.js";
import { modelOf, objectDefinition } from "../support/ir.js";

const templates = loadTemplates();

function field(name: string, description: string | null, required: boolean): Field {
  return {
    name,
    pointer: `/components/schemas/Request/properties/${name}`,
    required,
    nullable: !required,
    deprecated: name === "old",
    description,
    ownDescription: true,
    type: { kind: "number", format: null },
    default: required ? null : { value: 0 },
    examples: [],
    constraints: NO_CONSTRAINTS,
    extensions: [],
    requires: [],
  };
}

function model(description: string): Model {
  const fields = [field("first", description, true), field("old", description, false), field("last", "plain", false)];
  return modelOf([objectDefinition("Request", fields)]);
}

/** Per flavor: the request page, how to find field rows, and how many cells a row has. */
const flavors: readonly [DocFlavor, string, (line: string) => boolean, number][] = [
  [speakeasyPythonFlavor, "docs/speakeasy-python/models/request.md", (line) => /^\| (~~)?`/.test(line), 4],
  [openapiGeneratorRustFlavor, "docs/openapi-generator-rust/docs/Request.md", (line) => line.startsWith("**"), 4],
  [referenceFlavor, "docs/reference/Request.md", (line) => line.startsWith("| [`"), 6],
];

/** Cells of a row: split on pipes not escaped by a backslash, without the outer pipes of `| a | b |` rows. */
function cells(line: string): string[] {
  const parts = line.split(/(?<!\\)\|/);
  return line.startsWith("|") ? parts.slice(1, -1) : parts;
}

const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.constantFrom(
    "a | b",
    "``x | y``",
    "<script>alert(1)</script>",
    "one\ntwo\r\nthree\n\n",
    "${x} {{y}}",
    "\u202e\u2066bidi\u2069",
    "\u0000",
    "\\|",
    `${"long ".repeat(2_000)}|`,
  ),
  fc
    .array(fc.constantFrom("|", "`", "<", ">", "\n", "\r", "\\", "*", "_", "[", "]", "#", "&", "é", "\u202e", "x", " "), { maxLength: 80 })
    .map((parts) => parts.join("")),
);

describe.each(flavors)("%s table rows", (flavor, page, isRow, width) => {
  it(`keep ${width} cells and one row per field for any description`, () => {
    fc.assert(
      fc.property(hostile, (description) => {
        const files = renderFlavor(flavor, model(description), templates, { memberNames: "wire" });
        const text = files.find((file) => file.path === page)?.contents;
        expect(text).toBeDefined();
        const rows = (text ?? "").split("\n").filter(isRow);
        expect(rows).toHaveLength(3);
        for (const row of rows) expect(cells(row)).toHaveLength(width);
      }),
      { numRuns: 200 },
    );
  });
});
