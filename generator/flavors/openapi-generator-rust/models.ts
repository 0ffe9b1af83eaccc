/**
 * Which models openapi-generator's `rust` generator would write a doc page for, and how a schema
 * shows up in the Type column. Works on the docs IR, so it reproduces the generator's own passes
 * from their results:
 *
 * - InlineModelResolver: an inline object with properties or an inline oneOf/anyOf becomes a model
 *   named `<Parent>_<property>` (or after its `title`); array items add `_inner` (to the array's
 *   title when it has one), map values `_value`, inline union branches `_oneOf` (then `_oneOf_1`,
 *   …). Inline enums stay inline (`resolveInlineEnums` is off). The operations are flattened first
 *   (`operation-schemas.ts`: `<operationId>_request`, `<operationId>_<param>_parameter`,
 *   `<operationId>_<status>_response`), then the components; a structurally identical later inline
 *   schema reuses the earlier model.
 * - `skipFormModel`: no model for a schema only form request bodies use (`form-models.ts`).
 * - OpenAPINormalizer: `anyOf`/`oneOf` with one non-null branch is that branch (the IR already
 *   collapses these). The Rust generator handles anyOf as oneOf, so both are "unions" here.
 * - Aliases: with the default `generateAliasAsModel=false`, a `$ref` to a component that is an
 *   array, a map, a primitive or a free-form object is replaced by that component's type
 *   (`Option<**Vec<String>**>` for `modalities`), and the tool writes no model for it.
 */
import { definitionsOf, type Definitions } from "../../ir/lookup.js";
import type { Composition, Definition, Discriminator, Field, FieldType, Model } from "../../ir/types.js";
import { composedFields } from "./composed.js";
import { toModelName } from "./naming.js";
import { formOnlyModels } from "./form-models.js";
import { operationSchemas, type OperationSchema } from "./operation-schemas.js";
import type { RustSettings } from "./settings.js";

/** `{{{dataType}}}` and `{{{complexType}}}` of a CodegenProperty. */
export interface RustType {
  /** The Rust type as the docs print it: `i32`, `Vec<models::Foo>`, `std::collections::HashMap<String, String>`. */
  readonly dataType: string;
  /** The raw schema name of the model the type links to (also its page's file name), or null for a primitive. */
  readonly complexType: string | null;
  /**
   * Where the tool's link points instead, at a page that never exists: for a type that is no model
   * but not primitive either (`string` for a date), or a container of containers
   * (`std::collections::HashMap`); null when it links `complexType` or prints the type bold.
   */
  readonly danglingLink: string | null;
}

