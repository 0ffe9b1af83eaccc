/**
 * Bundled OpenAPI document → docs IR. Pure. Each schema shape is matched by an ordered rule table
 * (`SHAPES`); nullability is lifted out of `type` arrays, `anyOf`/`oneOf` null branches and enums
 * onto the field, so flavors render "X or null" without re-deriving it.
 */
import {
  componentSchemas,
  isJsonObject,
  reachableSchemas,
  rootSchemas,
  schemaNameOfRef,
  type JsonObject,
  type JsonValue,
  type OpenApiDocument,
} from "../openapi.js";
import { encodePointerSegment } from "../runtime/json-pointer.js";
import { errorOnlySchemas, securitySchemes } from "./api-surface.js";
import { globalParametersOf, operationsOf } from "./operations.js";
import type {
  Composition,
  CompositionMember,
  Constraints,
  DefaultValue,
  Definition,
  Discriminator,
  Extension,
  Field,
  FieldType,
  Model,
  PrimitiveKind,
} from "./types.js";

const PRIMITIVES: readonly PrimitiveKind[] = ["string", "integer", "number", "boolean"];

interface Context {
  readonly schemas: JsonObject;
  /**
   * Objects without their fields: enough to know a schema's top-level type and nullability. A
   * property that refers to its own schema (`next: {$ref: Node}`) asks for the target's nullability,
   * and building the target's fields again would never end.
   */
  readonly shallow?: boolean;
}

/** The shape of a schema with nullability lifted out. */
interface Shape {
  readonly type: FieldType;
  readonly nullable: boolean;
}

/**
 * Which schemas a model documents: `request`, what the request bodies reach (the canonical
 * package's pages); `all`, every component schema as well, as the real generators write a page for
 * each (responses included). Either way the request's schemas come first.
 */
export type DocScope = "request" | "all";

export function buildModel(document: OpenApiDocument, scope: DocScope = "request"): Model {
  const schemas = componentSchemas(document);
  const ctx: Context = { schemas };
  const roots = rootSchemas(document);
  const names = new Set<string>();
  for (const root of roots) for (const name of reachableSchemas(document, root)) names.add(name);
  if (scope === "all") for (const name of Object.keys(schemas)) names.add(name);
  const info = isJsonObject(document.info) ? document.info : {};
  return {
    title: typeof info.title === "string" ? info.title : "",
    openapi: typeof document.openapi === "string" ? document.openapi : "",
    version: typeof info.version === "string" ? info.version : "",
    roots,
    definitions: [...names].map((name) => buildDefinition(name, ctx)),
    componentOrder: Object.keys(schemas),
    errorSchemas: errorOnlySchemas(document),
    securitySchemes: securitySchemes(document),
    operations: operationsOf(
      document,
      (schema, pointer) => fieldsOf(schema, pointer, ctx),
      (schema, pointer) => shapeOf(schema, pointer, ctx),
    ),
    globalParameters: globalParametersOf(document, (schema, pointer) => fieldsOf(schema, pointer, ctx)),
  };
}

function buildDefinition(name: string, ctx: Context): Definition {
  const schema = asObject(ctx.schemas[name]);
  const pointer = `/components/schemas/${encodePointerSegment(name)}`;
  const shape = shapeOf(schema, pointer, ctx);
  return {
    name,
    pointer,
    title: stringOrNull(schema.title),
    description: stringOrNull(schema.description),
    deprecated: schema.deprecated === true,
    type: shape.type,
    nullable: shape.nullable,
    default: defaultOf(schema, ctx),
    extensions: extensionsOf(schema),
    // A 3.0 schema's `example` is the first of `examples` once the document is upgraded (egain `CasebaseId`).
    ...("example" in schema
      ? { exampleKeyword: { value: schema.example as JsonValue } }
      : Array.isArray(schema.examples) && schema.examples.length > 0
        ? { exampleKeyword: { value: schema.examples[0] as JsonValue } }
        : {}),
    ...compositionFact(schema, pointer, ctx),
  };
}

const COMPOSITION_KEYWORDS = ["allOf", "oneOf", "anyOf"] as const;

