/**
 * `reference`: chatspec's own neutral style. One page per schema. Each object page starts with an
 * at-a-glance table (type, required, nullable, default, rules) and then one section per field with
 * its description, enum values, deprecation, provider-extension marker and cross-field rules.
 */
import { isProviderExtension } from "../../ir/lookup.js";
import type { Constraints, Definition, Field, FieldType, Model } from "../../ir/types.js";
import { pageFileName } from "../../naming.js";
import type { FlavorWriter, PageToRender } from "../flavor.js";
import { blockText, inlineCode, tableCell } from "../../lib/markdown.js";

export const referenceWriter: FlavorWriter = {
  pages(model: Model): PageToRender[] {
    return model.definitions.map((definition) => ({
      path: `${pageFileName(definition.name)}.md`,
      template: "schema.md",
      view: schemaView(definition),
      ending: "one-newline",
    }));
  },
};

/**
 * A field with its dotted path from the schema: inline objects are documented where they stand
 * (`image_url.detail`, `items[].name`), since they have no page of their own.
 */
interface PlacedField {
  readonly path: string;
  readonly field: Field;
}

export function placeFields(fields: readonly Field[], prefix = ""): PlacedField[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const inner = field.type.kind === "array" ? field.type.items : field.type;
    const nested = inner.kind === "object" ? placeFields(inner.fields, `${path}${field.type.kind === "array" ? "[]" : ""}.`) : [];
    return [{ path, field }, ...nested];
  });
}

function schemaView(definition: Definition) {
  const fields = placeFields(definition.type.kind === "object" ? definition.type.fields : []);
  return {
    name: definition.name,
    description: definition.description === null ? null : blockText(definition.description),
    deprecated: definition.deprecated,
    shape: definition.type.kind === "object" ? null : `${typeLabel(definition.type)}${definition.nullable ? " or `null`" : ""}`,
    values: enumValues(definition.type),
    variants: definition.type.kind === "union" ? definition.type.variants.map((variant) => typeLabel(variant)) : null,
    discriminator: definition.type.kind === "union" && definition.type.discriminator !== null ? inlineCode(definition.type.discriminator.propertyName) : null,
    rows: fields.map(({ path, field }) => ({
      name: `[${tableCell(inlineCode(path))}](#${anchor(path)})`,
      type: tableCell(typeLabel(field.type)),
      required: field.required ? "yes" : "no",
      nullable: field.nullable ? "yes" : "no",
      default: field.default === null ? "" : tableCell(inlineCode(JSON.stringify(field.default.value))),
      rules: tableCell([...markers(field), ...rules(field)].join("; ")),
    })),
    fields: fields.map(fieldView),
  };
}

function fieldView({ path, field }: PlacedField) {
  const facts = [
    typeLabel(field.type) + (field.nullable ? " or `null`" : ""),
    field.required ? "**required**" : "optional",
    ...(field.default === null ? [] : [`default ${inlineCode(JSON.stringify(field.default.value))}`]),
  ];
  const extension = isProviderExtension(field);
  return {
    anchor: anchor(path),
    name: inlineCode(path),
    deprecated: field.deprecated,
    facts: facts.join(" · "),
    extension,
    description: field.description === null ? null : blockText(field.description),
    rules: rules(field).map((rule) => blockText(rule).replace(/\n+/g, " ")),
    values: enumValues(field.type),
  };
}

/** Deprecation and the provider-extension marker, for the at-a-glance table. */
function markers(field: Field): string[] {
  return [...(field.deprecated ? ["**deprecated**"] : []), ...(isProviderExtension(field) ? ["provider extension"] : [])];
}

/** Range, length, pattern, size and cross-field rules, one short phrase each. */
function rules(field: Field): string[] {
  return [...constraintPhrases(field.constraints), ...field.requires.map((sentence) => sentence.replace(/\.$/, ""))];
}

function constraintPhrases(c: Constraints): string[] {
  const phrases: string[] = [];
  const low = c.minimum ?? c.exclusiveMinimum;
  const high = c.maximum ?? c.exclusiveMaximum;
  if (low !== null && high !== null)
    phrases.push(`${c.exclusiveMinimum !== null ? "above" : "from"} ${low} ${c.exclusiveMaximum !== null ? "below" : "to"} ${high}`);
  else if (low !== null) phrases.push(`${c.exclusiveMinimum !== null ? ">" : "≥"} ${low}`);
  else if (high !== null) phrases.push(`${c.exclusiveMaximum !== null ? "<" : "≤"} ${high}`);
  if (c.minLength !== null || c.maxLength !== null) phrases.push(`length ${range(c.minLength, c.maxLength)}`);
  if (c.pattern !== null) phrases.push(`pattern ${inlineCode(c.pattern)}`);
  if (c.format !== null) phrases.push(`format ${inlineCode(c.format)}`);
  if (c.minItems !== null || c.maxItems !== null) phrases.push(`items: ${range(c.minItems, c.maxItems)}`);
  if (c.minProperties !== null || c.maxProperties !== null) phrases.push(`entries: ${range(c.minProperties, c.maxProperties)}`);
  if (c.keyPattern !== null) phrases.push(`keys match ${inlineCode(c.keyPattern)}`);
  if (c.keyMaxLength !== null) phrases.push(`keys at most ${c.keyMaxLength} characters`);
  return phrases;
}

function range(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `exactly ${min}` : `${min} to ${max}`;
  return min !== null ? `at least ${min}` : `at most ${max}`;
}

function enumValues(type: FieldType): string | null {
  if (type.kind === "enum") return type.values.map((value) => inlineCode(String(value))).join(", ");
  if (type.kind === "const") return inlineCode(JSON.stringify(type.value));
  return null;
}

/** `string`, `array of [Message](Message.md)`, `map of integer`, `string or array of string`. */
export function typeLabel(type: FieldType): string {
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return `\`${type.kind}\``;
    case "null":
      return "`null`";
    case "enum":
      return `\`${type.base}\` (enum)`;
    case "const":
      return `constant ${inlineCode(JSON.stringify(type.value))}`;
    case "array":
      return `array of ${typeLabel(type.items)}`;
    case "map":
      return `map of ${typeLabel(type.values)}`;
    case "object":
      return type.fields.length === 0 ? "`object` (any JSON object)" : "`object`";
    case "union":
      return type.variants.map((variant) => typeLabel(variant)).join(" or ");
    case "ref":
      return `[${type.name.replace(/[[\]\\]/g, "\\$&")}](${pageFileName(type.name)}.md)`;
    case "any":
      return "any JSON value";
  }
}

/** GitHub-style heading anchor for a field section. */
function anchor(name: string): string {
  return `field-${name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-")}`;
}
