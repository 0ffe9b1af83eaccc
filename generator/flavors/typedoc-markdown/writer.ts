/**
 * `typedoc-markdown`: what typedoc-plugin-markdown 4.12 writes for our generated TypeScript types
 * (doc-flavors 1D), with its default list format and with page headers, breadcrumbs and sources
 * hidden. Object schemas become `interfaces/<Name>.md`, every other schema `type-aliases/<Name>.md`.
 *
 * The TypeScript side is modelled on what the generated `.d.ts` would carry as TSDoc: the spec
 * description as the summary, `deprecated: true` as `@deprecated` and `default:` as `@defaultValue`.
 * Members are sorted alphabetically, as TypeDoc's default `sort` does (seed 004 is in that order).
 * test/flavors/typedoc-oracle.test.ts runs TypeDoc 0.28 with the plugin on those declarations and
 * compares every page byte for byte. Where the pages differ from it on purpose: a `<` that would
 * open HTML is `&lt;` (comment-text.ts), and description lines that would end the member are
 * escaped; TypeScript's own order of union members cannot be predicted (type-labels.ts).
 */
import { definitionsOf, nullableThroughReference, type Definitions } from "../../ir/lookup.js";
import type { Definition, Field, FieldType, Model } from "../../ir/types.js";
import { typeName } from "../../naming.js";
import type { FlavorWriter, FlavorOptions, PageToRender } from "../flavor.js";
import { inlineCode } from "../../lib/markdown.js";
import { containedBlock } from "../contained-block.js";
import { commentText } from "./comment-text.js";
import { camelCase } from "./naming.js";
import { backTicks, escapeChars, folderOf, pagePath, renderType, unionMembers, type Labels } from "./type-labels.js";

/** Lines that would end the member early if pasted raw: ATX headings, setext underlines, thematic breaks. */
const BLOCK_OPENER = /^ {0,3}(#{1,6}(\s|$)|(\*\s*){3,}$|(-\s*){3,}$|(_\s*){3,}$|=+\s*$)/;

/** Comment text as TypeDoc prints it, contained so that it cannot end the member or open HTML. */
function summaryText(text: string | null): string | null {
  return containedBlock(text, BLOCK_OPENER, commentText);
}

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
  /** The plugin's "Union Members" section, for a union with an inline object among its members. */
  readonly union: UnionView | null;
  readonly tags: readonly TagView[];
  /** `***` after every top-level member but the last; nested members have none. */
  readonly separator: boolean;
}

interface UnionView {
  readonly heading: string;
  readonly members: readonly UnionMemberView[];
}

/** One member of a union: an inline object under its "Type Literal" heading with its members, or any other type alone. */
interface UnionMemberView {
  readonly heading: string | null;
  readonly type: string;
  readonly nested: readonly MemberView[];
  readonly separator: boolean;
}

export const typedocMarkdownWriter: FlavorWriter = {
  pages(model: Model, options: FlavorOptions): PageToRender[] {
    const definitions = definitionsOf(model);
    const names = options.memberNames === "camelCase" ? camelCase : (name: string) => name;
    return model.definitions.map((definition) => {
      const folder = folderOf(definition);
      const labels = { definitions, from: folder, page: definition.name, names };
      const view =
        folder === "interfaces" ? interfaceView(definition, { ...labels, resolved: true }) : typeAliasView(definition, { ...labels, resolved: false });
      return { path: pagePath(definition), template: folder === "interfaces" ? "interface.md" : "type-alias.md", view, ending: "one-newline" as const };
    });
  },
};

function interfaceView(definition: Definition, context: Labels) {
  const fields = definition.type.kind === "object" ? definition.type.fields : [];
  const members = sortByName(fields, context.names).map((field, index, all) => ({
    ...memberView(field, { level: 3, nested: false, flattened: null, parentDeprecated: definition.deprecated }, context),
    separator: index < all.length - 1,
  }));
  return {
    title: pageTitle("Interface", definition),
    summary: summaryText(definition.description),
    tags: tags(definition, 2),
    members,
  };
}

/** A type alias's own type is read from its declaration's type node, as written. */
function typeAliasView(definition: Definition, labels: Labels) {
  const name = typeName(definition.name);
  return {
    title: pageTitle("Type Alias", definition),
    declaration: `${boldName(name)} = ${renderType(definition.type, definition.nullable, labels)}`,
    summary: summaryText(definition.description),
    tags: tags(definition, 2),
  };
}

/** `Interface: Name`, struck through when the type is deprecated (the plugin's `strikeDeprecatedPageTitles`). */
function pageTitle(kind: string, definition: Definition): string {
  const title = `${kind}: ${escapeChars(typeName(definition.name))}`;
  return definition.deprecated ? `~~${title}~~` : title;
}

