/**
 * Reads typedoc-plugin-markdown list-format pages (doc-flavors 1D): `# Interface: Name` pages with
 * one `### name?` heading per member, its `> `optional` **name?**: type` declaration, the summary,
 * nested members of inline objects (`#### child`, `##### child.grandchild`, or under "Union
 * Members" / "Type Literal" for a union with an inline object), and block tags under
 * `#### Deprecated` / `#### Default Value`; `# Type Alias: Name` pages, of which a union of literals
 * is read as an enum's values. `~~name~~` or a Deprecated tag marks deprecation. TypeDoc strikes
 * through everything below a deprecated type or member too (the page title `# ~~Interface: Name~~`,
 * a struck member's nested members), so there a strike says nothing and only the tag counts.
 */
import { pos, type DocField, type DocPage, type DocType, type Stated, type StatedValues } from "../../drift/doc-model.js";
import { readTypeScript } from "./type-reader.js";
import { lines } from "../../drift/source.js";

const TAGS = new Set(["Deprecated", "Default Value"]);

/** A member as the page writes it: its heading and declaration, and the field read from them and the text under them. */
export interface Member {
  /** Heading depth: 3 for interface members, 4 and 5 for the members of an inline object type. */
  readonly level: number;
  /** The heading text as written (escaped, `~~…~~`, `?`). */
  readonly heading: string;
  /** The `> …` declaration line, without `> `. */
  readonly declaration: string;
  /** The heading's name with the plugin's escapes, the optional mark and the strike-through removed (dotted at level 5). */
  readonly written: string;
  /** Struck through in the heading (`~~name~~`), the marker a deprecated member's heading carries. */
  readonly struck: boolean;
  readonly field: DocField;
}

interface Draft {
  level: number;
  heading: string;
  declaration: string;
  written: string;
  struck: boolean;
  field: DocField;
  summary: string[];
  summaryAt: { line: number; column: number } | null;
  deprecatedTag: boolean;
  defaults: Stated[];
}

export function parseTypedocMarkdown(text: string): DocPage {
  const all = lines(text);
  const titleIndex = all.findIndex((line) => TITLE.test(line));
  if (titleIndex < 0) return { title: null, kind: "other", sections: [], values: null, defects: [], dialect: null };
  const heading = all[titleIndex] as string;
  const match = TITLE.exec(heading) as RegExpExecArray;
  const kind = match[2] === "Interface" ? "interface" : "alias";
  const titleText = unescapeName((match[1] === undefined ? (match[3] as string) : (match[3] as string).replace(/~~$/, "")).trim());
  const title = { value: titleText, at: pos(titleIndex + 1, heading.indexOf(":") + 3) };
  if (kind === "alias") return aliasPage(all, title);
  const fields = interfaceMembers(all, match[1] !== undefined).map((member) => member.field);
  return { title, kind: "fields", sections: [{ title: null, at: title.at, fields }], values: null, defects: [], dialect: null };
}

/** `# Interface: Name`, struck through for a deprecated type. */
const TITLE = /^# (~~)?(Interface|Type Alias): (.*)$/;

/**
 * Every member of an interface page, in page order: `###`–`######` headings outside code fences
 * followed by a `> ` declaration. `titleStruck`: the page title is struck through, and so is every member.
 */
export function interfaceMembers(all: readonly string[], titleStruck = false): Member[] {
  const drafts: Draft[] = [];
  /** The latest member at each heading level, for the strikes inherited from above. */
  const above: Draft[] = [];
  let fence: string | null = null;
  let current: Draft | null = null;
  let tagOwner: Draft | null = null;
  let tag: string | null = null;
  const parents: string[] = [];
  all.forEach((line, index) => {
    const marks = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marks !== undefined) fence = fence === null ? marks : marks.startsWith(fence) ? null : fence;
    const headingMatch = fence === null ? /^(#{2,6}) (.+)$/.exec(line) : null;
    if (headingMatch !== null) {
      const level = (headingMatch[1] as string).length;
      const textOfHeading = (headingMatch[2] as string).trim();
      const declaration = all[index + 2] ?? "";
      if (all[index + 1] === "" && declaration.startsWith("> ") && level >= 3) {
        const inherited = titleStruck || above.slice(3, level).some((parent) => parent?.struck === true);
        const draft = member(level, textOfHeading, declaration.slice(2), index + 1, index + 3, parents, inherited);
        if (draft !== null) {
          drafts.push(draft);
          above.splice(level, above.length - level, draft);
          if (level === 3) parents.splice(0, parents.length, draft.field.name);
          current = draft;
          tag = null;
        }
        return;
      }
      if (TAGS.has(textOfHeading)) {
        // A tag belongs to the latest member one level up (`#### Deprecated` after a `###` member's nested ones).
        tagOwner = [...drafts].reverse().find((draft) => draft.level === level - 1) ?? null;
        tag = textOfHeading;
        if (tagOwner !== null && tag === "Deprecated") tagOwner.deprecatedTag = true;
        current = null;
        return;
      }
      current = null;
      tag = null;
      return;
    }
    if (line.startsWith("> ")) return;
    if (line.trim() === "***") {
      // A rule ends a member, or a member of a union ("Union Members"), and whatever text was under it.
      current = null;
      tag = null;
      return;
    }
    if (tag !== null && tagOwner !== null && line.trim() !== "") {
      if (tag === "Default Value") tagOwner.defaults.push({ text: line.trim(), at: pos(index + 1, 1), source: "slot" });
      return;
    }
    if (current !== null && (line.trim() !== "" || current.summary.length > 0)) {
      if (current.summaryAt === null && line.trim() !== "") current.summaryAt = { line: index + 1, column: 1 };
      current.summary.push(line);
    }
  });
  return drafts.map((draft): Member => {
    const summary = draft.summary.join("\n").trim();
    const marked = draft.field.deprecated?.value === true || draft.deprecatedTag;
    const field: DocField = {
      ...draft.field,
      deprecated: { value: marked, at: draft.field.at },
      defaults: draft.defaults,
      description: summary === "" || draft.summaryAt === null ? null : { text: summary, at: pos(draft.summaryAt.line, draft.summaryAt.column) },
    };
    return { level: draft.level, heading: draft.heading, declaration: draft.declaration, written: draft.written, struck: draft.struck, field };
  });
}