function isComposed(schema: JsonObject): boolean {
  return COMPOSITION_KEYWORDS.some((keyword) => Array.isArray(schema[keyword]));
}

/**
 * `composition` of a definition, when its schema is composed. A nullable wrapper
 * (`anyOf: [<schema>, {type: null}]`, which is how a 3.0 `nullable: true` beside `allOf` reads once
 * upgraded) is seen through: its parts are the wrapped schema's.
 */
function compositionFact(schema: JsonObject, pointer: string, ctx: Context): { composition?: Composition } {
  const [wrapped, at] = withoutNullWrapper(withoutPresenceRules(schema), pointer);
  return isComposed(wrapped) ? { composition: compositionOf(wrapped, at, ctx) } : {};
}

function withoutNullWrapper(schema: JsonObject, pointer: string): [JsonObject, string] {
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = Array.isArray(schema[keyword]) ? schema[keyword].map(asObject) : [];
    const kept = branches.map((branch, index) => [branch, index] as const).filter(([branch]) => branch.type !== "null");
    const only = kept[0];
    if (kept.length === 1 && only !== undefined && branches.length > 1 && typeof only[0].$ref !== "string") {
      return withoutNullWrapper(only[0], `${pointer}/${keyword}/${only[1]}`);
    }
  }
  return [schema, pointer];
}

/** The schema's own properties and its members, each member as written (a `$ref`, or inline with parts of its own). */
function compositionOf(schema: JsonObject, pointer: string, ctx: Context): Composition {
  const members = (keyword: (typeof COMPOSITION_KEYWORDS)[number]): CompositionMember[] =>
    (Array.isArray(schema[keyword]) ? schema[keyword] : []).map((value, index) => {
      const member = asObject(value);
      if (typeof member.$ref === "string") return { kind: "ref", name: schemaNameOfRef(member.$ref) ?? member.$ref };
      const at = `${pointer}/${keyword}/${index}`;
      return { kind: "inline", pointer: at, composition: compositionOf(member, at, ctx) };
    });
  return {
    fields: fieldsOf(schema, pointer, ctx),
    required: (Array.isArray(schema.required) ? schema.required : []).filter((name): name is string => typeof name === "string"),
    allOf: members("allOf"),
    oneOf: members("oneOf"),
    anyOf: members("anyOf"),
  };
}

/** Ordered shape rules: the first that matches converts. */
const SHAPES: readonly { readonly match: (schema: JsonObject) => boolean; readonly convert: (schema: JsonObject, pointer: string, ctx: Context) => Shape }[] = [
  {
    match: (schema) => typeof schema.$ref === "string",
    convert: (schema) => ({ type: { kind: "ref", name: schemaNameOfRef(schema.$ref as string) ?? String(schema.$ref) }, nullable: false }),
  },
  { match: (schema) => Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf), convert: unionShape },
  {
    match: (schema) => "const" in schema,
    convert: (schema) => ({ type: { kind: "const", value: schema.const as JsonValue }, nullable: schema.const === null }),
  },
  { match: (schema) => Array.isArray(schema.enum), convert: enumShape },
  // `type: object` (or `string`) beside an `allOf` only restates the members' type: the allOf is the shape.
  { match: (schema) => Array.isArray(schema.allOf) && schema.properties === undefined && schema.items === undefined, convert: allOfShape },
  { match: (schema) => Array.isArray(schema.type), convert: typeArrayShape },
  {
    // `items` without a `type` is an array too: the OpenAPI parsers read the keyword as the array's (pinterest's
    // `allOf: [Paginated, {properties: {items: {items: {$ref}}}}]` list responses).
    match: (schema) => schema.type === "array" || (schema.type === undefined && isJsonObject(schema.items)),
    convert: (schema, pointer, ctx) => {
      const items = shapeOf(asObject(schema.items), `${pointer}/items`, ctx);
      return {
        type: { kind: "array", items: items.type, ...singleBranchOf(asObject(schema.items)), ...(items.nullable ? { nullableItems: true as const } : {}) },
        nullable: false,
      };
    },
  },
  // `properties` beside a primitive `type` never apply (only objects have properties): the type is the shape.
  {
    match: (schema) =>
      schema.type === "object" || ((isJsonObject(schema.properties) || "additionalProperties" in schema) && !PRIMITIVES.includes(schema.type as PrimitiveKind)),
    convert: objectShape,
  },
  {
    match: (schema) => PRIMITIVES.includes(schema.type as PrimitiveKind),
    convert: (schema) => ({ type: primitive(schema.type as PrimitiveKind, schema), nullable: false }),
  },
  { match: (schema) => schema.type === "null", convert: () => ({ type: { kind: "null" }, nullable: true }) },
  { match: (schema) => Array.isArray(schema.allOf), convert: allOfShape },
  { match: () => true, convert: () => ({ type: { kind: "any" }, nullable: false }) },
];

