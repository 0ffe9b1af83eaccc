/**
 * The HTML reference's field rows (redoc-walk.ts) read as facts and held to the docs IR, the way
 * `drift` holds a doc page to it: each row becomes a DocField (its required mark, type label, "or
 * null", default, enum values, deprecation) and goes through drift's compareFacts with the traits of
 * a page that shows all of them; bounds, which Redoc writes in its own notation, are compared here.
 * Besides facts, a reader must meet no "case N" tab and no sentence twice within one field. Pure.
 */
import { compareFacts } from "../../generator/drift/compare-facts.js";
import { type DocField, type DocType, pos } from "../../generator/drift/doc-model.js";
import { schemaAt } from "../../generator/drift/spec-view.js";
import type { FlavorTraits } from "../../generator/flavors/flavor.js";
import { type Definitions, dereference } from "../../generator/ir/lookup.js";
import type { Constraints, Field, FieldType } from "../../generator/ir/types.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import type { RowView } from "./redoc-walk.js";

/** Redoc shows every fact compareFacts knows of: a badge for required and deprecated, a "Default:" line, an "Enum:" list. */
const REDOC_TRAITS: FlavorTraits = {
  deprecationMarker: true,
  showsDefaults: true,
  nullInReferencedType: false,
  showsNullDefault: false,
  dropsModelDescriptions: false,
};

/** One disagreement between the page and the spec, named by field and fact. */
export interface Difference {
  readonly field: string;
  readonly fact: string;
  readonly message: string;
}

export function describeDifference(difference: Difference): string {
  return `${difference.field}: ${difference.fact}: ${difference.message}`;
}

/** A row's views merged: the header is the same in each; values, defaults and texts differ by selected branch. */
interface Row {
  readonly id: string;
  readonly path: string;
  readonly first: RowView;
  readonly views: readonly RowView[];
}

/** The rows of a walk, one per deep-link id, with the section prefix taken off their path. */
export function rowsOf(views: readonly RowView[], section: string): Row[] {
  const byId = new Map<string, RowView[]>();
  for (const view of views) byId.set(view.id, [...(byId.get(view.id) ?? []), view]);
  return [...byId].map(([id, list]) => ({ id, path: id.slice(section.length), first: list[0] as RowView, views: list }));
}

/**
 * Every difference between the rows and the IR type of the section's body (`root`): each row's
 * field is found by its deep-link path (`messages[]&d=0/content&oneof=1[]/type`).
 */
export function compareRows(rows: readonly Row[], root: FieldType, definitions: Definitions, document: OpenApiDocument): Difference[] {
  const differences: Difference[] = [];
  for (const row of rows) {
    const label = readablePath(row.path);
    if (row.first.name === "property name*") continue;
    const found = fieldAt(root, row.path, definitions);
    if (found === null) {
      differences.push({ field: label, fact: "field", message: `shown on the page, but the spec has no field at ${row.path}` });
      continue;
    }
    const spec = asRedocShowsIt(found);
    const report = (_at: unknown, code: string, _severity: string, message: string) => differences.push({ field: label, fact: code, message });
    compareFacts(docFieldOf(row), spec, label, { traits: REDOC_TRAITS, definitions, document, report });
    differences.push(...compareBounds(row, spec, label, definitions, document));
    differences.push(...compareValueList(row, found.candidates, label, definitions));
  }
  return differences;
}

/**
 * A field's facts as Redoc words them: an object default is shown on the object's fields (`format`'s
 * `{"type": "text"}` as `type`'s "Default: text"), not on the object.
 */
function asRedocShowsIt(found: Found): Field {
  const { field, parent } = found;
  const own = field.default?.value;
  const fromParent = parent?.default?.value;
  if (own !== undefined && own !== null && typeof own === "object" && !Array.isArray(own)) return { ...field, default: null };
  if (field.default === null && fromParent !== null && typeof fromParent === "object" && !Array.isArray(fromParent) && fromParent !== undefined) {
    const value = fromParent[field.name];
    if (value !== undefined) return { ...field, default: { value } };
  }
  return field;
}

