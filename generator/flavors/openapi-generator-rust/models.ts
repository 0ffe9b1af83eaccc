/**
 * Which models openapi-generator's `rust` generator would write a doc page for, and how a schema
 * shows up in the Type column. Works on the docs IR, so it reproduces the generator's own passes
 * from their results:
 *
 * - InlineModelResolver: an inline object with properties or an inline oneOf/anyOf becomes a model
 *   named `<Parent>_<property>`; array items add `_inner`, map values `_value`, inline union
 *   branches `_oneOf` (then `_oneOf_1`, …). Inline enums stay inline (`resolveInlineEnums` is off).
 *   Not reproduced: naming by an inline schema's `title` (the IR has no inline titles) and reuse of
 *   a structurally identical earlier inline model.
 * - OpenAPINormalizer: `anyOf`/`oneOf` with one non-null branch is that branch (the IR already
 *   collapses these). The Rust generator handles anyOf as oneOf, so both are "unions" here.
 * - Aliases: with the default `generateAliasAsModel=false`, a `$ref` to a component that is an
 *   array, a map, a primitive or a free-form object is replaced by that component's type
 *   (`Option<**Vec<String>**>` for `modalities`), and the tool writes no model for it.
 */
import { definitionsOf, type Definitions } from "../../ir/lookup.js";
import type { Definition, Discriminator, Field, FieldType, Model } from "../../ir/types.js";
import { toModelName } from "./naming.js";

/** `{{{dataType}}}` and `{{{complexType}}}` of a CodegenProperty. */
export interface RustType {
  /** The Rust type as the docs print it: `i32`, `Vec<models::Foo>`, `std::collections::HashMap<String, String>`. */
  readonly dataType: string;
  /** The raw schema name of the model the type links to (also its page's file name), or null for a primitive. */
  readonly complexType: string | null;
}

/** One model page. `name` is the raw schema name (the file name); the heading is `toModelName(name)`. */
export type ModelDoc =
  | { readonly kind: "object"; readonly name: string; readonly fields: readonly Field[] }
  | { readonly kind: "enum"; readonly name: string; readonly values: readonly (string | number | boolean)[] }
  | { readonly kind: "one-of"; readonly name: string; readonly description: string | null; readonly variants: readonly Variant[] }
  | { readonly kind: "discriminator"; readonly name: string; readonly discriminator: Discriminator; readonly variants: readonly Variant[] }
  | { readonly kind: "alias"; readonly name: string };

/** A union branch and the name an inline model in it would get. */
export interface Variant {
  readonly type: FieldType;
  readonly inlineName: string;
}

export class RustModels {
  private readonly definitions: Definitions;

  constructor(model: Model) {
    this.definitions = definitionsOf(model);
  }

  definition(name: string): Definition | undefined {
    return this.definitions.get(name);
  }

  /** Every page-worthy model: the component schemas in IR order, each followed by the inline models inside it. */
  catalog(definitions: readonly Definition[]): ModelDoc[] {
    const docs: ModelDoc[] = [];
    const names = new Set<string>();
    const add = (doc: ModelDoc): void => {
      if (names.has(doc.name)) return;
      names.add(doc.name);
      docs.push(doc);
    };
    const visitModel = (name: string, type: FieldType, description: string | null): void => {
      if (type.kind === "object" && type.fields.length > 0) {
        add({ kind: "object", name, fields: type.fields });
        for (const field of type.fields) visitInline(field.type, `${name}_${field.name}`, field.description);
      } else if (type.kind === "enum") {
        add({ kind: "enum", name, values: type.values });
      } else if (type.kind === "union") {
        const variants = unionVariants(name, type.variants);
        add(
          type.discriminator === null
            ? { kind: "one-of", name, description, variants }
            : { kind: "discriminator", name, discriminator: type.discriminator, variants },
        );
        for (const variant of variants) visitInline(variant.type, variant.inlineName, null);
      } else {
        add({ kind: "alias", name });
        visitInline(type, name, description);
      }
    };
    const visitInline = (type: FieldType, inlineName: string, description: string | null): void => {
      if (isExtracted(type)) visitModel(inlineName, type, description);
      else if (type.kind === "array") visitInline(type.items, `${inlineName}_inner`, null);
      else if (type.kind === "map") visitInline(type.values, `${inlineName}_value`, null);
    };
    for (const definition of definitions) visitModel(definition.name, definition.type, definition.description);
    return docs;
  }

