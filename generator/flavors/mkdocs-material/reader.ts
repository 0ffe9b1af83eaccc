/**
 * Reads kluster / PaperMoon MkDocs Material field markup (doc-flavors 1C; seed 003): field lines
 * `` `name` ++"label"++ [required span] [*deprecated*] `` and the older inline style
 * `` `name` <font color="gray">label Optional Defaults to x</font> - description ``, descriptions
 * (with "Defaults to …" in prose), fields hidden in HTML comments, and nested `??? child "…"`
 * blocks.
 *
 * pymdownx.details decides what a block holds by indentation (4 spaces per level). The reader is
 * lenient where seed 003 is wrong: list-item fields (`- `role``) right after a `??? child` line
 * belong to that block even when not indented, and the missing indentation is reported as a
 * markup defect, because the rendered page shows an empty block.
 */
import { pos, type DocBlock, type DocDefect, type DocField, type DocPage, type Stated } from "../../drift/doc-model.js";
import { lines, normalizeSpaces, signatureCount } from "../../drift/source.js";
import type { Definitions } from "../../ir/lookup.js";
import type { FieldType } from "../../ir/types.js";
import type { FlavorReader, NestedBlockTarget } from "../flavor.js";
import { readKlusterLabel } from "./type-reader.js";
import { objectVariants, variantTitles } from "./variants.js";

/** Constructs only kluster markup has: `++"…"++` keys, the required span, `??? child` blocks, the old style's gray labels. */
const SIGNATURES = [/\+\+"[^"]*"\+\+/, /<span class="required" markdown>/, /^ *\?\?\?\+? child "/m, /<font color="gray">/];

export const mkdocsMaterialReader: FlavorReader = {
  signatureScore: (text) => signatureCount(SIGNATURES, text),
  parse: parseMkdocsMaterial,
  // `*deprecated*` marks deprecation; defaults are a "Defaults to …" sentence (a label in the old style); null is `or null`.
  traits: () => ({ deprecationMarker: true, showsDefaults: true, nullInReferencedType: false, showsNullDefault: true, dropsModelDescriptions: false }),
  memberName: (wire) => wire,
  nestedBlocks: childBlocks,
};

/** The `??? child` blocks a field's type expands into, titled as the writer titles them. */
function childBlocks(type: FieldType, definitions: Definitions, expanded: ReadonlySet<string>): NestedBlockTarget[] {
  const variants = objectVariants(type, definitions, expanded);
  const titles = variantTitles(variants);
  return variants.map((variant, index) => ({ title: titles[index] as string, name: variant.name, fields: variant.fields, expanded: variant.path }));
}

