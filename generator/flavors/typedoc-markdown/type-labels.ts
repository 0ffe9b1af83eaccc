/**
 * Type expressions as typedoc-plugin-markdown 4.12 prints them (doc-flavors 1D): intrinsics in
 * backticks, literals in double backticks around their JSON, unions joined with an escaped pipe,
 * `[]` after array elements (parenthesised unions), generics with escaped angle brackets, and
 * references as relative links to the referenced type's page.
 */
import type { Definitions } from "../../ir/lookup.js";
import type { Definition, FieldType } from "../../ir/types.js";
import { typeName } from "../../naming.js";

/** The router's folders: interfaces for object schemas, type aliases for everything else. */
export type Folder = "interfaces" | "type-aliases";

/** An object schema with properties is documented as an interface; anything else is a type alias. */
export function folderOf(definition: Definition): Folder {
  return definition.type.kind === "object" && definition.type.fields.length > 0 ? "interfaces" : "type-aliases";
}

/** `interfaces/ChatCompletionTool.md`: the page of a schema, named after its TypeScript type. */
export function pagePath(definition: Definition): string {
  return `${folderOf(definition)}/${typeName(definition.name)}.md`;
}

/** The plugin's `escapeChars`, applied to names in headings and declarations. */
export function escapeChars(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/>/g, "\\>")
    .replace(/</g, "\\<")
    .replace(/\{/g, "\\{")
    .replace(/\}/g, "\\}")
    .replace(/\[/g, "\\[")
    .replace(/\]/g, "\\]")
    .replace(/_/g, "\\_")
    .replace(/`/g, "\\`")
    .replace(/\|/g, "\\|")
    .replace(/\*/g, "\\*")
    .replace(/\n/g, "\\n");
}

/** Renders `type` as seen from a page in `from`; `nullable` adds the `null` member TypeScript has. */
export function renderType(type: FieldType, nullable: boolean, definitions: Definitions, from: Folder): string {
  const rendered = render(type, definitions, from);
  return nullable ? `${rendered} \\| \`null\`` : rendered;
}

function render(type: FieldType, definitions: Definitions, from: Folder): string {
  switch (type.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return `\`${type.kind}\``;
    case "integer":
      return "`number`";
    case "any":
      return "`unknown`";
    case "enum":
      return type.values.map(literal).join(" \\| ");
    case "const":
      return type.value !== null && typeof type.value === "object" ? "`object`" : literal(type.value);
    case "array":
      return isUnion(type.items) ? `(${render(type.items, definitions, from)})[]` : `${render(type.items, definitions, from)}[]`;
    case "object":
      // Inline object literals print as `object` (their members follow as a type declaration);
      // a free-form object is `{ [key: string]: unknown }`, shown with the generic it abbreviates.
      return type.fields.length > 0 ? "`object`" : record("`unknown`");
    case "map":
      return record(render(type.values, definitions, from));
    case "union":
      return type.variants.map((variant) => render(variant, definitions, from)).join(" \\| ");
    case "ref": {
      const definition = definitions.get(type.name);
      if (definition === undefined) return `\`${typeName(type.name)}\``;
      const folder = folderOf(definition);
      const file = `${typeName(definition.name)}.md`;
      // The plugin's router links relative to the current page: same folder → `X.md`.
      return `[\`${typeName(definition.name)}\`](${folder === from ? file : `../${folder}/${file}`})`;
    }
  }
}

/** Literal types: the plugin writes double backticks around the JSON spelling. */
function literal(value: string | number | boolean | null): string {
  return `\`\`${JSON.stringify(value)}\`\``;
}

function record(values: string): string {
  return `\`Record\`\\<\`string\`, ${values}\\>`;
}

/** Types printed with ` \| ` at their top level, which need parentheses before `[]`. */
function isUnion(type: FieldType): boolean {
  return (type.kind === "union" && type.variants.length > 1) || (type.kind === "enum" && type.values.length > 1);
}