/**
 * The fields of the body whose nested fields the walk did not reach: a field with an object (or
 * objects in a union or an array) whose fields show no row. Zero when everything collapsed was opened.
 */
export function unopened(rows: readonly Row[], root: FieldType, definitions: Definitions): string[] {
  const paths = rows.map((row) => row.path);
  return fieldsOf(root, definitions)
    .filter((field) => hasFields(field.type, definitions, new Set()))
    .filter((field) => !paths.some((path) => path.startsWith(`${field.name}/`) || path.startsWith(`${field.name}&`) || path.startsWith(`${field.name}[]`)))
    .map((field) => field.name);
}

function hasFields(type: FieldType, definitions: Definitions, seen: ReadonlySet<string>): boolean {
  if (type.kind === "ref") return !seen.has(type.name) && hasFields(dereference(type, definitions), definitions, new Set([...seen, type.name]));
  if (type.kind === "object") return type.fields.length > 0;
  if (type.kind === "array") return hasFields(type.items, definitions, seen);
  if (type.kind === "union") return type.variants.some((variant) => hasFields(variant, definitions, seen));
  return false;
}

/** What a reader must not meet: "case N" tabs (Redoc's rendering of if/then rules) and a sentence twice in one field's view. */
export function readerProblems(rows: readonly Row[]): Difference[] {
  const problems: Difference[] = [];
  for (const row of rows) {
    const label = readablePath(row.path);
    for (const tab of new Set(row.views.flatMap((view) => view.tabs))) {
      if (/^case \d+$/i.test(tab)) problems.push({ field: label, fact: "case-tab", message: `a "${tab}" tab` });
    }
    const repeated = new Set<string>();
    for (const view of row.views) {
      const seen = new Set<string>();
      for (const sentence of view.texts.flatMap(sentences)) {
        if (seen.has(sentence)) repeated.add(sentence);
        seen.add(sentence);
      }
    }
    for (const sentence of repeated) problems.push({ field: label, fact: "repeated-sentence", message: `"${sentence}" is said twice` });
  }
  return problems;
}

/** "case N" tabs anywhere on the page, by label: Redoc's rendering of if/then rules, which tells a reader nothing. */
export function caseTabs(labels: readonly string[]): Difference[] {
  return labels.filter((label) => /^case \d+$/i.test(label.trim())).map((label) => ({ field: "(body)", fact: "case-tab", message: `a "${label.trim()}" tab` }));
}

/** Rendered text split into sentences (after `.`, `!` or `?` and a space, and at line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** `messages[]&d=0/content&oneof=1[]/type` → `messages[].content[].type`, as findings name nested fields. */
export function readablePath(path: string): string {
  return path
    .split("/")
    .map((segment) => segment.replace(/&[a-z]+=\d+/g, ""))
    .filter((segment) => segment !== "")
    .join(".");
}

/** One step of a deep-link path segment: the field name, then `[]` (array items) and `&d=N`/`&oneof=N` (a branch) in written order. */
type Step = { readonly kind: "items" } | { readonly kind: "branch"; readonly index: number; readonly discriminator: boolean };

/**
 * The IR field a deep-link path names, the field it is nested in, and every field of that name the
 * parent's branches have: Redoc gives a union's common field (a discriminator's `role`) one id for
 * all branches. Null when there is none. `[i]` is the row Redoc shows for an array's items.
 */
interface Found {
  readonly field: Field;
  readonly parent: Field | null;
  readonly candidates: readonly Field[];
}

