/**
 * Reads openapi-generator `rust` model docs (doc-flavors 1B; seed 001): property rows
 * `**name** | type | description | notes` under `## Properties`, or under `## <Model>` headings on a
 * discriminator page (one group per mapped model), and the `| Name | Value |` variants of an enum
 * page. `[optional]` in the notes is the only required marker; `Option<…>` on a required field
 * means nullable. There is no deprecation marker: only the description can say so.
 */
import { pos, type DocField, type DocPage, type DocSection, type StatedValues } from "../../drift/doc-model.js";
import { decodeEntities, lines, signatureCount, splitCells, trimCell, type Cell } from "../../drift/source.js";
import type { FlavorReader } from "../flavor.js";
import { enumVariantName, toVarName } from "./naming.js";
import { mappedModelSections, modelTitles } from "./page-titles.js";
import { readRustCell } from "./type-reader.js";

/** Constructs only an openapi-generator page has: the README heading, its table header and rule, the back link, `Option<` types, enum variants. */
const SIGNATURES = [
  /^## Documentation For Models$/m,
  /^Name \| Type \| Description \| Notes$/m,
  /^------------ \| ------------- \| ------------- \| -------------$/m,
  /\[\[Back to Model list\]\]/,
  /Option<(\*\*|\[\*\*)/,
  /^## Enum Variants$/m,
];

export const openapiGeneratorRustReader: FlavorReader = {
  signatureScore: (text) => signatureCount(SIGNATURES, text),
  parse: parseOpenapiGeneratorRust,
  // No deprecation marker (prose must say it, and a model-valued field has none: the tool drops it); `[default to X]`, silent for null; null only on required fields.
  traits: () => ({ deprecationMarker: false, showsDefaults: true, nullInReferencedType: false, showsNullDefault: false, dropsModelDescriptions: true }),
  memberName: toVarName,
  titledShapes: modelTitles,
  sectionShapes: mappedModelSections,
  // `[default to Auto]`: an enum default is written as its variant name, named from all the values
  // (`TIME_OF_AD_ACTION` → `AdAction` once the shared prefix is dropped, `30` → `Variant30`).
  enumDefault: enumVariantName,
};

export function parseOpenapiGeneratorRust(text: string): DocPage {
  const all = lines(text);
  const titleIndex = all.findIndex((line) => /^# \S/.test(line));
  const title = titleIndex < 0 ? null : { value: (all[titleIndex] as string).slice(2).trim(), at: pos(titleIndex + 1, 3) };
  const sections: DocSection[] = [];
  let values: StatedValues | null = null;
  let oneOf = false;
  for (let index = 0; index < all.length; index++) {
    const heading = /^## (.+)$/.exec(all[index] as string);
    if (heading === null) continue;
    const name = (heading[1] as string).trim();
    const header = all.findIndex((line, at) => at > index && line.trim() !== "");
    const headerLine = all[header] ?? "";
    if (/^Name \| Type \| Description \| Notes\s*$/.test(headerLine)) {
      const fields: DocField[] = [];
      for (let row = header + 2; row < all.length && (all[row] as string).startsWith("**"); row++) {
        const field = propertyRow(all[row] as string, row + 1);
        if (field !== null) fields.push(field);
      }
      sections.push({ title: name === "Properties" ? null : name, at: pos(header + 1, 1), fields });
    } else if (/^\| Name \| Value \|/.test(headerLine)) {
      const rows: string[] = [];
      for (let row = header + 2; row < all.length && (all[row] as string).startsWith("|"); row++) {
        const cell = splitCells(all[row] as string, true)[1];
        if (cell !== undefined) rows.push(unescapeText(cell.text.trim()));
      }
      values = { values: rows, at: pos(header + 1, 1), exhaustive: true };
    } else if (/^\| Name \| Description \|/.test(headerLine)) oneOf = true;
  }
  // A discriminator page lists its mapped models as `| Name | Value |` too; its sections are what it documents.
  if (sections.some((section) => section.title !== null)) return { title, kind: "fields", sections, values: null, defects: [], dialect: null };
  if (sections.length > 0 && (sections[0]?.fields.length ?? 0) > 0) return { title, kind: "fields", sections, values: null, defects: [], dialect: null };
  if (values !== null && !oneOf) return { title, kind: "values", sections: [], values, defects: [], dialect: null };
  return { title, kind: "other", sections: [], values: null, defects: [], dialect: null };
}

/** The four cells of a property row, trimmed, with the columns they start at; `name` without its bold marks. */
export interface PropertyRow {
  readonly name: Cell;
  readonly type: Cell;
  readonly description: Cell;
  readonly notes: Cell;
}

/** `**name** | type | description | notes`; null for a line that is not exactly four cells with a bold name (an unescaped pipe makes five). */
export function readPropertyRow(line: string): PropertyRow | null {
  const cells = splitCells(line, false);
  if (cells.length !== 4) return null;
  const [nameCell, type, description, notes] = cells.map(trimCell) as [Cell, Cell, Cell, Cell];
  const name = /^\*\*(.+)\*\*$/.exec(nameCell.text);
  return name === null ? null : { name: { text: name[1] as string, column: nameCell.column + 2 }, type, description, notes };
}

/**
 * A property row whose description holds an unescaped `|` (the tool's `escapeText` leaves pipes
 * alone, so `<|endoftext|>` splits the row into more cells): the name, the type and the notes are
 * still the first two cells and the last, and the description is everything between them.
 */
function readSplitRow(line: string): PropertyRow | null {
  const cells = splitCells(line, false);
  const [first, second, third] = cells;
  const last = cells[cells.length - 1];
  if (cells.length <= 4 || first === undefined || second === undefined || third === undefined || last === undefined) return null;
  const nameCell = trimCell(first);
  const name = /^\*\*(.+)\*\*$/.exec(nameCell.text);
  if (name === null) return null;
  const description = trimCell({ text: line.slice(third.column - 1, last.column - 2), column: third.column });
  return { name: { text: name[1] as string, column: nameCell.column + 2 }, type: trimCell(second), description, notes: trimCell(last) };
}

function propertyRow(line: string, lineNumber: number): DocField | null {
  const row = readPropertyRow(line) ?? readSplitRow(line);
  if (row === null) return null;
  const { type: typeCell, description: descriptionCell, notes: notesCell } = row;
  const read = readRustCell(typeCell.text);
  const required = !notesCell.text.includes("[optional]");
  const defaultMatch = /\[default to (.*)\]\s*$/.exec(notesCell.text);
  const nullable = read.option ? (required ? true : null) : false;
  const at = pos(lineNumber, row.name.column - 2);
  const description = unescapeText(descriptionCell.text);
  const notesAt = pos(lineNumber, notesCell.column);
  return {
    name: row.name.text,
    naming: "written",
    path: [],
    at,
    type: { label: typeCell.text, type: read.type, nullable, at: pos(lineNumber, typeCell.column) },
    required: { value: required, at: notesCell.text === "" ? pos(lineNumber, typeCell.column) : notesAt },
    nullable: null,
    deprecated: null,
    extension: null,
    defaults:
      defaultMatch === null ? [] : [{ text: defaultMatch[1] as string, at: pos(lineNumber, notesCell.column + (defaultMatch.index ?? 0)), source: "slot" }],
    range: null,
    values: null,
    description: description.trim() === "" ? null : { text: description, at: pos(lineNumber, descriptionCell.column) },
    hidden: false,
    blocks: [],
  };
}

/** Undoes `escapeText` (`\"`, `\\`), the pipe guard and the HTML escaper of the variant cells. */
function unescapeText(text: string): string {
  return decodeEntities(text.replace(/\\\|/g, "|").replace(/\\"/g, '"').replace(/\\\\/g, "\\"));
}