/**
 * An object's `oneOf`/`anyOf` whose every branch only lists `required` names (`properties: {a, b}`,
 * `oneOf: [{required: [a]}, {required: [b]}]`) says which of its properties must be present, not
 * what else the value may be: the object is the shape. Such branches have no shape of their own, so
 * read as branches they would make a union of two "any" values. (openapi-generator's normaliser
 * drops them as well: a branch without type, `$ref`, properties or description is a null branch to
 * `SIMPLIFY_ONEOF_ANYOF`, and with none left the object's properties are the model.)
 */
function withoutPresenceRules(schema: JsonObject): JsonObject {
  if (!isJsonObject(schema.properties)) return schema;
  let stripped = schema;
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || branches.length === 0 || !branches.every(isPresenceRule)) continue;
    const { [keyword]: _rules, ...rest } = stripped;
    stripped = rest;
  }
  return stripped;
}

/** A schema that only lists required property names. */
function isPresenceRule(branch: JsonValue): boolean {
  return isJsonObject(branch) && Array.isArray(branch.required) && Object.keys(branch).every((key) => key === "required");
}

/** `singleBranch` of a property: a `oneOf`/`anyOf` of exactly one branch. */
function singleBranchField(property: JsonObject): { singleBranch?: "oneOf" | "anyOf" } {
  const single = singleBranchOf(property).singleBranchItems;
  return single === undefined ? {} : { singleBranch: single };
}

/** `singleBranchItems` of an array: its items are a `oneOf`/`anyOf` of exactly one branch (`oneOf: [$ref]`). */
function singleBranchOf(items: JsonObject): { singleBranchItems?: "oneOf" | "anyOf" } {
  // The keyword `unionShape` reads: anyOf before oneOf.
  const keyword = Array.isArray(items.anyOf) ? "anyOf" : "oneOf";
  const branches = items[keyword];
  return Array.isArray(branches) && branches.length === 1 && discriminatorOf(items) === null ? { singleBranchItems: keyword } : {};
}

function shapeOf(given: JsonObject, pointer: string, ctx: Context): Shape {
  const schema = withoutPresenceRules(given);
  const rule = SHAPES.find((candidate) => candidate.match(schema));
  const shape = withTitle(rule === undefined ? { type: { kind: "any" } as const, nullable: false } : rule.convert(schema, pointer, ctx), schema);
  // OpenAPI 3.0's `nullable: true`, left in many 3.1 specs, means what it meant there: the doc
  // generators read it so (Speakeasy writes `OptionalNullable[…]`), and so do the docs. Validators
  // and types see it only through `--normalize`, which rewrites it into a type array.
  return schema.nullable === true && !shape.nullable ? { ...shape, nullable: true } : shape;
}

/**
 * An object, union, enum or array keeps the schema's `title` (generators name inline models after it; an
 * array's title names the models of its items). An object, enum or union keeps its `description`:
 * a generator that writes a page for an inline shape shows the shape's own description, which is
 * not its property's when a nullable `anyOf` wraps it, and an anonymous union member has no
 * property at all.
 */