export function fieldAt(root: FieldType, path: string, definitions: Definitions): Found | null {
  let type: FieldType = root;
  let found = null as Found | null;
  for (const segment of path.split("/")) {
    const name = /^[^[&]*/.exec(segment)?.[0] ?? "";
    const parent: Field | null = found?.field ?? null;
    if (segment === "[i]") {
      const shape = dereference(type, definitions);
      if (shape.kind !== "array" || parent === null) return null;
      const items: Field = {
        ...parent,
        name: "[i]",
        type: shape.items,
        required: false,
        nullable: false,
        deprecated: false,
        default: null,
        constraints: NO_CONSTRAINTS,
        extensions: [],
      };
      return { field: items, parent, candidates: [items] };
    }
    // An empty name is the body itself: Redoc's ids for the branches of the body (`&oneof=0/model`, its "case N" tabs).
    if (name !== "") {
      const candidates = fieldsOf(type, definitions).filter((candidate) => candidate.name === name);
      const field = candidates[0];
      if (field === undefined) return null;
      found = { field, parent, candidates };
      type = field.type;
    }
    const steps: Step[] = [...segment.slice(name.length).matchAll(/\[\]|&(d|oneof)=(\d+)/g)].map((match) =>
      match[0] === "[]" ? { kind: "items" } : { kind: "branch", index: Number(match[2]), discriminator: match[1] === "d" },
    );
    for (const step of steps) {
      const next = stepInto(type, step, definitions);
      if (next === null) return null;
      type = next;
    }
  }
  return found;
}

const NO_CONSTRAINTS: Constraints = {
  minimum: null,
  maximum: null,
  exclusiveMinimum: null,
  exclusiveMaximum: null,
  minLength: null,
  maxLength: null,
  pattern: null,
  format: null,
  minItems: null,
  maxItems: null,
  minProperties: null,
  maxProperties: null,
  keyPattern: null,
  keyMaxLength: null,
};

function stepInto(type: FieldType, step: Step, definitions: Definitions): FieldType | null {
  const shape = dereference(type, definitions);
  if (step.kind === "items") return shape.kind === "array" ? shape.items : null;
  if (shape.kind !== "union") return step.index === 0 || !step.discriminator ? shape : null;
  if (step.discriminator && shape.discriminator !== null) {
    const mapped = shape.discriminator.mapping[step.index];
    return mapped === undefined ? null : { kind: "ref", name: mapped.name };
  }
  // Redoc counts every branch; the IR leaves null branches out of `variants` but keeps their positions in the pointers.
  const at = shape.variantPointers.findIndex((pointer) => pointer.endsWith(`/${step.index}`));
  return at < 0 ? null : (shape.variants[at] ?? null);
}

/** The fields of an object type (through references); a union of objects offers its variants' fields. */
function fieldsOf(type: FieldType, definitions: Definitions): readonly Field[] {
  const shape = dereference(type, definitions);
  if (shape.kind === "object") return shape.fields;
  if (shape.kind === "union") return shape.variants.flatMap((variant) => fieldsOf(variant, definitions));
  return [];
}

/** A row as drift's DocField: Redoc states required, type, null, defaults, values and deprecation in fixed places. */
function docFieldOf(row: Row): DocField {
  const at = pos(1, 1);
  const { type, nullable } = parseLabel(typePart(row.first.label));
  const defaults = [...new Set(row.views.flatMap((view) => view.defaults))];
  const tabs = row.first.tabs.filter((tab) => tab !== "null");
  const deprecatedTabs = tabs.length > 0 && tabs.every((tab) => tab.includes("(deprecated)"));
  return {
    name: row.first.name,
    naming: "written",
    path: [],
    at,
    type: { label: row.first.label, type, nullable, at },
    required: { value: row.first.badges.includes("required"), at },
    nullable: null,
    deprecated: { value: row.first.badges.includes("deprecated") || deprecatedTabs, at },
    extension: null,
    defaults: defaults.map((text) => ({ text, at, source: "slot" as const })),
    range: null,
    values: null,
    // The rendered text, for what only prose can say (a provider extension); a branch's text is its view's.
    description: { text: row.first.texts.join("\n\n"), at },
    hidden: false,
    blocks: [],
  };
}

/** The label without the bounds Redoc appends after commas: `number or null, [ 0 .. 2 ]` → `number or null`. */
function typePart(label: string): string {
  return splitTop(label, ", ")[0] ?? "";
}

/** Splits at `separator` outside parentheses. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      start = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const WORDS: Readonly<Record<string, DocType>> = {
  string: { kind: "string" },
  boolean: { kind: "boolean" },
  object: { kind: "object" },
  null: { kind: "null" },
  any: { kind: "any" },
  items: { kind: "any" },
  integer: { kind: "integer", bits: null },
  number: { kind: "number", bits: null, integers: false },
};

/** A Redoc type label in drift's terms: `Title (string) or Array of Stop sequences (strings) or null`. */
export function parseLabel(label: string): { type: DocType; nullable: boolean } {
  const parts = splitTop(label.trim(), " or ").map((part) => part.trim());
  const variants = parts.map(parsePart);
  const nullable = variants.some((variant) => variant.kind === "null");
  return { type: variants.length === 1 ? (variants[0] as DocType) : { kind: "union", variants }, nullable };
}

function parsePart(part: string): DocType {
  if (part.startsWith("(") && part.endsWith(")")) return parseLabel(part.slice(1, -1)).type;
  if (part.startsWith("Array of ")) return { kind: "array", items: parsePart(part.slice("Array of ".length)) };
  // A titled shape: `Service tier (string)`; the type in parentheses is what it is.
  const titled = /^.+ \(([^()]+)\)$/.exec(part);
  if (titled !== null) return parseLabel(singular(titled[1] as string)).type;
  const word = WORDS[singular(part)];
  return word ?? { kind: "unrecognized", text: part, suggestion: null };
}

/** Redoc writes an array's item types in the plural: `strings or nulls`. */
function singular(text: string): string {
  return text
    .split(" or ")
    .map((word) => word.replace(/^(string|object|number|integer|array|boolean|null)s$/, "$1"))
    .join(" or ");
}

/** The bounds a row's label states, in the spec's keywords. */
type StatedBounds = Partial<Record<keyof Constraints, number>>;

const UNIT_KEYWORDS: Readonly<Record<string, readonly [keyof Constraints, keyof Constraints]>> = {
  characters: ["minLength", "maxLength"],
  items: ["minItems", "maxItems"],
  properties: ["minProperties", "maxProperties"],
  property: ["minProperties", "maxProperties"],
};

/** Reads Redoc's bounds notation (`[ 0 .. 2 ]`, `<= 64 characters`, `non-empty`, `( 0 .. 1 ]`) for a field of the given kind. */
export function statedBounds(label: string, kind: string): StatedBounds {
  const bounds: StatedBounds = {};
  for (const part of splitTop(label, ", ").slice(1)) {
    if (part === "non-empty") {
      const key = kind === "array" ? "minItems" : kind === "string" ? "minLength" : "minProperties";
      bounds[key] = 1;
      continue;
    }
    const match = /^(?:([[(]) (-?[\d.e+]+) \.\. (-?[\d.e+]+) ([\])])|(<=|<|>=|>|=) (-?[\d.e+]+))(?: (\w+))?$/.exec(part);
    if (match === null) continue;
    const [, open, low, high, close, operator, single, unit] = match;
    if (unit !== undefined) {
      const [minKey, maxKey] = UNIT_KEYWORDS[unit] ?? ["minItems", "maxItems"];
      if (low !== undefined) Object.assign(bounds, { [minKey]: Number(low), [maxKey]: Number(high) });
      else if (operator === "<=") bounds[maxKey] = Number(single);
      else if (operator === ">=") bounds[minKey] = Number(single);
      else if (operator === "=") Object.assign(bounds, { [minKey]: Number(single), [maxKey]: Number(single) });
      continue;
    }
    if (low !== undefined) {
      bounds[open === "(" ? "exclusiveMinimum" : "minimum"] = Number(low);
      bounds[close === ")" ? "exclusiveMaximum" : "maximum"] = Number(high);
    } else if (operator === "<=") bounds.maximum = Number(single);
    else if (operator === "<") bounds.exclusiveMaximum = Number(single);
    else if (operator === ">=") bounds.minimum = Number(single);
    else if (operator === ">") bounds.exclusiveMinimum = Number(single);
  }
  return bounds;
}

const BOUND_KEYWORDS: readonly (keyof Constraints)[] = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
];

