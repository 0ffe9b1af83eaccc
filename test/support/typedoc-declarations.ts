/**
 * TypeScript declarations for a docs IR model, as the `typedoc-markdown` flavor describes them: the
 * types our pages claim TypeDoc was run on. Built from the IR, independently of the flavor's writer,
 * so that real TypeDoc can be the oracle for the flavor's pages (test/flavors/typedoc-oracle.test.ts).
 *
 * - An object schema with properties is an `export interface`, every other schema an `export type`.
 * - A property is optional unless required; `| null` is added when the field is nullable, except
 *   for a reference to a nullable schema, whose alias already carries the `null`.
 * - Types: `number` for integers, `unknown` for any schema, literal unions for enums, `T[]`
 *   (parenthesised unions), inline `{ … }` for objects with properties, `Record<string, T>` for
 *   maps and free-form objects, and the schema's type name for a reference.
 * - TSDoc: the description as the summary, `@deprecated` with the first sentence after a leading
 *   "Deprecated:" (capitalised; bare when there is none) and `@defaultValue` with the default's
 *   JSON in a code span.
 */
import { definitionsOf, nullableThroughReference, type Definitions } from "../../generator/ir/lookup.js";
import type { Definition, Field, FieldType, Model } from "../../generator/ir/types.js";
import { typeName } from "../../generator/naming.js";

export type MemberNames = "wire" | "camelCase";

/** The declarations of every definition of `model`, in model order, as one module. */
export function declarationsOf(model: Model, memberNames: MemberNames = "wire"): string {
  const definitions = definitionsOf(model);
  const context: Context = { definitions, name: memberNames === "camelCase" ? sdkName : (name) => name };
  return `${model.definitions.map((definition) => declaration(definition, context)).join("\n\n")}\n`;
}

interface Context {
  readonly definitions: Definitions;
  readonly name: (wire: string) => string;
}

function declaration(definition: Definition, context: Context): string {
  const comment = docComment(definition, "");
  const name = typeName(definition.name);
  if (definition.type.kind === "object" && definition.type.fields.length > 0 && !definition.nullable) {
    return `${comment}export interface ${name} ${objectLiteral(definition.type.fields, "", context)}`;
  }
  return `${comment}export type ${name} = ${typeText(definition.type, "", context)}${definition.nullable ? " | null" : ""};`;
}

function objectLiteral(fields: readonly Field[], indent: string, context: Context): string {
  const inner = `${indent}  `;
  const members = fields.map((field) => {
    const nullable = field.nullable && !nullableThroughReference(field, context.definitions);
    const type = `${typeText(field.type, inner, context)}${nullable ? " | null" : ""}`;
    return `${docComment(field, inner)}${inner}${propertyName(context.name(field.name))}${field.required ? "" : "?"}: ${type};\n`;
  });
  return `{\n${members.join("")}${indent}}`;
}

function typeText(type: FieldType, indent: string, context: Context): string {
  switch (type.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return type.kind;
    case "integer":
      return "number";
    case "any":
      return "unknown";
    case "enum":
      return type.values.map((value) => JSON.stringify(value)).join(" | ");
    case "const":
      return type.value !== null && typeof type.value === "object" ? "object" : JSON.stringify(type.value);
    case "array": {
      const items = typeText(type.items, indent, context);
      return isUnion(type.items) ? `(${items})[]` : `${items}[]`;
    }
    case "object":
      return type.fields.length > 0 ? objectLiteral(type.fields, indent, context) : "Record<string, unknown>";
    case "map":
      return `Record<string, ${typeText(type.values, indent, context)}>`;
    case "union":
      return type.variants.map((variant) => typeText(variant, indent, context)).join(" | ");
    case "ref":
      return typeName(type.name);
  }
}

function isUnion(type: FieldType): boolean {
  return (type.kind === "union" && type.variants.length > 1) || (type.kind === "enum" && type.values.length > 1);
}

/** A property name as written in TypeScript: bare when it is an identifier, else a string literal. */
function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** The SDK spelling: `max_completion_tokens` → `maxCompletionTokens`; leading underscores stay. */
function sdkName(wire: string): string {
  return wire.replace(/(?<=[A-Za-z0-9])_+([A-Za-z0-9])/g, (_match, next: string) => next.toUpperCase());
}

/** The TSDoc block of a definition or field, each line at `indent`; empty when there is nothing to say. */
function docComment(item: Definition | Field, indent: string): string {
  const sections: string[][] = [];
  const summary = (item.description ?? "").replace(/\r\n?/g, "\n").trim();
  if (summary !== "") sections.push(summary.split("\n"));
  if (item.deprecated) {
    const text = deprecationSentence(item.description);
    sections.push([text === null ? "@deprecated" : `@deprecated ${text}`]);
  }
  if (item.default !== null) sections.push([`@defaultValue ${codeSpan(JSON.stringify(item.default.value))}`]);
  if (sections.length === 0) return "";
  const lines = sections.flatMap((section, index) => (index === 0 ? section : ["", ...section]));
  const body = lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line.replace(/\*\//g, "*\\/")}`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** "Deprecated: use `x` instead. More…" → "Use `x` instead."; null when the description has no such sentence. */
function deprecationSentence(description: string | null): string | null {
  const match = /^\s*Deprecated:\s*([\s\S]*?[.!?])(?:\s|$)/i.exec(description ?? "");
  const sentence = (match?.[1] ?? "").replace(/\s+/g, " ").trim();
  return sentence === "" ? null : `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}

/** A CommonMark code span around `text`, fenced longer than any backtick run inside it. */
function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((run) => run.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