function withTitle(shape: Shape, schema: JsonObject): Shape {
  // A nullable `anyOf`/`oneOf` around one schema is seen through: its title and description are the
  // property's, not the shape's (Speakeasy names mammoth's `UserFieldSchema.user_roles`, a titled
  // `oneOf: [null, {type: object}]`, by its context, `UserFieldSchemaUserRoles`).
  const seenThrough = (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) && shape.type.kind !== "union";
  const titled =
    typeof schema.title !== "string" ||
    seenThrough ||
    (shape.type.kind !== "object" && shape.type.kind !== "union" && shape.type.kind !== "array" && shape.type.kind !== "enum")
      ? shape
      : { ...shape, type: { ...shape.type, title: schema.title } };
  const described =
    typeof schema.description !== "string" || seenThrough || (titled.type.kind !== "object" && titled.type.kind !== "union" && titled.type.kind !== "enum")
      ? titled
      : { ...titled, type: { ...titled.type, description: schema.description } };
  // A union's or object's own `x-` keys (array items and union branches have no field to carry them).
  const extensions = extensionsOf(schema);
  if ((described.type.kind !== "union" && described.type.kind !== "object") || extensions.length === 0) return described;
  return { ...described, type: { ...described.type, extensions } };
}

function unionShape(schema: JsonObject, pointer: string, ctx: Context): Shape {
  const keyword = Array.isArray(schema.anyOf) ? "anyOf" : "oneOf";
  const branches = (schema[keyword] as JsonValue[]).map(asObject);
  let nullable = false;
  const variants: FieldType[] = [];
  const variantPointers: string[] = [];
  branches.forEach((branch, index) => {
    const at = `${pointer}/${keyword}/${index}`;
    const shape = shapeOf(branch, at, ctx);
    if (shape.type.kind === "null") nullable = true;
    else {
      nullable ||= shape.nullable;
      variants.push(shape.type);
      variantPointers.push(at);
    }
  });
  const discriminator = discriminatorOf(schema);
  const only = variants[0];
  if (variants.length === 1 && only !== undefined && discriminator === null) return { type: only, nullable };
  return { type: { kind: "union", variants, variantPointers, discriminator }, nullable };
}

function discriminatorOf(schema: JsonObject): Discriminator | null {
  const discriminator = schema.discriminator;
  if (!isJsonObject(discriminator) || typeof discriminator.propertyName !== "string") return null;
  const mapping = isJsonObject(discriminator.mapping) ? discriminator.mapping : {};
  return {
    propertyName: discriminator.propertyName,
    mapping: Object.entries(mapping).map(([value, ref]) => ({ value, name: typeof ref === "string" ? (schemaNameOfRef(ref) ?? ref) : "" })),
  };
}

function enumShape(schema: JsonObject): Shape {
  const all = schema.enum as JsonValue[];
  const values = all.filter((value): value is string | number | boolean => value !== null && typeof value !== "object");
  const declared = Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;
  const base: PrimitiveKind = PRIMITIVES.includes(declared as PrimitiveKind)
    ? (declared as PrimitiveKind)
    : typeof values[0] === "number"
      ? "number"
      : typeof values[0] === "boolean"
        ? "boolean"
        : "string";
  const nullable = all.includes(null) || (Array.isArray(schema.type) && schema.type.includes("null"));
  return { type: { kind: "enum", base, values }, nullable };
}

function typeArrayShape(schema: JsonObject, pointer: string, ctx: Context): Shape {
  const types = (schema.type as JsonValue[]).filter((type): type is string => typeof type === "string");
  const nonNull = types.filter((type) => type !== "null");
  const nullable = types.includes("null");
  if (nonNull.length === 1) return { type: shapeOf({ ...schema, type: nonNull[0] as string }, pointer, ctx).type, nullable };
  const variants = nonNull.map((type) => shapeOf({ ...schema, type }, pointer, ctx).type);
  // `type: [a, b]`: every variant is the schema itself, so each has its pointer.
  return { type: { kind: "union", variants, variantPointers: variants.map(() => pointer), discriminator: null }, nullable };
}

