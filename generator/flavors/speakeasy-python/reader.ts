/**
 * Reads Speakeasy Python model pages (doc-flavors 1A; seeds 000 and 002): the `## Fields` table
 * (`Field | Type | Required | Description`, columns found by header, so an `Example` column is
 * fine), the `## Values` table of enum pages, and `## Supported Types` union pages (not compared).
 * Deprecation is marked by `~~`name`~~` and the `: warning: ** DEPRECATED **` prefix; Speakeasy
 * never prints defaults, so those come from prose only.
 */
import { pos, type DocField, type DocPage, type StatedValues } from "../../drift/doc-model.js";
import { decodeEntities, lines, signatureCount, splitCells, trimCell, unescapeCell, type Cell } from "../../drift/source.js";
import { definitionsOf, pointerIndex } from "../../ir/lookup.js";
import type { Model } from "../../ir/types.js";
import { definitionShape, type FlavorReader, type TitledShape } from "../flavor.js";
import { buildCatalog } from "./catalog.js";
import { fieldName } from "./naming.js";
import { speakeasySettings } from "./settings.js";
import { readPythonCell } from "./type-reader.js";

const PYDANTIC_EXTRA = "__pydantic_extra__";

const WARNING = /^:\s?warning:\s?\*\*\s?DEPRECATED\s?\*\*:[^<]*(<br\/><br\/>)?/i;