/**
 * The field's bounds as the spec states them on the field's own schema: the property's, its inline
 * nullable branch's (the IR's constraints), or, for a field that is one `$ref`, the target's.
 */
function specBounds(field: Field, definitions: Definitions, document: OpenApiDocument): StatedBounds {
  const bounds: StatedBounds = {};
  for (const key of BOUND_KEYWORDS) {
    const value = field.constraints[key];
    if (typeof value === "number") bounds[key] = value;
  }
  if (Object.keys(bounds).length > 0 || field.type.kind !== "ref") return bounds;
  const definition = definitions.get(field.type.name);
  const target = definition === undefined ? null : schemaAt(document, definition.pointer);
  for (const key of BOUND_KEYWORDS) if (typeof target?.[key] === "number") bounds[key] = target[key] as number;
  return bounds;
}

function compareBounds(row: Row, spec: Field, label: string, definitions: Definitions, document: OpenApiDocument): Difference[] {
  const kind = dereference(spec.type, definitions).kind;
  const stated = statedBounds(row.first.label, kind);
  const expected = specBounds(spec, definitions, document);
  const differences: Difference[] = [];
  for (const key of BOUND_KEYWORDS) {
    if (stated[key] === expected[key]) continue;
    // Redoc writes an exclusive bound beside an inclusive one as the inclusive one's notation; "non-empty" stands for any minimum of 1.
    differences.push({
      field: label,
      fact: "bounds",
      message: `\`${key}\` is ${stated[key] === undefined ? "not shown" : `shown as ${stated[key]}`}, the spec ${expected[key] === undefined ? "has none" : `says ${expected[key]}`} (label: "${row.first.label}")`,
    });
  }
  return differences;
}