/**
 * Where a member is rendered. `nested` members (in a type declaration list) list no members of
 * their own; the plugin flattens those into the list instead, under the dotted name `flattened`
 * (`json_schema.strict`), as `getFlattenedDeclarations` does. TypeDoc strikes through a member
 * when it or any reflection above it is deprecated, except a flattened one, which the plugin
 * copies into a plain object that has lost `isDeprecated`.
 */
interface Place {
  readonly level: number;
  readonly nested: boolean;
  readonly flattened: string | null;
  readonly parentDeprecated: boolean;
}

/** One property under its heading at `place.level`, as the plugin's `memberContainer` writes it. */
function memberView(field: Field, place: Place, context: Labels): MemberView {
  const name = context.names(field.name);
  const shown = place.flattened ?? name;
  const optional = field.required ? "" : "?";
  const title = `${/\\/.test(shown) ? backTicks(shown) : escapeChars(shown)}${optional}`;
  const struck = place.flattened === null && (field.deprecated || place.parentDeprecated);
  const nullable = ownNull(field, context.definitions);
  const deprecated = field.deprecated || place.parentDeprecated;
  const declarationLevel = place.level + 1;
  return {
    heading: `${"#".repeat(Math.min(place.level, 6))} ${struck ? `~~${title}~~` : title}`,
    declaration: `${field.required ? "" : "`optional` "}${boldName(name, optional)}: ${renderType(field.type, nullable, context)}`,
    summary: summaryText(field.description),
    nested: place.nested ? [] : typeDeclarationList(inlineObjectOf(field.type, nullable), place.level, deprecated, context),
    union: unionSection(field.type, nullable, declarationLevel, deprecated, context),
    tags: tags(field, declarationLevel),
    separator: false,
  };
}

/** The object whose members a type declaration list shows: a direct inline object or the items of an array of them, never inside a union. */
function inlineObjectOf(type: FieldType, nullable: boolean): readonly Field[] {
  if (nullable) return [];
  const inline = type.kind === "array" ? type.items : type;
  return inline.kind === "object" && inline.fields.length > 0 ? inline.fields : [];
}

/**
 * The plugin's `typeDeclarationList` for members one level below `level`: each member, followed by
 * its own inline object's members flattened under dotted names two levels below (and so on down).
 */
function typeDeclarationList(fields: readonly Field[], level: number, parentDeprecated: boolean, context: Labels): MemberView[] {
  const flatten = (children: readonly Field[], prefix: string, deprecated: boolean): MemberView[] =>
    sortByName(children, context.names).flatMap((child) => {
      const name = context.names(child.name);
      const dotted = prefix === "" ? null : `${prefix}${name}`;
      const place = { level: dotted === null ? level + 1 : level + 2, nested: true, flattened: dotted, parentDeprecated: deprecated };
      const own = child.type.kind === "object" && !ownNull(child, context.definitions) ? child.type.fields : [];
      return [memberView(child, place, context), ...flatten(own, `${dotted ?? name}.`, deprecated || child.deprecated)];
    });
  return flatten(fields, "", parentDeprecated);
}

/**
 * "Union Members" for a member whose type is a union with an inline object among its members (a
 * nullable inline object, or a union variant that is one), when any of those objects has a member
 * with a comment (the plugin's `hasUsefulTypeDetails`): each member of the union in turn, inline
 * objects under "Type Literal" with their members, separated by rules.
 */
function unionSection(type: FieldType, nullable: boolean, level: number, parentDeprecated: boolean, context: Labels): UnionView | null {
  const variants = unionMembers(type, nullable, context);
  if (variants.length < 2) return null;
  const inline = (variant: FieldType) => (variant.kind === "object" && variant.fields.length > 0 ? variant.fields : null);
  const useful = variants.some((variant) => inline(variant)?.some(hasComment) === true);
  if (!useful) return null;
  const members = variants.map((variant, index, all): UnionMemberView => {
    const fields = inline(variant);
    const separator = index < all.length - 1;
    if (fields === null) return { heading: null, type: renderType(variant, false, context), nested: [], separator };
    return {
      heading: `${"#".repeat(Math.min(level + 1, 6))} Type Literal`,
      type: renderType(variant, false, context, true),
      nested: fields.some(hasComment) ? typeDeclarationList(fields, level, parentDeprecated, context) : [],
      separator,
    };
  });
  return { heading: `${"#".repeat(Math.min(level, 6))} Union Members`, members };
}

/** TypeDoc's `hasComment`: a summary or any block tag. */
function hasComment(field: Field): boolean {
  return (field.description ?? "").trim() !== "" || field.deprecated || field.default !== null;
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
  return summaryText(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`);
}

/** TypeDoc's default sort for members of one kind is alphabetical by the displayed name. */
function sortByName(fields: readonly Field[], names: (wire: string) => string): Field[] {
  return [...fields].sort((a, b) => names(a.name).localeCompare(names(b.name), "en"));
}