const REQUIRED_SPAN = /<span class="required" markdown>\+\+"required"\+\+<\/span>/;
const FIELD_LINE = /^( *)(- )?(`+)(.+?)\3 +(?:\+\+"([^"]*)"\+\+(.*)|<font color="gray">(.*?)<\/font>(.*))$/;
const CHILD_LINE = /^( *)\?\?\?\+? child "(.*)"\s*$/;
const RULE_LINE = /^ *---\s*$/;

/** One field line as written: where it sits, its name, and the facts the line itself states. */
export interface FieldLine {
  readonly indent: number;
  /** Written as a `- ` list item (seed 003's children); our pages never do. */
  readonly listItem: boolean;
  readonly name: string;
  /** 0-based column of the name's first character. */
  readonly nameIndex: number;
  /** `keys`: `++"label"++`; `font`: the older inline `<font color="gray">` style. */
  readonly style: "keys" | "font";
  /** The type label, with the font style's `a / b / null` read as `a or b or null`. */
  readonly label: string;
  readonly labelIndex: number;
  readonly required: boolean;
  /** 0-based column of the required span, or of the label when the line has none. */
  readonly requiredIndex: number;
  readonly deprecated: boolean;
  /** A default stated in the font style's label (`Defaults to null`). */
  readonly defaultText: string | null;
  /** Description text on the line itself (the font style's ` - …`), "" when none. */
  readonly inlineDescription: string;
}

/** A line of the page with HTML comment marks taken out, and whether the comment hid it. */
export interface VisibleLine {
  readonly text: string;
  /** Characters taken out before the content (`<!--`), so columns still point into the source. */
  readonly offset: number;
  readonly hidden: boolean;
}

/** The page's lines with no-break spaces read as spaces and comment marks removed, each marked hidden when inside a comment. */
export function visibleLines(text: string): VisibleLine[] {
  let inComment = false;
  return lines(normalizeSpaces(text)).map((raw) => {
    let line = raw;
    let offset = 0;
    let hidden = inComment;
    if (line.trimStart().startsWith("<!--")) {
      const at = line.indexOf("<!--");
      hidden = true;
      if (!line.includes("-->", at)) inComment = true;
      line = line.slice(0, at) + line.slice(at + 4);
      offset = 4;
    }
    if (inComment && raw.includes("-->") && !raw.trimStart().startsWith("<!--")) inComment = false;
    return { text: line.replace(/-->\s*$/, ""), offset, hidden };
  });
}

/** `` `name` ++"label"++ [required span] [*deprecated*] `` or the font style; null for any other line. */
export function readFieldLine(line: string): FieldLine | null {
  const match = FIELD_LINE.exec(line);
  if (match === null) return null;
  const [, indentText = "", item, fence = "", name = "", keyLabel, keyTail, fontLabel, fontTail] = match;
  const indent = indentText.length;
  const listItem = item !== undefined;
  const style = keyLabel !== undefined ? "keys" : "font";
  const tail = keyTail ?? "";
  const labelIndex = style === "keys" ? line.indexOf('++"', indent) + 3 : line.indexOf("<font", indent);
  const required = style === "keys" ? REQUIRED_SPAN.test(tail) : /\bRequired\b/.test(fontLabel ?? "");
  return {
    indent,
    listItem,
    name,
    nameIndex: indent + (listItem ? 2 : 0) + fence.length,
    style,
    label: keyLabel ?? fontLabelText(fontLabel ?? ""),
    labelIndex,
    required,
    requiredIndex: style === "keys" && required ? line.indexOf("<span", indent) : labelIndex,
    deprecated: tail.search(/(^| )\*deprecated\*/) >= 0,
    defaultText: /\bDefaults to\s+(.+?)\s*$/.exec(fontLabel ?? "")?.[1] ?? null,
    inlineDescription: (fontTail ?? "").replace(/^\s*-\s*/, ""),
  };
}

/** Every field line of a page, visible or commented out, with its 1-based line number. */
export function fieldLines(text: string): (FieldLine & { readonly line: number; readonly hidden: boolean })[] {
  return visibleLines(text).flatMap((visible, index) => {
    const field = readFieldLine(visible.text);
    return field === null ? [] : [{ ...field, line: index + 1, hidden: visible.hidden }];
  });
}

/** Whether a line is a field line: a structural line of the page, like a rule or a `??? child` line. */
export function isFieldLine(line: string): boolean {
  return FIELD_LINE.test(line);
}

interface Draft {
  field: Omit<DocField, "blocks" | "description">;
  description: string[];
  descriptionAt: { line: number; column: number } | null;
  blocks: BlockDraft[];
}

interface BlockDraft {
  owner: string;
  title: string;
  at: { line: number; column: number };
  indent: number;
  fields: Draft[];
  underIndented: boolean;
}

interface Container {
  readonly indent: number;
  readonly fields: Draft[];
  readonly block: BlockDraft | null;
}

export function parseMkdocsMaterial(text: string): DocPage {
  const root: Container = { indent: -4, fields: [], block: null };
  const stack: Container[] = [root];
  const defects: DocDefect[] = [];
  // Assigned inside the line callback, so kept in an object (TypeScript does not track closures' writes).
  const head: { title: DocPage["title"] } = { title: null };
  let current: Draft | null = null;
  const top = (): Container => stack[stack.length - 1] as Container;

  visibleLines(text).forEach(({ text: line, offset, hidden }, index) => {
    const lineNumber = index + 1;
    if (head.title === null && !hidden && /^# \S/.test(line) && stack.length === 1 && root.fields.length === 0) {
      head.title = { value: line.slice(2).trim(), at: pos(lineNumber, 3) };
      return;
    }
    const child = CHILD_LINE.exec(line);
    if (child !== null) {
      const indent = (child[1] as string).length;
      while (stack.length > 1 && indent < top().indent + 4) stack.pop();
      const owner = top().fields[top().fields.length - 1];
      if (owner === undefined) return;
      const block: BlockDraft = {
        owner: owner.field.name,
        title: child[2] as string,
        at: { line: lineNumber, column: indent + 1 },
        indent,
        fields: [],
        underIndented: false,
      };
      owner.blocks.push(block);
      stack.push({ indent, fields: block.fields, block });
      current = null;
      return;
    }
    if (RULE_LINE.test(line)) {
      current = null;
      return;
    }
    const read = readFieldLine(line);
    if (read !== null) {
      const { indent, listItem } = read;
      // A list item right after a `??? child` line belongs to that block even when not indented (seed 003).
      while (stack.length > 1 && indent < top().indent + 4 && !(listItem && top().block !== null)) stack.pop();
      const container = top();
      if (container.block !== null && indent < container.indent + 4 && !container.block.underIndented) {
        container.block.underIndented = true;
        defects.push({
          at: pos(lineNumber, indent + 1 + offset),
          field: container.block.owner,
          message: `the body of the \`??? child "${container.block.title}"\` block (line ${container.block.at.line}) is not indented ${container.indent + 4} spaces, so pymdownx.details renders an empty block and these fields outside it`,
        });
      }
      const nameAt = pos(lineNumber, read.nameIndex + 1 + offset);
      const labelAt = pos(lineNumber, read.labelIndex + 1 + offset);
      const type = readKlusterLabel(read.label);
      const defaults: Stated[] = read.defaultText === null ? [] : [{ text: read.defaultText, at: labelAt, source: "slot" }];
      const draft: Draft = {
        field: {
          name: read.name,
          naming: "written",
          path: [],
          at: nameAt,
          type: { label: read.label, type: type.type, nullable: type.nullable, at: labelAt },
          required: { value: read.required, at: pos(lineNumber, read.requiredIndex + 1 + offset) },
          nullable: null,
          deprecated: { value: read.deprecated, at: nameAt },
          extension: null,
          defaults,
          range: null,
          values: null,
          hidden,
        },
        description: [],
        descriptionAt: null,
        blocks: [],
      };
      if (read.inlineDescription.trim() !== "") {
        draft.description.push(read.inlineDescription);
        draft.descriptionAt = { line: lineNumber, column: line.indexOf(read.inlineDescription) + 1 + offset };
      }
      container.fields.push(draft);
      current = draft;
      return;
    }
    if (current !== null && line.trim() !== "") {
      if (current.descriptionAt === null) current.descriptionAt = { line: lineNumber, column: line.length - line.trimStart().length + 1 + offset };
      current.description.push(line.trim());
    } else if (current !== null && current.description.length > 0) current.description.push("");
  });

  const fields = root.fields.map(finish);
  return { title: head.title, kind: "fields", sections: [{ title: null, at: head.title?.at ?? pos(1, 1), fields }], values: null, defects, dialect: null };
}

/** `string / array / null Optional Defaults to null ` → `string or array or null`. */
function fontLabelText(text: string): string {
  const label = text.split(/\s(?:Optional|Required)\b/)[0] ?? "";
  return label
    .replace(/\s*\/\s*/g, " or ")
    .replace(/\s+/g, " ")
    .trim();
}

function finish(draft: Draft): DocField {
  const text = draft.description.join("\n").trim();
  return {
    ...draft.field,
    description: text === "" || draft.descriptionAt === null ? null : { text, at: pos(draft.descriptionAt.line, draft.descriptionAt.column) },
    blocks: draft.blocks.map(finishBlock),
  };
}

function finishBlock(block: BlockDraft): DocBlock {
  return { title: block.title, at: pos(block.at.line, block.at.column), fields: block.fields.map(finish) };
}
