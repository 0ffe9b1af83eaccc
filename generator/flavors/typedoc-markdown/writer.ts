/**
 * `typedoc-markdown`: what typedoc-plugin-markdown 4.12 writes for our generated TypeScript types
 * (doc-flavors 1D), with its default list format and with page headers, breadcrumbs and sources
 * hidden. Object schemas become `interfaces/<Name>.md`, every other schema `type-aliases/<Name>.md`.
 *
 * The TypeScript side is modelled on what the generated `.d.ts` would carry as TSDoc: the spec
 * description as the summary, `deprecated: true` as `@deprecated` and `default:` as `@defaultValue`.
 * Members are sorted alphabetically, as TypeDoc's default `sort` does (seed 004 is in that order).
 */
import { definitionsOf, nullableThroughReference, type Definitions } from "../../ir/lookup.js";
import type { Definition, Field, FieldType, Model } from "../../ir/types.js";
import { typeName } from "../../naming.js";
import type { FlavorWriter, FlavorOptions, PageToRender } from "../flavor.js";
import { inlineCode } from "../../lib/markdown.js";
import { containedBlock } from "../contained-block.js";
import { camelCase } from "./naming.js";
import { escapeChars, folderOf, pagePath, renderType } from "./type-labels.js";

/** Lines that would end the member early if pasted raw: ATX headings, setext underlines, thematic breaks. */
const BLOCK_OPENER = /^ {0,3}(#{1,6}(\s|$)|(\*\s*){3,}$|(-\s*){3,}$|(_\s*){3,}$|=+\s*$)/;

/** A block tag under its heading (`#### Deprecated`); `text` is null for a tag with no content. */
interface TagView {
  readonly heading: string;
  readonly text: string | null;
}

interface MemberView {
  readonly heading: string;
  readonly declaration: string;
  readonly summary: string | null;
  /** Members of an inline object type (the plugin's type declaration list), already flattened. */
  readonly nested: readonly MemberView[];
  readonly tags: readonly TagView[];
  /** `***` after every top-level member but the last; nested members have none. */
  readonly separator: boolean;
}

export const typedocMarkdownWriter: FlavorWriter = {
  pages(model: Model, options: FlavorOptions): PageToRender[] {
    const definitions = definitionsOf(model);
    const names = options.memberNames === "camelCase" ? camelCase : (name: string) => name;
    return model.definitions.map((definition) => {
      const folder = folderOf(definition);
      const view = folder === "interfaces" ? interfaceView(definition, definitions, names) : typeAliasView(definition, definitions);
      return { path: pagePath(definition), template: folder === "interfaces" ? "interface.md" : "type-alias.md", view, ending: "one-newline" as const };
    });
  },
};

type Names = (wire: string) => string;

function interfaceView(definition: Definition, definitions: Definitions, names: Names) {
  const fields = definition.type.kind === "object" ? definition.type.fields : [];
  const members = sortByName(fields, names).map((field, index, all) => ({
    ...memberView(field, 3, "", definitions, names),
    nested: nestedMembers(field, 3, definitions, names),
    separator: index < all.length - 1,
  }));
  return {
    name: escapeChars(typeName(definition.name)),
    summary: containedBlock(definition.description, BLOCK_OPENER),
    tags: tags(definition, 2),
    members,
  };
}

function typeAliasView(definition: Definition, definitions: Definitions) {
  const name = typeName(definition.name);
  return {
    name: escapeChars(name),
    declaration: `${boldName(name)} = ${renderType(definition.type, definition.nullable, definitions, "type-aliases")}`,
    summary: containedBlock(definition.description, BLOCK_OPENER),
    tags: tags(definition, 2),
  };
}

/**
 * One property at heading `level`, without its type declaration list. `prefix` is the dotted parent
 * path of a flattened nested member (`json_schema.strict`).
 */
function memberView(field: Field, level: number, prefix: string, definitions: Definitions, names: Names): MemberView {
  const name = `${prefix}${names(field.name)}`;
  const optional = field.required ? "" : "?";
  const title = `${/\\/.test(name) ? `\`${name}\`` : escapeChars(name)}${optional}`;
  return {
    heading: `${"#".repeat(level)} ${field.deprecated ? `~~${title}~~` : title}`,
    declaration: `${field.required ? "" : "`optional` "}${boldName(name, optional)}: ${renderType(field.type, ownNull(field, definitions), definitions, "interfaces")}`,
    summary: containedBlock(field.description, BLOCK_OPENER),
    nested: [],
    tags: tags(field, level + 1),
    separator: false,
  };
}

/**
 * The type declaration list of an inline object (or array of inline objects): its members one level
 * down, and their own inline objects flattened into dotted names two levels down, as the plugin's
 * `getFlattenedDeclarations` does. A nullable inline object is listed the same way; the plugin would
 * add a "Union Members" section for `{…} | null`, which we leave out.
 */
function nestedMembers(field: Field, level: number, definitions: Definitions, names: Names): MemberView[] {
  const flatten = (type: FieldType, prefix: string): MemberView[] => {
    const inline = type.kind === "array" ? type.items : type;
    if (inline.kind !== "object") return [];
    return sortByName(inline.fields, names).flatMap((child) => [
      memberView(child, prefix === "" ? level + 1 : level + 2, prefix, definitions, names),
      ...flatten(child.type, `${prefix}${names(child.name)}.`),
    ]);
  };
  return flatten(field.type, "");
}

/**
 * Whether the member's own type has a `null` member. A ref to a nullable schema (`Metadata`) is
 * nullable through the alias, which already ends in `| null`, so the generated property is just the
 * alias and TypeDoc prints no extra `null`.
 */
function ownNull(field: Field, definitions: Definitions): boolean {
  return field.nullable && !nullableThroughReference(field, definitions);
}

/** `**name?**`; the plugin drops the bold when the name holds a backslash or a backtick. */
function boldName(name: string, optional = ""): string {
  const escaped = `${escapeChars(name)}${optional}`;
  return /[\\`]/.test(name) ? escaped : `**${escaped}**`;
}

/** `@deprecated` then `@defaultValue`, the order the generated TSDoc writes them. */
function tags(item: Field | Definition, level: number): TagView[] {
  const heading = "#".repeat(level);
  return [
    ...(item.deprecated ? [{ heading: `${heading} Deprecated`, text: deprecationText(item.description) }] : []),
    // TypeDoc prints `@defaultValue` content as written (only `@default` is wrapped in a code
    // block); the TSDoc idiom is a code span, so the JSON value is one.
    ...(item.default === null ? [] : [{ heading: `${heading} Default Value`, text: inlineCode(JSON.stringify(item.default.value)) }]),
  ];
}

/**
 * The `@deprecated` text: the first sentence after the description's leading "Deprecated:", with
 * its first letter capitalised ("Use `max_completion_tokens` instead."). The summary keeps the
 * whole description verbatim, so nothing is lost; the tag repeats only the instruction. A
 * deprecated field whose description has no such sentence gets the bare heading, as an empty
 * `@deprecated` renders.
 */
function deprecationText(description: string | null): string | null {
  const match = /^\s*Deprecated:\s*([\s\S]*?[.!?])(?=\s|$)/i.exec(description ?? "");
  const sentence = match?.[1]?.replace(/\s+/g, " ").trim() ?? "";
  if (sentence === "") return null;
  return containedBlock(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`, BLOCK_OPENER);
}

/** TypeDoc's default sort for members of one kind is alphabetical by the displayed name. */
function sortByName(fields: readonly Field[], names: Names): Field[] {
  return [...fields].sort((a, b) => names(a.name).localeCompare(names(b.name), "en"));
}
