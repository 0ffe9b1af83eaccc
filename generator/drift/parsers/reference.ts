/**
 * Reads chatspec's own reference pages: the at-a-glance `## Fields` table
 * (`Field | Type | Required | Nullable | Default | Rules`, nested inline fields as dotted paths
 * `image_url.detail`, `items[].name`), then each field's section for its description, `Values:` line,
 * `(deprecated)` heading and provider-extension marker. Enum and union pages state their shape in
 * `**Type:**` and `**Values:**` lines.
 */
import { pos, type DocField, type DocPage, type SourcePos, type StatedRange } from "../doc-model.js";
import { readReferenceLabel } from "../labels/reference.js";
import { decodeEntities, lines, splitCells, trimCell, unescapeCell } from "../source.js";

interface Section {
  readonly deprecated: boolean;
  readonly extension: { value: boolean; at: SourcePos } | null;
  readonly description: { text: string; at: SourcePos } | null;
  readonly values: { values: string[]; at: SourcePos } | null;
}

export function parseReference(text: string): DocPage {
  const all = lines(text);
  const titleIndex = all.findIndex((line) => /^# \S/.test(line));
  const title = titleIndex < 0 ? null : { value: (all[titleIndex] as string).slice(2).trim(), at: pos(titleIndex + 1, 3) };
  const header = all.findIndex((line) => /^\| Field \| Type \| Required \| Nullable \| Default \| Rules \|/.test(line));
  if (header < 0) {
    const valuesIndex = all.findIndex((line) => line.startsWith("**Values:** "));
    if (valuesIndex < 0) return { title, kind: "other", sections: [], values: null, defects: [], dialect: null };
    const values = codeSpans((all[valuesIndex] as string).slice("**Values:** ".length));
    return { title, kind: "values", sections: [], values: { values, at: pos(valuesIndex + 1, 1), exhaustive: true }, defects: [], dialect: null };
  }
  const sections = fieldSections(all);
  const fields: DocField[] = [];
  for (let index = header + 2; index < all.length && (all[index] as string).startsWith("|"); index++) {
    const field = row(all[index] as string, index + 1, sections);
    if (field !== null) fields.push(field);
  }
  return { title, kind: "fields", sections: [{ title: null, at: pos(header + 1, 1), fields }], values: null, defects: [], dialect: null };
}

function row(line: string, lineNumber: number, sections: ReadonlyMap<string, Section>): DocField | null {
  const cells = splitCells(line, true).map(trimCell);
  const [fieldCell, typeCell, requiredCell, nullableCell, defaultCell, rulesCell] = cells;
  if (fieldCell === undefined || typeCell === undefined || requiredCell === undefined || nullableCell === undefined || defaultCell === undefined || rulesCell === undefined) return null;
  const pathMatch = /^\[(`+)(.+?)\1\]\(#[^)]*\)$/.exec(fieldCell.text);
  if (pathMatch === null) return null;
  const fullPath = unescapeCell(pathMatch[2] as string);
  const segments = fullPath.split(".").map((segment) => segment.replace(/\[\]$/, ""));
  const label = decodeEntities(unescapeCell(typeCell.text));
  const read = readReferenceLabel(label);
  const rules = decodeEntities(unescapeCell(rulesCell.text))
    .split("; ")
    .map((rule) => rule.trim());
  const section = sections.get(fullPath);
  const at = pos(lineNumber, fieldCell.column + 1 + (pathMatch[1] as string).length);
  const rulesAt = pos(lineNumber, rulesCell.column);
  const range = rangeOf(rules, rulesAt);
  return {
    name: segments[segments.length - 1] as string,
    naming: "written",
    path: segments.slice(0, -1),
    at,
    type: { label, type: read.type, nullable: null, at: pos(lineNumber, typeCell.column), alternatives: read.alternatives },
    required: { value: requiredCell.text === "yes", at: pos(lineNumber, requiredCell.column) },
    nullable: { value: nullableCell.text === "yes", at: pos(lineNumber, nullableCell.column) },
    deprecated: { value: rules.includes("**deprecated**") || section?.deprecated === true, at: rules.includes("**deprecated**") ? rulesAt : at },
    extension: { value: rules.includes("provider extension") || section?.extension?.value === true, at: rulesAt },
    defaults: defaultCell.text === "" ? [] : [{ text: unescapeCell(defaultCell.text), at: pos(lineNumber, defaultCell.column), source: "slot" }],
    range,
    values: section?.values === null || section?.values === undefined ? null : { ...section.values, exhaustive: true },
    description: section?.description ?? null,
    hidden: false,
    blocks: [],
  };
}

/** `from A to B`, `above A below B`, `≥ A`, `≤ B` (and the strict `>`/`<`) in the Rules cell. */
function rangeOf(rules: readonly string[], at: SourcePos): StatedRange | null {
  const number = "(-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)";
  for (const rule of rules) {
    const both = new RegExp(`^(from|above) ${number} (to|below) ${number}$`).exec(rule);
    if (both !== null) return { min: Number(both[2]), max: Number(both[4]), exclusiveMin: both[1] === "above", exclusiveMax: both[3] === "below", text: rule, at };
    const one = new RegExp(`^(≥|>|≤|<) ${number}$`).exec(rule);
    if (one !== null) {
      const low = one[1] === "≥" || one[1] === ">";
      const value = Number(one[2]);
      return { min: low ? value : null, max: low ? null : value, exclusiveMin: one[1] === ">", exclusiveMax: one[1] === "<", text: rule, at };
    }
  }
  return null;
}

/** Each `### `path`` section by path: description, values, deprecation and the extension marker. */
function fieldSections(all: readonly string[]): Map<string, Section> {
  const sections = new Map<string, Section>();
  for (let index = 0; index < all.length; index++) {
    const heading = /^### (`+)(.+?)\1( \(deprecated\))?$/.exec(all[index] as string);
    if (heading === null) continue;
    const path = heading[2] as string;
    const factsIndex = all.findIndex((line, at) => at > index && line.trim() !== "");
    const facts = all[factsIndex] ?? "";
    let end = all.findIndex((line, at) => at > factsIndex && /^<a id="/.test(line));
    if (end < 0) end = all.length;
    const body: { text: string; line: number }[] = [];
    let values: Section["values"] = null;
    for (let at = factsIndex + 1; at < end; at++) {
      const line = all[at] as string;
      if (line.startsWith("Values: ")) values = { values: codeSpans(line.slice("Values: ".length)), at: pos(at + 1, 1) };
      else body.push({ text: line, line: at + 1 });
    }
    // Rule bullets close the section; they come after the description and are read from the table.
    while (body.length > 0 && (body[body.length - 1]?.text.trim() === "" || /^- /.test(body[body.length - 1]?.text ?? ""))) {
      const lastText = body[body.length - 1]?.text ?? "";
      if (lastText.trim() !== "" && !looksLikeRule(lastText)) break;
      body.pop();
    }
    const first = body.find((line) => line.text.trim() !== "");
    const text = body.map((line) => line.text).join("\n").trim();
    const extensionIndex = facts.indexOf("**provider extension**");
    sections.set(path, {
      deprecated: heading[3] !== undefined,
      extension: extensionIndex < 0 ? null : { value: true, at: pos(factsIndex + 1, extensionIndex + 1) },
      description: text === "" || first === undefined ? null : { text, at: pos(first.line, 1) },
      values,
    });
  }
  return sections;
}

function looksLikeRule(line: string): boolean {
  return /^- (from|above|≥|≤|>|<|length|pattern|format|items:|entries:|keys |`[^`]+` (requires|containing))/.test(line);
}

/** The contents of the code spans of a `Values:` line, in order. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/(`+)\s?(.*?)\s?\1/g)].map((match) => match[2] as string);
}
