/**
 * `mkdocs-material`: the API-reference markup of PaperMoon's kluster theme for MkDocs Material
 * (doc-flavors 1C, seed 003). One page per root schema. Each field is
 * `` `name` ++"type label"++ `` with a required span and a `*deprecated*` mark, its description,
 * and a `---` rule between fields; nested objects open `??? child "Show properties"` blocks
 * (pymdownx.details), indented four spaces per level as the extension requires.
 *
 * pymdownx.details decides what belongs to a block by indentation alone, and the Handlebars setup
 * cannot indent (`preventIndent`, no helpers), so the page is a flat list of items whose text is
 * indented here; the template only separates them with blank lines.
 */
import { definitionsOf, type Definitions } from "../../ir/lookup.js";
import type { Definition, Field, Model } from "../../ir/types.js";
import { markdownBanner } from "../../lib/banner.js";
import type { FlavorWriter, PageToRender } from "../flavor.js";
import { inlineCode } from "../../lib/markdown.js";
import { typeLabel } from "./type-labels.js";
import { containedBlock, indentLines } from "../contained-block.js";
import { objectVariants, variantTitles, type Variant } from "./variants.js";

const INDENT = "    ";

/** Lines that would open a pymdownx block (details, admonition, `///` blocks) if left unescaped. */
const BLOCK_OPENER = /^ {0,3}(\?\?\?|!!!|\/\/\/)/;

const REQUIRED = ' <span class="required" markdown>++"required"++</span>';

/** One item of the page body. Exactly one member is non-null; the text is already indented. */
interface Item {
  readonly field: { readonly head: string; readonly description: string | null } | null;
  readonly child: string | null;
  readonly rule: string | null;
}

export const mkdocsMaterialWriter: FlavorWriter = {
  pages(model: Model): PageToRender[] {
    const definitions = definitionsOf(model);
    return model.roots.flatMap((root) => {
      const definition = definitions.get(root);
      if (definition === undefined) return [];
      return [{ path: `${kebabCase(root)}.md`, template: "page.md", view: pageView(definition, definitions), ending: "one-newline" as const }];
    });
  },
};

function pageView(definition: Definition, definitions: Definitions) {
  const path = new Set([definition.name]);
  const type = definition.type;
  return {
    // An HTML comment renders as nothing, so the do-not-edit banner costs the rendered page nothing.
    banner: markdownBanner.trimEnd(),
    title: definition.name.replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    description: containedBlock(definition.description, BLOCK_OPENER),
    // A root that is not an object (a union, an enum) states its type as a key of its own.
    shape: type.kind === "object" ? null : `++"${typeLabel(type, definition.nullable, definitions)}"++`,
    items: type.kind === "object" ? fieldItems(type.fields, 0, path, definitions) : childItems(objectVariants(type, definitions, path), 0, definitions),
  };
}

/** Fields at nesting `depth`, each followed by its child blocks, with a rule between fields. */
function fieldItems(fields: readonly Field[], depth: number, path: ReadonlySet<string>, definitions: Definitions): Item[] {
  const indent = INDENT.repeat(depth);
  return fields.flatMap((field, index) => [
    { field: { head: `${indent}${fieldHead(field, definitions)}`, description: fieldDescription(field, indent) }, child: null, rule: null },
    ...childItems(objectVariants(field.type, definitions, path), depth, definitions),
    ...(index < fields.length - 1 ? [{ field: null, child: null, rule: `${indent}---` }] : []),
  ]);
}

/** One `??? child` block per object variant, its fields one level deeper. */
function childItems(variants: readonly Variant[], depth: number, definitions: Definitions): Item[] {
  const titles = variantTitles(variants);
  return variants.flatMap((variant, index) => [
    { field: null, child: `${INDENT.repeat(depth)}??? child "${titles[index] ?? "Show properties"}"`, rule: null },
    ...fieldItems(variant.fields, depth + 1, variant.path, definitions),
  ]);
}

/** `` `name` ++"label"++ `` [required span] [`*deprecated*`]. */
function fieldHead(field: Field, definitions: Definitions): string {
  return `${inlineCode(field.name)} ++"${typeLabel(field.type, field.nullable, definitions)}"++${field.required ? REQUIRED : ""}${field.deprecated ? " *deprecated*" : ""}`;
}

/**
 * The description with " Defaults to `X`." appended to its last paragraph (the JSON value), as
 * kluster writes defaults in prose. Descriptions that already state "Defaults to" keep their own
 * sentence, so the default is not said twice in two spellings.
 */
function fieldDescription(field: Field, indent: string): string | null {
  const text = containedBlock(field.description, BLOCK_OPENER);
  const sentence =
    field.default === null || (text !== null && /\bDefaults to\b/.test(text)) ? null : `Defaults to ${inlineCode(JSON.stringify(field.default.value))}.`;
  const full = sentence === null ? text : text === null ? sentence : endsInFence(text) ? `${text}\n\n${sentence}` : `${text} ${sentence}`;
  return full === null ? null : indentLines(full, indent);
}

/** A description ending in a code fence cannot take a sentence on its last line. */
function endsInFence(text: string): boolean {
  return /(^|\n) {0,3}(`{3,}|~{3,})[^\n]*$/.test(text);
}

/** `CreateChatCompletionRequest` → `create-chat-completion-request`; acronyms stay one word (`JSONSchema` → `json-schema`). */
function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
}