function objectShape(schema: JsonObject, pointer: string, ctx: Context): Shape {
  const additional = schema.additionalProperties;
  if (!isJsonObject(schema.properties) && isJsonObject(additional)) {
    const values = shapeOf(additional, `${pointer}/additionalProperties`, ctx);
    return { type: { kind: "map", values: values.type, ...(values.nullable ? { nullableValues: true as const } : {}) }, nullable: false };
  }
  const fields = ctx.shallow === true ? [] : fieldsOf(schema, pointer, ctx);
  const freeForm = additional === true || !isJsonObject(schema.properties);
  return { type: { kind: "object", fields, freeForm, extraProperties: extraPropertiesOf(schema) }, nullable: false };
}

function extraPropertiesOf(schema: JsonObject): "unstated" | "forbidden" | "any" | "typed" {
  const additional = schema.additionalProperties;
  if (additional === undefined) return "unstated";
  if (additional === false) return "forbidden";
  return additional === true || (isJsonObject(additional) && Object.keys(additional).length === 0) ? "any" : "typed";
}

/** allOf without a type: one member is that member; several objects merge their properties. */
function allOfShape(schema: JsonObject, pointer: string, ctx: Context): Shape {
  const members = (schema.allOf as JsonValue[]).map(asObject).filter((member) => !isRuleOnly(member));
  const only = members[0];
  if (members.length === 1 && only !== undefined) return shapeOf(only, `${pointer}/allOf/0`, ctx);
  if (PRIMITIVES.includes(schema.type as PrimitiveKind)) return primitiveAllOf(schema, pointer, ctx);
  const merged: JsonObject = { type: "object", properties: {}, required: [] };
  for (const member of members) mergeMember(member, merged, ctx, new Set());
  return objectShape(merged, pointer, ctx);
}

/**
 * An allOf of several members beside a primitive `type` (`type: string`, `allOf: [{description},
 * {$ref: SomeEnum}]`) is a value of that type, not an object: the one member that narrows it to an
 * enum (inline or by `$ref`) when there is one, else the type itself.
 */
function primitiveAllOf(schema: JsonObject, pointer: string, ctx: Context): Shape {
  const shapes = (schema.allOf as JsonValue[]).map((member, index) => shapeOf(asObject(member), `${pointer}/allOf/${index}`, { ...ctx, shallow: true }));
  const enums = shapes.filter((shape) => shape.type.kind === "enum" || (shape.type.kind === "ref" && isEnumComponent(shape.type.name, ctx)));
  const only = enums[0];
  return enums.length === 1 && only !== undefined
    ? { type: only.type, nullable: false }
    : { type: primitive(schema.type as PrimitiveKind, schema), nullable: false };
}

function isEnumComponent(name: string, ctx: Context): boolean {
  return Array.isArray(asObject(ctx.schemas[name]).enum);
}

/** Adds an allOf member's properties and required names to `merged`, through `$ref`s and the member's own allOf. */
function mergeMember(member: JsonObject, merged: JsonObject, ctx: Context, seen: Set<string>): void {
  if (typeof member.$ref === "string") {
    const name = schemaNameOfRef(member.$ref) ?? "";
    if (seen.has(name)) return;
    seen.add(name);
    mergeMember(asObject(ctx.schemas[name]), merged, ctx, seen);
    return;
  }
  if (Array.isArray(member.allOf)) for (const inner of member.allOf) mergeMember(asObject(inner), merged, ctx, seen);
  Object.assign(merged.properties as JsonObject, isJsonObject(member.properties) ? member.properties : {});
  (merged.required as JsonValue[]).push(...(Array.isArray(member.required) ? member.required : []));
}

/** An allOf member that only states a cross-field rule (`if`/`then`), not a shape. */
function isRuleOnly(schema: JsonObject): boolean {
  return "if" in schema && Object.keys(schema).every((key) => ["if", "then", "else", "description"].includes(key));
}