/**
 * Enum values: compareFacts checks stated values only when the page states them, so values the page
 * leaves out entirely are checked here, and the page's list (over every branch a reader can select)
 * must be the spec's exactly.
 */
function compareValueList(row: Row, candidates: readonly Field[], label: string, definitions: Definitions): Difference[] {
  const expected = [...new Set(candidates.flatMap((candidate) => specValues(candidate.type, definitions)))];
  const nullable = candidates.some((candidate) => candidate.nullable);
  const shown = [...new Set(row.views.flatMap((view) => view.values))]
    .map((value) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    })
    // The IR lifts `null` out of an enum onto the field (`nullable`), which compareFacts holds the label's "or null" to.
    .filter((value) => !(value === null && nullable))
    .map(String);
  const missing = expected.filter((value) => !shown.includes(value));
  const extra = shown.filter((value) => !expected.includes(value));
  const differences: Difference[] = [];
  if (missing.length > 0)
    differences.push({ field: label, fact: "enum", message: `the page does not list ${missing.map((value) => `"${value}"`).join(", ")}` });
  if (extra.length > 0)
    differences.push({
      field: label,
      fact: "enum",
      message: `the page lists ${extra.map((value) => `"${value}"`).join(", ")}, which the spec does not accept`,
    });
  return differences;
}

/** The enum and const values of a field's own type and its union branches (not of array items or nested fields: those are rows of their own or shown with "Show details"). */
function specValues(type: FieldType, definitions: Definitions, seen: ReadonlySet<string> = new Set()): string[] {
  if (type.kind === "ref") {
    if (seen.has(type.name)) return [];
    const definition = definitions.get(type.name);
    return definition === undefined ? [] : specValues(definition.type, definitions, new Set([...seen, type.name]));
  }
  if (type.kind === "enum") return type.values.map(String);
  if (type.kind === "const" && type.value !== null && typeof type.value !== "object") return [String(type.value)];
  if (type.kind === "union") return [...new Set(type.variants.flatMap((variant) => specValues(variant, definitions, seen)))];
  return [];
}
