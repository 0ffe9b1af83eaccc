/**
 * Lookups in the docs IR, written once for every reader of it (the doc flavors and drift): the
 * definitions by name, a reference followed to the type it stands for, the few questions about a
 * field that need its definition, and the JSON pointer of every shape.
 */
import type { JsonValue } from "../openapi.js";
import type { Definition, Extension, Field, FieldType, Model } from "./types.js";

/** The model's definitions by schema name. */
export type Definitions = ReadonlyMap<string, Definition>;

/** The value of the `x-` key `name` among `extensions`; undefined when there is none (or no extensions). */
export function extensionValue(extensions: readonly Extension[] | undefined, name: string): JsonValue | undefined {
  return extensions?.find((extension) => extension.name === name)?.value;
}

export function definitionsOf(model: Model): Definitions {
  return new Map(model.definitions.map((definition) => [definition.name, definition]));
}

/** The type a reference stands for (through chains of references), or the type itself; `any` for a dangling or circular reference. */
export function dereference(type: FieldType, definitions: Definitions, seen: ReadonlySet<string> = new Set()): FieldType {
  if (type.kind !== "ref") return type;
  const definition = definitions.get(type.name);
  if (definition === undefined || seen.has(type.name)) return { kind: "any" };
  return dereference(definition.type, definitions, new Set([...seen, type.name]));
}

/** True when the field is a reference to a nullable schema (`metadata` → `Metadata`), which carries the null itself. */
export function nullableThroughReference(field: Field, definitions: Definitions): boolean {
  return field.type.kind === "ref" && definitions.get(field.type.name)?.nullable === true;
}

/** Whether a field carries `x-chatspec-provider-extension: true`: not part of OpenAI's API. */
export function isProviderExtension(field: Field): boolean {
  return extensionValue(field.extensions, "x-chatspec-provider-extension") === true;
}

/** The JSON pointer of the object schema holding these fields (derived from the first field's), or null without fields. */
export function holderPointer(fields: readonly Field[]): string | null {
  const first = fields[0];
  return first === undefined ? null : first.pointer.replace(/\/properties\/[^/]+$/, "");
}

/** A JSON pointer for every shape object of the model: definitions, fields, array items, map values, union members. */
export function pointerIndex(model: Model): ReadonlyMap<FieldType, string> {
  const index = new Map<FieldType, string>();
  const visit = (type: FieldType, pointer: string): void => {
    if (index.has(type)) return;
    index.set(type, pointer);
    if (type.kind === "object") for (const field of type.fields) visit(field.type, field.pointer);
    else if (type.kind === "array") visit(type.items, `${pointer}/items`);
    else if (type.kind === "map") visit(type.values, `${pointer}/additionalProperties`);
    else if (type.kind === "union") for (const [position, variant] of type.variants.entries()) visit(variant, type.variantPointers[position] ?? pointer);
  };
  for (const definition of model.definitions) visit(definition.type, definition.pointer);
  return index;
}