function fieldsOf(schema: JsonObject, pointer: string, ctx: Context): Field[] {
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const rules = crossFieldRules(schema);
  return Object.entries(properties).map(([name, value]) => {
    const property = asObject(value);
    const fieldPointer = `${pointer}/properties/${encodePointerSegment(name)}`;
    const shape = shapeOf(property, fieldPointer, ctx);
    const target = refTarget(property, ctx);
    const ownDescription = stringOrNull(property.description);
    const inner = innerSchema(property);
    // A field that refers to a nullable schema (e.g. `Metadata` is `type: [object, "null"]`) is nullable.
    const targetNullable = shape.type.kind === "ref" && target !== null && shapeOf(target, "", { ...ctx, shallow: true }).nullable;
    return {
      name,
      pointer: fieldPointer,
      required: required.includes(name),
      nullable: shape.nullable || targetNullable,
      deprecated: property.deprecated === true,
      description:
        ownDescription ?? stringOrNull(inner.description) ?? stringOrNull(singleAllOfMember(property)?.description) ?? stringOrNull(target?.description),
      ownDescription: ownDescription !== null,
      type: shape.type,
      default: defaultOf(property, ctx),
      examples: Array.isArray(property.examples) ? property.examples : Array.isArray(inner.examples) ? inner.examples : [],
      ...exampleKeywordOf(property, inner),
      constraints: constraintsOf(inner),
      extensions: extensionsOf(property),
      requires: rules.get(name) ?? [],
      readOnly: property.readOnly === true || inner.readOnly === true,
      nullableByKeyword: shape.nullable && !targetNullable && !statesNull(property),
      ...refStyleOf(property),
      ...singleBranchField(property),
    };
  });
}

/** `refStyle` of a field: how a single `$ref` is wrapped, when it is not bare (also inside a nullable `anyOf`). */
function refStyleOf(property: JsonObject): { refStyle?: "allOf" | "typed" } {
  const branches = Array.isArray(property.anyOf) ? property.anyOf.map(asObject).filter((branch) => branch.type !== "null") : [];
  const only = branches[0];
  if (branches.length === 1 && only !== undefined && branches.length < (property.anyOf as JsonValue[]).length) return refStyleOf(only);
  if (typeof property.$ref === "string") return property.type === "object" ? { refStyle: "typed" } : {};
  const members = Array.isArray(property.allOf) ? property.allOf : [];
  const member = members[0];
  return members.length === 1 && isJsonObject(member) && typeof member.$ref === "string" ? { refStyle: "allOf" } : {};
}

/** Whether a property accepts null by JSON Schema's own means: a `null` type, branch, enum value or const. */
function statesNull(property: JsonObject): boolean {
  const types = Array.isArray(property.type) ? property.type : [property.type];
  const branches = Array.isArray(property.anyOf) ? property.anyOf : Array.isArray(property.oneOf) ? property.oneOf : [];
  return (
    types.includes("null") ||
    (Array.isArray(property.enum) && property.enum.includes(null)) ||
    ("const" in property && property.const === null) ||
    branches.some((branch) => isJsonObject(branch) && statesNull(branch))
  );
}

/** The `example` keyword of a property or its inline nullable branch, as an optional member (absent when neither has one). */
function exampleKeywordOf(property: JsonObject, inner: JsonObject): { exampleKeyword?: DefaultValue } {
  if ("example" in property) return { exampleKeyword: { value: property.example as JsonValue } };
  return "example" in inner ? { exampleKeyword: { value: inner.example as JsonValue } } : {};
}

/** For `anyOf: [{inline}, {type: null}]`, the inline branch carries the constraints and default. */
function innerSchema(property: JsonObject): JsonObject {
  const branches = Array.isArray(property.anyOf) ? property.anyOf : Array.isArray(property.oneOf) ? property.oneOf : null;
  if (branches === null) return property;
  const nonNull = branches.map(asObject).filter((branch) => branch.type !== "null");
  const only = nonNull[0];
  return nonNull.length === 1 && only !== undefined && typeof only.$ref !== "string" ? only : property;
}