/** Constructs only a Speakeasy page has: its section headings and table header, the required emoji, the wrappers, links to `../models/`, Python code blocks. */
const SIGNATURES = [
  /^## (Fields|Values|Supported Types)$/m,
  /^\| Field +\| Type +\| Required +\| Description +\|/m,
  /:heavy_(check_mark|minus_sign):/,
  /\*(Optional|OptionalNullable|Nullable)\[/,
  /\]\((\.\.\/)+models\/([a-z]+\/)?[a-z0-9_]+\.md\)/,
  /^```python$/m,
];

export const speakeasyPythonReader: FlavorReader = {
  signatureScore: (text) => signatureCount(SIGNATURES, text),
  parse: parseSpeakeasyPython,
  // `~~name~~` and the warning prefix mark deprecation; defaults are never printed (prose only); null is in the wrapper, not on lists or dicts.
  // A multipart file part is a `File` class, and a required field with a default is optional in the class (the writer's `defaultFills`).
  traits: () => ({
    deprecationMarker: true,
    showsDefaults: false,
    nullInReferencedType: false,
    showsNullDefault: false,
    dropsModelDescriptions: false,
    fileClasses: true,
    defaultsMakeOptional: true,
  }),
  memberName: fieldName,
  titledShapes: classTitles,
  // The components layout keeps operation wrappers and inline error bodies in their own folders.
  outsideSchemas: (file) => /(^|[\\/])models[\\/](operations|errors|internal)[\\/]/.test(file),
};

/**
 * Python class names of inline shapes, which title their pages; definitions keep their schema
 * names. A page may come from either naming (`inlineNames`): the seeds' (parent + property, `One`,
 * `Two`, …), listed first, and Speakeasy's own (`Role`, `AnthropicMessageRequest1`), where it gives
 * a title the first did not: chatspec's own pages must map to what they document.
 */
function classTitles(model: Model): [string, TitledShape][] {
  const definitions = definitionsOf(model);
  const pointers = pointerIndex(model);
  const titles = new Map<string, TitledShape>();
  // Operation classes (requests, response bodies, globals) title their pages too, so a wrapper page maps to its operation's shape, not to a schema it resembles.
  const settings = [
    { ...speakeasySettings(), inlineNames: "qualified" as const },
    { ...speakeasySettings(), inlineNames: "property" as const },
    {
      ...speakeasySettings(),
      inlineNames: "property" as const,
      operationPages: "written" as const,
      operationResponses: "named-body" as const,
      flattenRequests: "on" as const,
    },
    { ...speakeasySettings(), inlineNames: "property" as const, operationPages: "written" as const, operationResponses: "body" as const },
    // Error classes apart from the models (r9s): the plain names their inline shapes would take go to the models' shapes.
    {
      ...speakeasySettings(),
      inlineNames: "property" as const,
      errorSchemas: "omitted" as const,
      operationPages: "written" as const,
      operationResponses: "named-body" as const,
      flattenRequests: "on" as const,
    },
    // gen.yaml's `nameResolutionDec2023: false`: inline shapes named as the operations reach them (ding's
    // `Status` is CreateAuthenticationResponse's `status`, FeedbackRequest's is `FeedbackRequestStatus`).
    { ...speakeasySettings(), inlineNames: "property" as const, namingOrder: "operations" as const, operationPages: "written" as const },
    // Speakeasy's nameResolutionFeb2025 (agentset, que, bolt, emailr).
    {
      ...speakeasySettings(),
      inlineNames: "feb2025" as const,
      operationPages: "written" as const,
      operationResponses: "named-body" as const,
      flattenRequests: "on" as const,
    },
  ];
  // gen.yaml's `requestBodyFieldName: body` (emailr, margen) names every request's body field `body`:
  // the request classes of those namings have that field too, and the page says which it documents.
  settings.push(...settings.slice(2).map((setting) => ({ ...setting, requestBodyFieldName: "body" })));
  for (const setting of settings) {
    const catalog = buildCatalog(model, setting);
    // A component's request form (`input-models.ts`) is a shape of the catalog's own: it points where the component does.
    const formPointers = new Map([...catalog.definitions.values()].map((definition) => [definition.type, definition.pointer]));
    for (const shape of catalog.shapes) {
      const definition = definitions.get(shape.name);
      if (definition !== undefined) {
        // A component only requests reach is its request form, without its `readOnly` properties (easyreview `PatchedField`): drift takes the shape the page fits.
        if (shape.type !== definition.type && shape.type.kind === "object" && !titles.has(shape.name))
          titles.set(shape.name, { ...definitionShape(definition), alternatives: [{ ...definitionShape(definition), type: shape.type }] });
        continue;
      }
      const titled = {
        name: shape.name,
        type: shape.type,
        pointer: pointers.get(shape.type) ?? formPointers.get(shape.type) ?? "",
        definition: null,
        without: null,
      };
      const earlier = titles.get(shape.name);
      if (earlier === undefined) titles.set(shape.name, titled);
      // Another naming gives the title to another shape (honeyhive's `ExperimentResultResponseDatapoints` is a deeper shape than the seeds' naming's).
      else if (earlier.type !== shape.type && !(earlier.alternatives ?? []).some((other) => other.type === shape.type))
        titles.set(shape.name, { ...earlier, alternatives: [...(earlier.alternatives ?? []), titled] });
    }
  }
  return [...titles];
}

export function parseSpeakeasyPython(text: string): DocPage {
  const all = lines(text);
  const titleIndex = all.findIndex((line) => /^# \S/.test(line));
  // A deprecated schema's title is struck through (`# ~~FunctionCall~~`): the name is inside.
  const title =
    titleIndex < 0
      ? null
      : {
          value: (all[titleIndex] as string)
            .slice(2)
            .trim()
            .replace(/^~~(.+)~~$/, "$1"),
          at: pos(titleIndex + 1, 3),
        };
  const fieldsTable = sectionTable(all, "Fields");
  const valuesTable = sectionTable(all, "Values");
  if (fieldsTable !== null) {
    const at = pos(fieldsTable.headerLine, 1);
    return { title, kind: "fields", sections: [{ title: null, at, fields: fieldRows(fieldsTable) }], values: null, defects: [], dialect: null };
  }
  if (valuesTable !== null) {
    return { title, kind: "values", sections: [], values: valueRows(valuesTable), defects: [], dialect: null };
  }
  return { title, kind: "other", sections: [], values: null, defects: [], dialect: null };
}

export interface Table {
  readonly headerLine: number;
  readonly columns: readonly string[];
  /** Body rows with their 1-based line numbers, cells trimmed. */
  readonly rows: readonly { readonly line: number; readonly cells: readonly Cell[] }[];
  /** The table's lines as written: header, separator, body. */
  readonly lines: readonly string[];
}

