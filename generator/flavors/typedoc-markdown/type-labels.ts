/**
 * Type expressions as typedoc-plugin-markdown 4.12 prints them (doc-flavors 1D): intrinsics in
 * backticks, literals in backticks around their JSON, unions joined with an escaped pipe,
 * `[]` after array elements (parenthesised unions), generics with escaped angle brackets, and
 * references as relative links to the referenced type's page.
 */
import { nullableThroughReference, type Definitions } from "../../ir/lookup.js";
import type { Definition, Field, FieldType } from "../../ir/types.js";
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

/**
 * What a type label depends on besides the type. `resolved` is how TypeDoc reads a property's type:
 * from the checker (`getTypeOfSymbol`), not from the written type node as for a type alias's own
 * declaration. The checker keeps no alias whose type is not a new type (an alias of an interface,
 * a primitive or a literal reads as that type), and TypeDoc then merges `true | false` into
 * `boolean`, sorts a union of numbers and puts `null` last.
 */
export interface Labels {
  readonly definitions: Definitions;
  /** The folder of the page, for relative links. */
  readonly from: Folder;
  /** The schema the page documents: the plugin writes a reference to its own page without a link. */
  readonly page: string;
  readonly names: (wire: string) => string;
  readonly resolved: boolean;
}

/**
 * Renders `type` as seen from a page; `nullable` adds the `null` member TypeScript has.
 * `collapse` is the plugin's `forceCollapse`: inline objects print their members (`\{ `a`: `string`; \}`)
 * instead of `object`, as they do inside unions and type arguments.
 */
export function renderType(type: FieldType, nullable: boolean, labels: Labels, collapse = false): string {
  const members = unionMembers(type, nullable, labels);
  if (members.length === 1) return render(members[0] as FieldType, labels, collapse);
  return members.map((member) => render(member, labels, true)).join(" \\| ");
}

/**
 * The members of `type` (plus `null` when nullable) as TypeScript unions them: nested unions and
 * enums spread into their members, references the checker resolves replaced by their type. On the
 * resolved path, `true` and `false` become `boolean` at the first one's place, a union of numbers
 * only is sorted, and `null` goes last; otherwise the order is the spec's (TypeScript's own order
 * of the other members is its internal type identity, which no page can predict).
 */
export function unionMembers(type: FieldType, nullable: boolean, labels: Labels): FieldType[] {
  const spread = (member: FieldType): FieldType[] => {
    if (member.kind === "union") return member.variants.flatMap(spread);
    if (member.kind === "enum") return member.values.map((value): FieldType => ({ kind: "const", value }));
    const target = labels.resolved ? aliasTarget(member, labels.definitions) : null;
    return target === null ? [member] : spread(target);
  };
  const members = [...spread(type), ...(nullable ? [{ kind: "null" } as const] : [])];
  if (!labels.resolved) return members;
  const isLiteral = (member: FieldType, value: unknown) => member.kind === "const" && member.value === value;
  const trueAt = members.findIndex((member) => isLiteral(member, true));
  const falseAt = members.findIndex((member) => isLiteral(member, false));
  if (trueAt >= 0 && falseAt >= 0) {
    members.splice(Math.max(trueAt, falseAt), 1);
    members.splice(Math.min(trueAt, falseAt), 1, { kind: "boolean", format: null });
  }
  const numberOf = (member: FieldType) => (member.kind === "const" && typeof member.value === "number" ? member.value : null);
  if (members.every((member) => numberOf(member) !== null)) return members.sort((a, b) => (numberOf(a) as number) - (numberOf(b) as number));
  const isNull = (member: FieldType) => member.kind === "null" || isLiteral(member, null);
  return [...members.filter((member) => !isNull(member)), ...members.filter(isNull).slice(0, 1)];
}

/**
 * The type the checker reads a reference as, when the referenced alias is not kept: an alias of a
 * primitive, a literal, `unknown` or another named type. Null for an interface, and for an alias
 * of a union, an array, a map or a nullable type, which the checker keeps by name.
 */
function aliasTarget(type: FieldType, definitions: Definitions): FieldType | null {
  if (type.kind !== "ref") return null;
  const definition = definitions.get(type.name);
  if (definition === undefined || definition.nullable || folderOf(definition) === "interfaces") return null;
  const target = definition.type;
  switch (target.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
    case "any":
    case "const":
    case "ref":
      return target;
    case "enum":
      return target.values.length === 1 ? target : null;
    case "union":
      return target.variants.length === 1 ? target : null;
    default:
      return null;
  }
}

function render(type: FieldType, labels: Labels, collapse: boolean): string {
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
    case "union":
      return renderType(type, false, labels, collapse);
    case "const":
      return type.value !== null && typeof type.value === "object" ? "`object`" : literal(type.value);
    case "array": {
      // The plugin's `arrayType` passes no `forceCollapse` down to the items.
      const items = renderType(type.items, false, labels);
      return unionMembers(type.items, false, labels).length > 1 ? `(${items})[]` : `${items}[]`;
    }
    case "object":
      // An inline object prints as `object` (its members follow as a type declaration list) unless
      // collapsed; a free-form object is `{ [key: string]: unknown }`, shown as the generic it abbreviates.
      if (type.fields.length === 0) return record("`unknown`");
      return collapse ? declarationType(type.fields, labels) : "`object`";
    case "map":
      return record(type.values.kind === "object" ? render(type.values, labels, true) : renderType(type.values, false, labels));
    case "ref": {
      const definition = labels.definitions.get(type.name);
      if (definition === undefined) return `\`${typeName(type.name)}\``;
      const name = typeName(definition.name);
      if (definition.name === labels.page) return `\`${name}\``;
      const folder = folderOf(definition);
      const file = `${name}.md`;
      // The plugin's router links relative to the current page: same folder → `X.md`.
      return `[\`${name}\`](${folder === labels.from ? file : `../${folder}/${file}`})`;
    }
  }
}

/** The plugin's `declarationType`: an inline object on one line, its members sorted, `?` on optional ones. */
function declarationType(fields: readonly Field[], labels: Labels): string {
  const members = [...fields]
    .sort((a, b) => labels.names(a.name).localeCompare(labels.names(b.name), "en"))
    .map((field) => {
      const nullable = field.nullable && !nullableThroughReference(field, labels.definitions);
      return `${backTicks(`${labels.names(field.name)}${field.required ? "" : "?"}`)}: ${renderType(field.type, nullable, labels, true)};`;
    });
  return `\\{ ${members.join(" ")} \\}`;
}

/** Literal types: TypeDoc's spelling of the value (JSON for strings), through the plugin's `backTicks`. */
function literal(value: string | number | boolean | null): string {
  return backTicks(JSON.stringify(value));
}

/**
 * The plugin's `backTicks`: text holding a pipe or a backslash is escaped instead of quoted, text
 * holding a backtick goes in padded double backticks, anything else in single backticks.
 */
export function backTicks(text: string): string {
  if (/[|\\]/.test(text)) return escapeChars(text);
  if (text.includes("`")) return `\`\` ${text} \`\``;
  return `\`${text}\``;
}

function record(values: string): string {
  return `\`Record\`\\<\`string\`, ${values}\\>`;
}