/** One model page. `name` is the raw schema name (the file name); the heading is `toModelName(name)`. */
export type ModelDoc =
  | {
      readonly kind: "object";
      readonly name: string;
      readonly fields: readonly Field[];
      /**
       * Where each field's schema is, for the model an inline schema in it became: an anyOf model's
       * properties stay where their branch declares them (`PriceFilter_PRICE`). Absent: `<name>_<field>`.
       */
      readonly fieldPositions?: readonly string[];
    }
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
  /** The definitions as the tool models them: a composed object's properties merged its way (`composed.ts`). */
  private readonly definitions: Definitions;

  /** Per model, the properties an inline allOf member of its own schema declares (their inline models are `<Model>_allOf_<property>`). */
  private readonly allOfMemberFields = new Map<string, ReadonlySet<string>>();

  /** Per composed union, the properties the tool gives it when it models an anyOf as a struct. */
  private readonly anyOfFields = new Map<string, readonly Field[]>();

  private readonly settings: Pick<RustSettings, "chronoDateTime" | "generatorPages">;
  /** Position of an inline schema (`Parent_prop_inner`) → the model the resolver made or matched for it. */
  private readonly inlineNames = new Map<string, string>();
  /** The schema of each inline model the resolver made, by its name. */
  private readonly inlineTypes = new Map<string, FieldType>();
  private readonly docs: ModelDoc[];
  /**
   * The order DefaultGenerator processes the models in: the components as the spec lists them, then
   * the inline models in the order InlineModelResolver added them to the components.
   */
  private readonly processingOrder = new Map<string, number>();

  /** OpenAPI 3.1 input: the parser drops 3.0's `nullable` keyword. */
  private readonly ignoresNullableKeyword: boolean;

  constructor(model: Model, settings: Pick<RustSettings, "chronoDateTime" | "generatorPages"> = { chronoDateTime: false, generatorPages: false }) {
    this.settings = settings;
    const spec = definitionsOf(model);
    this.definitions = new Map(model.definitions.map((definition) => [definition.name, this.asModeled(definition, spec)]));
    this.ignoresNullableKeyword = model.openapi?.startsWith("3.1") === true;
    const operations = operationSchemas(model.operations ?? []);
    const docs = this.resolveModels(
      inSpecOrder(model).map((definition) => this.definitions.get(definition.name) ?? definition),
      operations,
    );
    // `skipFormModel` (on by default): no model for a schema only form request bodies use.
    const formOnly = settings.generatorPages ? formOnlyModels(operations, this.walkable()) : new Set<string>();
    this.docs = docs.filter((doc) => !formOnly.has(doc.name));
  }

  definition(name: string): Definition | undefined {
    return this.definitions.get(name);
  }

  /**
   * A composed object with the properties `composedFields` merges; any other definition as the IR
   * has it. The properties of an anyOf the tool models as a struct are merged the same way
   * (`anyOfFields`), but the definition stays the union the IR made of it.
   */
  private asModeled(definition: Definition, spec: Definitions): Definition {
    const composition = definition.composition;
    const type = definition.type;
    if (composition !== undefined && type.kind === "ref") return this.singleRefModel(definition, composition, spec);
    if (composition === undefined || (type.kind !== "object" && type.kind !== "union")) return definition;
    const merged = composedFields(composition, spec);
    const fromMember = merged.filter((entry) => entry.inAllOfMember).map((entry) => entry.field.name);
    if (fromMember.length > 0) this.allOfMemberFields.set(definition.name, new Set(fromMember));
    const fields = merged.map((entry) => entry.field);
    if (type.kind === "union") {
      this.anyOfFields.set(definition.name, fields);
      return definition;
    }
    return { ...definition, type: { ...type, fields } };
  }

  /**
   * A component written `allOf: [$ref]` (the IR reads it as the referenced schema): to the tool it is
   * a composed schema, which `unaliasSchema` never replaces, so it is a model of its own with the
   * referenced model's properties, and `$ref`s to it link to it. Only when those properties exist:
   * an allOf of an enum or a primitive stays what it wraps.
   */
  private singleRefModel(definition: Definition, composition: Composition, spec: Definitions): Definition {
    const only = composition.allOf[0];
    if (composition.allOf.length !== 1 || only?.kind !== "ref" || composition.oneOf.length + composition.anyOf.length > 0) return definition;
    const fields = composedFields(composition, spec).map((entry) => entry.field);
    return fields.length === 0 ? definition : { ...definition, type: { kind: "object", fields, freeForm: false } };
  }

  /** The family of the inline models inside a property: `copied` from an inline allOf member of the model's own schema on. */
  private familyOf(modelName: string, field: Field, family: Family): Family {
    return this.allOfMemberFields.get(modelName)?.has(field.name) === true ? "copied" : family;
  }

  /** Where an inline schema in a model's property sits, as InlineModelResolver names it: `<Model>_<property>` (`<Model>_allOf_<property>` from an inline allOf member). */
  fieldPosition(modelName: string, field: Field): string {
    return this.allOfMemberFields.get(modelName)?.has(field.name) === true ? `${modelName}_allOf_${field.name}` : `${modelName}_${field.name}`;
  }

  /**
   * Every page-worthy model, as InlineModelResolver leaves them: the inline models of the
   * operations, then the component schemas in spec order, each followed by the inline models inside it. An inline model is named where the
   * resolver first meets it (`<Parent>_<property>`, made unique with `_1`, `_2`, …); a later
   * inline schema with the same structure becomes a `$ref` to that model instead of a model of
   * its own (`matchGenerated`), so every position that holds it links to the first one.
   */
  catalog(): readonly ModelDoc[] {
    return this.docs;
  }

  /**
   * One model per class name, as the tool writes them: DefaultGenerator keeps the processed models in
   * a map ordered by `toModelName`, so of two schemas whose names fold to one class name
   * (`StaticChunkingStrategy` and an inline schema titled `Static Chunking Strategy`) the one
   * processed last replaces the other, and its page is the one `<ClassName>.md` holds. An alias,
   * which the tool skips before that map, takes no part: pass the docs without them.
   */
  byClassName(docs: readonly ModelDoc[] = this.docs): readonly ModelDoc[] {
    const last = new Map<string, ModelDoc>();
    const order = (doc: ModelDoc): number => this.processingOrder.get(doc.name) ?? -1;
    for (const doc of docs) {
      const className = toModelName(doc.name);
      const kept = last.get(className);
      if (kept === undefined || order(doc) > order(kept)) last.set(className, doc);
    }
    const kept = new Set(last.values());
    return docs.filter((doc) => kept.has(doc));
  }

  /** How the models link each other, for walks over the resolved schemas (`form-models.ts`). */
  private walkable(): WalkableModels {
    return {
      modelAt: (type, position) => (type.kind === "ref" ? type.name : isExtracted(type) ? (this.inlineNames.get(position) ?? position) : null),
      bodyOf: (name) => this.inlineTypes.get(name) ?? this.definitions.get(name)?.type ?? null,
      variants: unionVariants,
    };
  }

  private resolveModels(definitions: readonly Definition[], operations: readonly OperationSchema[]): ModelDoc[] {
    const docs: ModelDoc[] = [];
    for (const definition of definitions) this.processingOrder.set(definition.name, this.processingOrder.size);
    const taken = new Set(definitions.map((definition) => definition.name));
    const bySignature = new Map<string, string>();
    const uniqueName = (name: string): string => {
      let unique = name;
      for (let count = 1; taken.has(unique); count++) unique = `${name}_${count}`;
      taken.add(unique);
      return unique;
    };
    const visitModel = (name: string, type: FieldType, description: string | null, family: Family = "gathered"): void => {
      if (type.kind === "object" && type.fields.length > 0) {
        for (const field of type.fields) visitInline(field.type, this.fieldPosition(name, field), field, this.familyOf(name, field, family));
        docs.push({ kind: "object", name, fields: type.fields });
      } else if (isTypeList(type)) {
        docs.push({ kind: "object", name, fields: [] });
      } else if (type.kind === "enum") {
        docs.push({ kind: "enum", name, values: type.values });
      } else if (type.kind === "union") {
        const variants = unionVariants(name, type);
        for (const variant of variants) visitInline(variant.type, variant.inlineName, null, family);
        // Only on generator pages: the linked pages keep the oneOf table for an anyOf, which is
        // what the default output has always shown and what drift reads as the union it is.
        if (this.settings.generatorPages && isAnyOf(type) && type.discriminator === null) {
          // The properties composedFields merged for it, else the branches' own; each links the inline model of the branch that declares it.
          const properties = this.anyOfProperties(name, type);
          const fields = this.anyOfFields.get(name) ?? properties.map(({ field }) => field);
          const positions = new Map(properties.map(({ field, position }) => [field.name, position]));
          docs.push({ kind: "object", name, fields, fieldPositions: fields.map((field) => positions.get(field.name) ?? this.fieldPosition(name, field)) });
          return;
        }
        docs.push(
          type.discriminator === null
            ? { kind: "one-of", name, description, variants }
            : { kind: "discriminator", name, discriminator: type.discriminator, variants },
        );
      } else {
        docs.push({ kind: "alias", name });
        // A component's own title does not name its items (`gatherInlineModels` starts at its name).
        if (type.kind === "array") visitInline(itemsOf(type), `${name}_inner`, null, family);
        else visitInline(type, name, null, family);
      }
    };
    /**
     * `position` is where the schema is (the key `rustType` looks its model up by); `prefix` is the
     * name `resolveModelName` starts from there, which differs from the position below a titled
     * array (`title: multiple product groups` names its items `multiple_product_groups_inner`).
     */
    const visitInline = (type: FieldType, position: string, holder: Field | null, family: Family, prefix: string = position): void => {
      if (isExtracted(type)) {
        // `resolveModelName` reserves the name before the children are walked and before matching.
        const title = type.kind === "object" || type.kind === "union" ? type.title : undefined;
        const name = uniqueName((title ?? prefix).replace(/[^A-Za-z0-9_]/g, "_"));
        const signature = `${family} ${structureOf(type, holder)}`;
        const existing = bySignature.get(signature);
        if (existing !== undefined) {
          this.inlineNames.set(position, existing);
          // The children still get walked (and named) under the name the resolver reserved.
          visitChildren(type, name, family);
          return;
        }
        bySignature.set(signature, name);
        this.processingOrder.set(name, this.processingOrder.size);
        this.inlineNames.set(position, name);
        this.inlineTypes.set(name, type);
        visitModel(name, type, holder?.description ?? null, family);
      } else if (type.kind === "array") visitInline(itemsOf(type), `${position}_inner`, null, family, `${type.title ?? prefix}_inner`);
      else if (type.kind === "map") visitInline(type.values, `${position}_value`, null, family, `${prefix}_value`);
    };
    const visitChildren = (type: FieldType, name: string, family: Family): void => {
      if (type.kind === "object")
        for (const field of type.fields) visitInline(field.type, this.fieldPosition(name, field), field, this.familyOf(name, field, family));
      else if (type.kind === "union") for (const variant of unionVariants(name, type)) visitInline(variant.type, variant.inlineName, null, family);
    };
    // `flattenPaths` runs before `flattenComponents`: an operation's inline schemas are named and
    // registered for reuse first, so a component's inline schema of the same structure links to them.
    for (const { prefix, type } of operations) visitInline(type, prefix, null, "gathered");
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
        return this.stringType(type.format);
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
        return freeForm();
      case "object":
        if (type.fields.length > 0) return this.inlineModel(inlineName);
        // The tool maps a written `additionalProperties: true` to a map of any value (generator pages only:
        // the linked pages keep the free-form value drift reads as the object it is).
        if (type.extraProperties === "any" && this.settings.generatorPages) {
          const values = freeForm();
          return { dataType: `std::collections::HashMap<String, ${values.dataType}>`, complexType: null, danglingLink: containerLink(values) };
        }
        return freeForm();
      case "union":
        return this.inlineModel(inlineName);
      case "array": {
        const items = this.rustType(itemsOf(type), `${inlineName}_inner`, seen);
        return { dataType: `Vec<${items.dataType}>`, complexType: items.complexType, danglingLink: containerLink(items) };
      }
      case "map": {
        const values = this.rustType(type.values, `${inlineName}_value`, seen);
        return { dataType: `std::collections::HashMap<String, ${values.dataType}>`, complexType: values.complexType, danglingLink: containerLink(values) };
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
   * The Rust generator models an anyOf as a struct of every property its object branches declare
   * (inline or `$ref`), first declaration wins; an anyOf of primitives has none: an empty table.
   */
  private anyOfProperties(name: string, union: Extract<FieldType, { kind: "union" }>): { field: Field; position: string }[] {
    const fields = new Map<string, { field: Field; position: string }>();
    for (const variant of unionVariants(name, union)) {
      const owner = variant.type.kind === "ref" ? variant.type.name : (this.inlineNames.get(variant.inlineName) ?? variant.inlineName);
      const target = variant.type.kind === "ref" ? this.definitions.get(variant.type.name)?.type : variant.type;
      if (target?.kind !== "object") continue;
      for (const field of target.fields) if (!fields.has(field.name)) fields.set(field.name, { field, position: `${owner}_${field.name}` });
    }
    return [...fields.values()];
  }

  /** The model an inline schema at this position became (itself, or the earlier one it matched). */
  private inlineModel(position: string): RustType {
    return modelType(this.inlineNames.get(position) ?? position);
  }

  /**
   * `typeMapping` of the string formats: `uuid` and `binary` map to crate types (the real tool links
   * uuid to a page that does not exist, `Uuid__Uuid.md`; we print it bold). A `date` maps to
   * `string`, which the template does not count as primitive: `[**String**](string.md)`.
   * `date-time` is a `String` until `useChrono` (7.24).
   */
  private stringType(format: string | null): RustType {
    if (format === "uuid") return primitive("uuid::Uuid");
    if (format === "binary") return primitive("std::path::PathBuf");
    if (format === "date-time" && this.settings.chronoDateTime) return primitive("chrono::DateTime<chrono::FixedOffset>");
    if (format === "date") return { dataType: "String", complexType: null, danglingLink: "string" };
    return primitive("String");
  }

  /**
   * A union branch's entry in `CodegenModel.oneOf`: the model name for a `$ref` (whatever the target
   * is) or an extracted inline model, the Rust type declaration for anything else.
   */
  branchName(variant: Variant): string {
    if (variant.type.kind === "ref") return toModelName(variant.type.name);
    return isExtracted(variant.type)
      ? toModelName(this.inlineNames.get(variant.inlineName) ?? variant.inlineName)
      : this.rustType(variant.type, variant.inlineName).dataType;
  }

  /** True when the schema is printed as a model link: openapi-generator drops the property's description then. */
  isModelValued(type: FieldType, seen: ReadonlySet<string> = new Set()): boolean {
    if (isExtracted(type)) return true;
    if (type.kind !== "ref") return false;
    const target = this.aliasTarget(type.name);
    return target === null || (!seen.has(type.name) && this.isModelValued(target.type, new Set([...seen, type.name])));
  }

  /** `isNullable` of the property: in a 3.1 document, `nullable: true` alone does not count. */
  isNullable(field: Field): boolean {
    return field.nullable && !(this.ignoresNullableKeyword && field.nullableByKeyword === true);
  }

  /**
   * `[readonly]`: the property's `readOnly`, which the tool loses where the property is rebuilt: an
   * array (its items schema is what gets resolved) and an inline model replaced by a `$ref`.
   */
  showsReadOnly(field: Field): boolean {
    return field.readOnly === true && field.type.kind !== "array" && !isExtracted(field.type);
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

/**
 * The definitions in the order the spec declares them, which is the order InlineModelResolver walks
 * the components in (the first schema to hold an inline shape names it).
 */
function inSpecOrder(model: Model): readonly Definition[] {
  const order = new Map((model.componentOrder ?? []).map((name, index) => [name, index]));
  return [...model.definitions].sort((a, b) => (order.get(a.name) ?? order.size) - (order.get(b.name) ?? order.size));
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
 * A union written as `anyOf`, read from where its branches are: the last keyword of a branch's
 * pointer (a nullable `oneOf` upgraded from OpenAPI 3.0 sits inside an `anyOf` with a null branch).
 */
function isAnyOf(union: Extract<FieldType, { kind: "union" }>): boolean {
  return union.variantPointers.some((pointer) => /\/anyOf\/\d+$/.test(pointer));
}

/**
 * An OpenAPI 3.1 type list (`type: [string, boolean]`): the IR makes it a union whose variants all
 * point at the schema itself. The tool extracts it like a union but finds no branches in it, so
 * its model has neither properties nor variants: an empty `## Properties` table.
 */
function isTypeList(type: FieldType): boolean {
  return type.kind === "union" && type.variantPointers.length > 1 && type.variantPointers.every((pointer) => pointer === type.variantPointers[0]);
}

const IGNORED_IN_STRUCTURE = new Set(["pointer", "variantPointers", "ownDescription", "examples"]);

/**
 * What `matchGenerated` compares: the schema's JSON, here the IR shape without spec positions or
 * examples (pokeapi's `{name, url}` objects differ only in their examples and share one model).
 * Property order counts (`{url, name}` is another model). What the schema says about itself
 * (description, `nullable`, `readOnly`, …) sits in the IR on the field holding it, so it is added.
 */
function structureOf(type: FieldType, holder: Field | null): string {
  // Array items and union branches carry none of these in the IR: they read as absent.
  const own = {
    description: holder?.description ?? null,
    nullable: holder?.nullable ?? false,
    readOnly: holder?.readOnly ?? false,
    deprecated: holder?.deprecated ?? false,
    default: holder?.default ?? null,
    extensions: holder?.extensions ?? [],
  };
  return JSON.stringify([own, type], (key, value: unknown) => (IGNORED_IN_STRUCTURE.has(key) ? undefined : value));
}

/**
 * Which of InlineModelResolver's two routes made an inline model, as `matchGenerated` compares the
 * JSON of what it registers: `gathered` schemas are the spec's own (`gatherInlineModels`, for the
 * components' and the operations' schemas), `copied` ones are rebuilt by `modelFromProperty` (an
 * inline allOf member's properties, through `flattenProperties`), whose JSON differs from the
 * original's. A schema only matches an earlier one of its own route: pinterest's
 * `PinMediaWithImage_allOf_images` is not `ImageMetadata_images`, though written alike.
 */
type Family = "gathered" | "copied";

/** What a walk over the resolved schemas needs: which model a schema at a position is, and each model's schema. */
export interface WalkableModels {
  /** The model a schema at this position is a `$ref` to after flattening (a component or an inline model), or null. */
  modelAt(type: FieldType, position: string): string | null;
  /** The schema of a model (component or inline), or null when there is none. */
  bodyOf(name: string): FieldType | null;
  variants(name: string, union: Extract<FieldType, { kind: "union" }>): Variant[];
}

/**
 * Branch names for inline models in a union: `<Union>_oneOf`, `<Union>_oneOf_1`, … (`_anyOf` for
 * an anyOf) counted over the branches that hold one. The keyword is read from where the branches are.
 */
function unionVariants(name: string, union: Extract<FieldType, { kind: "union" }>): Variant[] {
  const keyword = isAnyOf(union) ? "anyOf" : "oneOf";
  let inline = 0;
  return union.variants.map((type) => {
    if (!holdsInlineModel(type)) return { type, inlineName: `${name}_${keyword}` };
    const inlineName = inline === 0 ? `${name}_${keyword}` : `${name}_${keyword}_${inline}`;
    inline += 1;
    return { type, inlineName };
  });
}

/**
 * An array's items as the tool models them. OpenAPINormalizer's SIMPLIFY_ONEOF_ANYOF replaces a
 * `oneOf`/`anyOf` of one branch by the branch, but `normalizeSchema` drops what it returns for an
 * array's items: items written `oneOf: [$ref]` stay a oneOf, which InlineModelResolver extracts as a
 * model of one variant (`FineTuningJob_integrations_inner`). The IR reads the branch itself.
 */
export function itemsOf(array: Extract<FieldType, { kind: "array" }>): FieldType {
  if (array.singleBranchItems === undefined) return array.items;
  return { kind: "union", variants: [array.items], variantPointers: [`/items/${array.singleBranchItems}/0`], discriminator: null };
}

function holdsInlineModel(type: FieldType): boolean {
  if (isExtracted(type)) return true;
  if (type.kind === "array") return holdsInlineModel(itemsOf(type));
  return type.kind === "map" ? holdsInlineModel(type.values) : false;
}

/**
 * The link of a `Vec` or map is its element's `complexType`: a free-form element links to
 * `serde_json::Value.md`, a nested container to the container's name (`std::collections::HashMap.md`,
 * `Vec.md`), never to the model inside it.
 */
function containerLink(element: RustType): string | null {
  if (element.danglingLink === "") return element.dataType;
  const container = /^(Vec|std::collections::HashMap)</.exec(element.dataType);
  return container === null ? element.danglingLink : (container[1] as string);
}

/** A free-form value: `serde_json::Value`, whose link the tool leaves empty (`[**serde_json::Value**](.md)`). */
function freeForm(): RustType {
  return { dataType: "serde_json::Value", complexType: null, danglingLink: "" };
}

function primitive(dataType: string): RustType {
  return { dataType, complexType: null, danglingLink: null };
}

function modelType(name: string): RustType {
  return { dataType: `models::${toModelName(name)}`, complexType: name, danglingLink: null };
}

function constType(value: unknown): string {
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "i32" : "f64";
  return "serde_json::Value";
}