/** The table after `## <section>`: header names and the body rows with their line numbers. */
export function sectionTable(all: readonly string[], section: string): Table | null {
  const start = all.findIndex((line) => line.trim() === `## ${section}`);
  if (start < 0) return null;
  const header = all.findIndex((line, index) => index > start && line.startsWith("|"));
  if (header < 0) return null;
  const columns = splitCells(all[header] as string, true).map((cell) => cell.text.trim());
  const rows: { line: number; cells: Cell[] }[] = [];
  for (let index = header + 2; index < all.length && (all[index] as string).startsWith("|"); index++) {
    rows.push({ line: index + 1, cells: splitCells(all[index] as string, true).map(trimCell) });
  }
  return { headerLine: header + 1, columns, rows, lines: all.slice(header, header + 2 + rows.length) };
}

/** The cells of a `## Fields` row as written, by column name; `name` without its code span and strike-through. */
export interface FieldRowCells {
  readonly name: string;
  readonly struck: boolean;
  readonly nameCell: Cell;
  readonly typeCell: Cell | undefined;
  readonly requiredCell: Cell | undefined;
  readonly descriptionCell: Cell | undefined;
}

/** The named cells of one row of a fields table; null for a row whose Field cell holds no `` `name` ``. */
export function fieldRowCells(table: Table, cells: readonly Cell[]): FieldRowCells | null {
  const column = (name: string) => table.columns.indexOf(name);
  const nameCell = cells[column("Field")];
  if (nameCell === undefined) return null;
  const name = /^(~~)?(`+)(.+?)\2(~~)?$/.exec(nameCell.text);
  if (name === null) return null;
  return {
    name: name[3] as string,
    struck: name[1] !== undefined,
    nameCell,
    typeCell: cells[column("Type")],
    requiredCell: cells[column("Required")],
    descriptionCell: cells[column("Description")],
  };
}

function fieldRows(table: Table): DocField[] {
  return table.rows.flatMap(({ line, cells }) => {
    const row = fieldRowCells(table, cells);
    // `__pydantic_extra__` holds the properties the schema does not list: a Python attribute, not a wire field.
    if (row === null || row.name === PYDANTIC_EXTRA) return [];
    const { nameCell, struck, typeCell, requiredCell, descriptionCell } = row;
    const required =
      requiredCell === undefined ? null : requiredCell.text === ":heavy_check_mark:" ? true : requiredCell.text === ":heavy_minus_sign:" ? false : null;
    const rawDescription = descriptionCell === undefined ? "" : decodeEntities(unescapeCell(descriptionCell.text));
    const warning = WARNING.exec(rawDescription);
    const description = (warning === null ? rawDescription : rawDescription.slice(warning[0].length)).replace(/<br\/>/g, "\n");
    const read = typeCell === undefined ? null : readPythonCell(typeCell.text);
    const at = pos(line, nameCell.column);
    // Lists, dicts and dates are never wrapped, so only a wrapper (or a bare required type) says anything about null.
    const bare = read !== null && read.wrapper === null;
    const silent = bare && (read.type.kind === "array" || read.type.kind === "map" || /^\[date\]/.test(typeCell?.text ?? "") || required !== true);
    const nullable = read === null || silent ? null : read.wrapper === "OptionalNullable" || read.wrapper === "Nullable";
    const field: DocField = {
      name: row.name,
      naming: "written",
      path: [],
      at,
      type: read === null || typeCell === undefined ? null : { label: typeCell.text, type: read.type, nullable, at: pos(line, typeCell.column) },
      required: required === null || requiredCell === undefined ? null : { value: required, at: pos(line, requiredCell.column) },
      nullable: null,
      deprecated: { value: struck || warning !== null, at },
      extension: null,
      defaults: [],
      range: null,
      values: null,
      description:
        description.trim() === "" || description.trim() === "N/A" || descriptionCell === undefined
          ? null
          : { text: description, at: pos(line, descriptionCell.column + (warning?.[0].length ?? 0)), inline: "<br/>" },
      hidden: false,
      blocks: [],
    };
    return [field];
  });
}

function valueRows(table: Table): StatedValues {
  const valueColumn = table.columns.indexOf("Value");
  const values = table.rows.flatMap(({ cells }) => {
    const cell = cells[valueColumn];
    return cell === undefined ? [] : [decodeEntities(unescapeCell(cell.text))];
  });
  return { values, at: pos(table.headerLine, 1), exhaustive: true };
}