  /**
   * The Rust type of a schema at a position whose inline model would be called `inlineName`.
   * Mappings follow `RustClientCodegen` (the `models::` / `f64` generation the seed comes from).
   */
  rustType(type: FieldType, inlineName: string, seen: ReadonlySet<string> = new Set()): RustType {
    switch (type.kind) {
      case "string":
        // uuid and binary map to crate types. The real tool links them to pages that do not exist
        // (`[**uuid::Uuid**](Uuid__Uuid.md)`); we print them bold so that no link dangles.
        return primitive(type.format === "uuid" ? "uuid::Uuid" : type.format === "binary" ? "std::path::PathBuf" : "String");
      case "integer":
        // `bestFitInt` and `preferUnsignedInt` are off by default: only the format matters.
        return primitive(type.format === "int64" ? "i64" : "i32");
      case "number":
        return primitive(type.format === "float" ? "f32" : type.format === "decimal" ? "String" : "f64");
      case "boolean":
        return primitive("bool");
      case "enum":
        // An inline enum is a Rust enum in the struct's file; the docs print its base type.
        return this.rustType({ kind: type.base, format: null }, inlineName, seen);
      case "const":
        return primitive(constType(type.value));
      case "null":
      case "any":
        return primitive("serde_json::Value");
      case "object":
        return type.fields.length > 0 ? modelType(inlineName) : primitive("serde_json::Value");
      case "union":
        return modelType(inlineName);
      case "array": {
        const items = this.rustType(type.items, `${inlineName}_inner`, seen);
        return { dataType: `Vec<${items.dataType}>`, complexType: items.complexType };
      }
      case "map": {
        const values = this.rustType(type.values, `${inlineName}_value`, seen);
        return { dataType: `std::collections::HashMap<String, ${values.dataType}>`, complexType: values.complexType };
      }
      case "ref": {
        const target = this.aliasTarget(type.name);
        // Unaliasing: the component's own type, with inline models named after the component
        // (as when the component itself was walked). A cycle of aliases cannot be printed.
        if (target === null) return modelType(type.name);
        return seen.has(type.name) ? primitive("serde_json::Value") : this.rustType(target.type, type.name, new Set([...seen, type.name]));
      }
    }
  }

  /**
   * A union branch's entry in `CodegenModel.oneOf`: the model name for a `$ref` (whatever the target
   * is) or an extracted inline model, the Rust type declaration for anything else.
   */
  branchName(variant: Variant): string {
    if (variant.type.kind === "ref") return toModelName(variant.type.name);
    return isExtracted(variant.type) ? toModelName(variant.inlineName) : this.rustType(variant.type, variant.inlineName).dataType;
  }

  /** True when the schema is printed as a model link: openapi-generator drops the property's description then. */
  isModelValued(type: FieldType, seen: ReadonlySet<string> = new Set()): boolean {
    if (isExtracted(type)) return true;
    if (type.kind !== "ref") return false;
    const target = this.aliasTarget(type.name);
    return target === null || (!seen.has(type.name) && this.isModelValued(target.type, new Set([...seen, type.name])));
  }

  /** The enum values of a schema, through aliases and `$ref`s to enum components, or null. */
  enumValues(type: FieldType, seen: ReadonlySet<string> = new Set()): readonly (string | number | boolean)[] | null {
    if (type.kind === "enum") return type.values;
    if (type.kind !== "ref" || seen.has(type.name)) return null;
    const definition = this.definitions.get(type.name);
    return definition === undefined ? null : this.enumValues(definition.type, new Set([...seen, type.name]));
  }

  /** The component a `$ref` is replaced by, or null when the component is a model of its own. */
  private aliasTarget(name: string): Definition | null {
    const definition = this.definitions.get(name);
    return definition === undefined || isModelShape(definition.type) ? null : definition;
  }
}

/**
 * The tag → model pairs of a discriminator model: its explicit mapping, or without one the `$ref`
 * branches by schema name (the legacy discriminator behaviour).
 */
export function discriminatorMapping(doc: Extract<ModelDoc, { kind: "discriminator" }>): readonly { readonly value: string; readonly name: string }[] {
  if (doc.discriminator.mapping.length > 0) return doc.discriminator.mapping;
  return doc.variants.flatMap((variant) => (variant.type.kind === "ref" ? [{ value: variant.type.name, name: variant.type.name }] : []));
}

/** Shapes openapi-generator generates a model for: objects with properties, enums, unions. */
function isModelShape(type: FieldType): boolean {
  return type.kind === "enum" || isExtracted(type);
}

/** Inline shapes InlineModelResolver moves into models of their own. */
function isExtracted(type: FieldType): boolean {
  return (type.kind === "object" && type.fields.length > 0) || type.kind === "union";
}

/**
 * Branch names for inline models in a union: `<Union>_oneOf`, `<Union>_oneOf_1`, … counted over
 * the branches that hold one. The IR does not keep anyOf and oneOf apart, and the Rust generator
 * treats them alike, so `_oneOf` is used for both [guess: the resolver writes `_anyOf` for anyOf].
 */
function unionVariants(name: string, variants: readonly FieldType[]): Variant[] {
  let inline = 0;
  return variants.map((type) => {
    if (!holdsInlineModel(type)) return { type, inlineName: `${name}_oneOf` };
    const inlineName = inline === 0 ? `${name}_oneOf` : `${name}_oneOf_${inline}`;
    inline += 1;
    return { type, inlineName };
  });
}

function holdsInlineModel(type: FieldType): boolean {
  if (isExtracted(type)) return true;
  if (type.kind === "array") return holdsInlineModel(type.items);
  return type.kind === "map" ? holdsInlineModel(type.values) : false;
}

function primitive(dataType: string): RustType {
  return { dataType, complexType: null };
}

function modelType(name: string): RustType {
  return { dataType: `models::${toModelName(name)}`, complexType: name };
}

function constType(value: unknown): string {
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "i32" : "f64";
  return "serde_json::Value";
}