/** The schema a property refers to, directly or through a nullable `anyOf`. */
function refTarget(property: JsonObject, ctx: Context): JsonObject | null {
  const branches = Array.isArray(property.anyOf) ? property.anyOf : Array.isArray(property.oneOf) ? property.oneOf : [property];
  const refs = branches.map(asObject).filter((branch) => typeof branch.$ref === "string");
  const only = refs[0];
  if (refs.length !== 1 || only === undefined || (branches.length > 1 && branches.length - refs.length !== 1)) {
    return typeof property.$ref === "string" ? asObject(ctx.schemas[schemaNameOfRef(property.$ref) ?? ""]) : null;
  }
  return asObject(ctx.schemas[schemaNameOfRef(only.$ref as string) ?? ""]);
}

/** The one inline member of a property's `allOf` (`allOf: [{type: boolean, description: …}]`), whose annotations are the property's; else null. */
function singleAllOfMember(property: JsonObject): JsonObject | null {
  const members = Array.isArray(property.allOf) ? property.allOf.map(asObject) : [];
  const member = members[0];
  return members.length === 1 && member !== undefined && typeof member.$ref !== "string" ? member : null;
}

/** The property's own default, else its inline nullable branch's or single inline allOf member's, else its `$ref` target's. */
function defaultOf(property: JsonObject, ctx: Context): DefaultValue | null {
  if ("default" in property) return { value: property.default as JsonValue };
  const member = singleAllOfMember(property);
  if (member !== null && "default" in member) return { value: member.default as JsonValue };
  const inner = innerSchema(property);
  if (inner !== property && "default" in inner) return { value: inner.default as JsonValue };
  const target = refTarget(property, ctx);
  return target !== null && "default" in target ? { value: target.default as JsonValue } : null;
}

function constraintsOf(schema: JsonObject): Constraints {
  const number = (key: string): number | null => (typeof schema[key] === "number" ? (schema[key] as number) : null);
  const names = isJsonObject(schema.propertyNames) ? schema.propertyNames : {};
  return {
    minimum: number("minimum"),
    maximum: number("maximum"),
    exclusiveMinimum: number("exclusiveMinimum"),
    exclusiveMaximum: number("exclusiveMaximum"),
    minLength: number("minLength"),
    maxLength: number("maxLength"),
    pattern: stringOrNull(schema.pattern),
    format: stringOrNull(schema.format),
    minItems: number("minItems"),
    maxItems: number("maxItems"),
    minProperties: number("minProperties"),
    maxProperties: number("maxProperties"),
    keyPattern: stringOrNull(names.pattern),
    keyMaxLength: typeof names.maxLength === "number" ? names.maxLength : null,
  };
}

/**
 * Cross-field rules of the form `if: {required: [a]} then: {required: [b], properties: {b: {const: v}}}`
 * in the object's `allOf`, keyed by the triggering field. Each rule is one markdown sentence: the
 * rule's own `description` when it has one, else "`a` requires `b: v`."
 */
function crossFieldRules(schema: JsonObject): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  const members = Array.isArray(schema.allOf) ? schema.allOf.map(asObject) : [];
  for (const member of members) {
    const condition = asObject(member.if);
    const consequence = asObject(member.then);
    const triggers = (Array.isArray(condition.required) ? condition.required : []).filter((name): name is string => typeof name === "string");
    const needed = (Array.isArray(consequence.required) ? consequence.required : []).filter((name): name is string => typeof name === "string");
    const values = isJsonObject(consequence.properties) ? consequence.properties : {};
    for (const trigger of triggers) {
      const requirements = needed.map((name) => {
        const value = asObject(values[name]);
        return "const" in value ? `\`${name}: ${JSON.stringify(value.const)}\`` : `\`${name}\``;
      });
      const sentence = stringOrNull(member.description) ?? `\`${trigger}\` requires ${requirements.join(" and ")}.`;
      rules.set(trigger, [...(rules.get(trigger) ?? []), sentence]);
    }
  }
  return rules;
}

function primitive(kind: PrimitiveKind, schema: JsonObject): FieldType {
  return { kind, format: stringOrNull(schema.format) };
}

function extensionsOf(schema: JsonObject): Extension[] {
  return Object.entries(schema)
    .filter(([key]) => key.startsWith("x-"))
    .map(([name, value]) => ({ name, value }));
}

function asObject(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

function stringOrNull(value: JsonValue | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