/** A member heading and its declaration; nested members get their parent path. */
function member(
  level: number,
  heading: string,
  declaration: string,
  headingLine: number,
  declarationLine: number,
  parents: readonly string[],
  inherited: boolean,
): Draft | null {
  const struck = /^~~(.*)~~$/.exec(heading);
  const bare = struck === null ? heading : (struck[1] as string);
  const optionalMark = bare.endsWith("?");
  const written = unescapeName(bare.replace(/\?$/, "").replace(/^`(.*)`$/, "$1"));
  const parsed = /^((?:`[a-z]+` )*)(?:\*\*(.+?)\*\*|(\S+)): (.*)$/.exec(declaration);
  if (parsed === null) return null;
  const flags = (parsed[1] as string).trim();
  const typeText = parsed[4] as string;
  const typeColumn = declaration.length - typeText.length + 3;
  const type = readTypeScript(typeText);
  const optional = optionalMark || /`optional`/.test(flags);
  const segments = written.split(".");
  const name = level === 5 ? (segments[segments.length - 1] as string) : written;
  const path = level === 3 ? [] : level === 4 ? [...parents] : [...parents, ...segments.slice(0, -1)];
  const at = pos(headingLine, level + 2 + (struck === null ? 0 : 2));
  return {
    level,
    heading,
    declaration,
    written,
    struck: struck !== null,
    field: {
      name,
      naming: "written",
      path,
      at,
      type: { label: typeText, type, nullable: hasNull(type), at: pos(declarationLine, typeColumn) },
      required: { value: !optional, at: pos(declarationLine, 3) },
      nullable: null,
      deprecated: { value: struck !== null && !inherited, at },
      extension: null,
      defaults: [],
      range: null,
      values: null,
      description: null,
      hidden: false,
      blocks: [],
    },
    summary: [],
    summaryAt: null,
    deprecatedTag: false,
    defaults: [],
  };
}

function aliasPage(all: readonly string[], title: { value: string; at: { line: number; column: number } }): DocPage {
  const index = all.findIndex((line) => line.startsWith("> **") || line.startsWith("> "));
  const declaration = index < 0 ? null : /^> (?:\*\*.+?\*\*|\S+) = (.*)$/.exec(all[index] as string);
  const at = pos(title.at.line, title.at.column);
  if (declaration === null) return { title: { value: title.value, at }, kind: "other", sections: [], values: null, defects: [], dialect: null };
  const type = readTypeScript(declaration[1] as string);
  const variants = type.kind === "union" ? type.variants : [type];
  const literals = variants.filter((variant): variant is Extract<DocType, { kind: "literal" }> => variant.kind === "literal");
  const onlyLiterals = literals.length > 0 && variants.every((variant) => variant.kind === "literal" || variant.kind === "null");
  const values: StatedValues | null = onlyLiterals
    ? { values: literals.map((literal) => String(literal.value)), at: pos(index + 1, 3), exhaustive: true }
    : null;
  return { title: { value: title.value, at }, kind: values === null ? "other" : "values", sections: [], values, defects: [], dialect: null };
}

function hasNull(type: DocType): boolean {
  return type.kind === "null" || (type.kind === "union" && type.variants.some((variant) => variant.kind === "null"));
}

/** Removes the plugin's `escapeChars` backslashes (`frequency\_penalty` → `frequency_penalty`). */
function unescapeName(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}
