/**
 * A fast-check Arbitrary of valid instances, built from a JSON Schema 2020-12 bundle (the
 * `generated/schema.json` object: `{ $defs: {...} }`) for one of its `$defs`.
 *
 * It is a small converter: `convert` looks up the first entry of `HANDLERS` (an ordered table,
 * keyword → builder) that applies to the schema and lets it build the arbitrary, recursing through
 * `convert` for subschemas. Nothing is special-cased by field name; the supported vocabulary is
 * - `allOf` of `if`/`then` cross-field rules: generate the rest of the schema, then for every rule
 *   whose `if` holds make the `then` hold (set its `const`, or regenerate the property from its
 *   main `properties` schema narrowed to the `then` constraint, e.g. `type: object` drops the
 *   `null` branch of an `anyOf`);
 * - `$ref` (siblings must be annotations), with a depth limit: past `maxRefDepth` objects drop their
 *   optional properties, arrays take `minItems` and unions prefer `$ref`-free branches, so recursive
 *   schemas terminate;
 * - `const`, `enum`; `oneOf` / `anyOf` (pick a branch; a discriminated `oneOf`'s branches carry
 *   their tag as a one-value `enum`, so picking the branch picks the tag);
 * - `type` (a string or an array, `null` included), and per type: `minimum`/`maximum` (clamped to
 *   safe integers, so int64 ranges stay exact in JS), `format` (`int64`, `uri`),
 *   `minLength`/`maxLength` (counted in code points, like AJV), `pattern` (`fc.stringMatching`),
 *   `minItems`/`maxItems` (capped at `maxItems` unless `minItems` demands more), `properties` +
 *   `required` (optional properties present with probability `optionalPresence`; only those,
 *   so `additionalProperties: false` beside them holds), maps
 *   (`additionalProperties` schema + `propertyNames` + `min/maxProperties`), and free-form objects
 *   (small JSON objects);
 * - annotations (`description`, `title`, `default`, `examples`, `deprecated`, `x-*`, …) are ignored.
 * Any other keyword throws, so a spec that starts using one fails loudly instead of silently
 * generating invalid (or too narrow) samples.
 *
 * Object keys generated for maps and free-form objects never equal `__proto__`.
 *
 * The module also exports the helpers the mutation lister shares: `deref`, `possibleTypes`,
 * `jsonTypeOf`, `typeAllowed` and `conforms` (a matcher for the condition subset used in `if` /
 * `then`: type, const, enum, required, properties, contains).
 */
import fc, { type Arbitrary } from "fast-check";

export type JsonSchema = { readonly [keyword: string]: unknown };
export interface SchemaBundle {
  readonly $defs: Readonly<Record<string, JsonSchema>>;
}
export type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";

export interface ArbitraryOptions {
  /** Probability that an optional property is present. */
  readonly optionalPresence?: number;
  /** Array length cap, unless `minItems` demands more. */
  readonly maxItems?: number;
  /** Entry cap for maps and free-form objects. */
  readonly maxEntries?: number;
  /** Length cap for strings without a `maxLength` (strings at `maxLength` are generated too). */
  readonly maxStringLength?: number;
  /** `$ref` nesting after which generation goes minimal. */
  readonly maxRefDepth?: number;
}

const DEFAULTS: Required<ArbitraryOptions> = { optionalPresence: 0.5, maxItems: 3, maxEntries: 3, maxStringLength: 12, maxRefDepth: 12 };
/** Past `maxRefDepth + REF_DEPTH_SLACK` a required `$ref` cycle is an error, not an infinite loop. */
const REF_DEPTH_SLACK = 16;

/** Keywords that never constrain an instance. */
const ANNOTATIONS = new Set(["description", "title", "default", "examples", "deprecated", "readOnly", "writeOnly", "$comment", "$schema", "$id"]);
export const isAnnotation = (keyword: string): boolean => ANNOTATIONS.has(keyword) || keyword.startsWith("x-");

/** Every constraint keyword the converter understands (`if`/`then` only inside `allOf` or `dependentSchemas`). */
const SUPPORTED = new Set([
  "allOf",
  "dependentSchemas",
  "$ref",
  "const",
  "enum",
  "oneOf",
  "anyOf",
  "discriminator",
  "type",
  "minimum",
  "maximum",
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
]);

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const asSchema = (value: unknown, where: string): JsonSchema => {
  if (!isPlainObject(value)) throw new Error(`${where}: expected a schema object, got ${JSON.stringify(value)}`);
  return value;
};
const num = (schema: JsonSchema, keyword: string): number | undefined => (typeof schema[keyword] === "number" ? (schema[keyword] as number) : undefined);
const strings = (value: unknown): readonly string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

/** The schema a local `$ref` (`#/$defs/Name`) points to. */
export function resolveRef(bundle: SchemaBundle, ref: string): JsonSchema {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = match?.[1] === undefined ? undefined : bundle.$defs[match[1]];
  if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

/** Follows `$ref` chains; a `$ref` may only have annotations beside it. */
export function deref(bundle: SchemaBundle, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === "string"; hops++) {
    const constraints = Object.keys(current).filter((keyword) => keyword !== "$ref" && !isAnnotation(keyword));
    if (constraints.length > 0) throw new Error(`$ref ${current.$ref} with sibling constraints ${constraints.join(", ")} is not supported`);
    if (hops > 64) throw new Error(`$ref loop at ${current.$ref}`);
    current = resolveRef(bundle, current.$ref);
  }
  return current;
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) ? "integer" : "number";
    case "string":
      return "string";
    case "object":
      return "object";
    default:
      throw new Error(`not a JSON value: ${String(value)}`);
  }
}

/** Whether a set of schema types admits an instance of JSON type `type` ("number" admits integers). */
export const typeAllowed = (allowed: ReadonlySet<JsonType>, type: JsonType): boolean => allowed.has(type) || (type === "integer" && allowed.has("number"));

/** The JSON types a schema can accept, through `$ref`s and unions; null when unconstrained. */
export function possibleTypes(bundle: SchemaBundle, schema: JsonSchema, seen: ReadonlySet<JsonSchema> = new Set()): ReadonlySet<JsonType> | null {
  const target = deref(bundle, schema);
  if (seen.has(target)) return null;
  const inner = new Set([...seen, target]);
  if (target.type !== undefined) return new Set((Array.isArray(target.type) ? target.type : [target.type]) as JsonType[]);
  const branches = (target.oneOf ?? target.anyOf) as readonly unknown[] | undefined;
  if (branches !== undefined) {
    const union = new Set<JsonType>();
    for (const branch of branches) {
      const types = possibleTypes(bundle, asSchema(branch, "union branch"), inner);
      if (types === null) return null;
      for (const type of types) union.add(type);
    }
    return union;
  }
  if ("const" in target) return new Set([jsonTypeOf(target.const)]);
  if (Array.isArray(target.enum)) return new Set(target.enum.map(jsonTypeOf));
  return null;
}

export function deepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, index) => deepEqual(item, right[index]));
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
  }
  return false;
}

/**
 * Whether `value` matches a condition schema (an `if` or a `then`): type, const, enum, required,
 * properties, contains and `$ref`, with JSON Schema's semantics (`required`/`properties` only
 * constrain objects, `contains` only arrays). Throws on any other keyword.
 */
export function conforms(bundle: SchemaBundle, schema: JsonSchema, value: unknown): boolean {
  for (const [keyword, argument] of Object.entries(schema)) {
    if (isAnnotation(keyword)) continue;
    switch (keyword) {
      case "$ref":
        if (!conforms(bundle, resolveRef(bundle, argument as string), value)) return false;
        break;
      case "type":
        if (!typeAllowed(new Set((Array.isArray(argument) ? argument : [argument]) as JsonType[]), jsonTypeOf(value))) return false;
        break;
      case "const":
        if (!deepEqual(argument, value)) return false;
        break;
      case "enum":
        if (!(argument as unknown[]).some((option) => deepEqual(option, value))) return false;
        break;
      case "required":
        if (isPlainObject(value) && !strings(argument).every((key) => Object.hasOwn(value, key))) return false;
        break;
      case "properties":
        if (isPlainObject(value)) {
          for (const [key, sub] of Object.entries(argument as Record<string, unknown>)) {
            if (Object.hasOwn(value, key) && !conforms(bundle, asSchema(sub, key), value[key])) return false;
          }
        }
        break;
      case "contains":
        if (Array.isArray(value) && !value.some((item) => conforms(bundle, asSchema(argument, "contains"), item))) return false;
        break;
      default:
        throw new Error(`conforms: keyword ${keyword} is not supported in a condition`);
    }
  }
  return true;
}

/** A cross-field rule `{ if, then }` from an `allOf`. */
export interface ConditionalRule {
  readonly if: JsonSchema;
  readonly then: JsonSchema;
}

/**
 * The `if`/`then` rules of a schema's `allOf`, and of its `dependentSchemas` (where the generator
 * moves them: json-schema.ts; an entry may hold several rules in an `allOf`). Any other entry is
 * unsupported.
 */
export function conditionalRules(schema: JsonSchema): readonly ConditionalRule[] {
  const dependent = isPlainObject(schema.dependentSchemas) ? Object.values(schema.dependentSchemas) : [];
  const entries = [
    ...((schema.allOf ?? []) as readonly unknown[]),
    ...dependent.flatMap((entry) => (isPlainObject(entry) && Array.isArray(entry.allOf) && entry.if === undefined ? (entry.allOf as unknown[]) : [entry])),
  ];
  return entries.map((entry, index) => {
    const rule = asSchema(entry, `rule ${index}`);
    const extra = Object.keys(rule).filter((keyword) => keyword !== "if" && keyword !== "then" && !isAnnotation(keyword));
    if (extra.length > 0 || rule.if === undefined || rule.then === undefined) {
      throw new Error(`allOf/${index}: only { if, then } entries are supported (found ${Object.keys(rule).join(", ")})`);
    }
    return { if: asSchema(rule.if, "if"), then: asSchema(rule.then, "then") };
  });
}

/** Code points, as AJV counts string length (ucs2length). */
export const codePointLength = (text: string): number => [...text].length;

/** A pattern as AJV compiles it (unicode flag). */
export const patternRegExp = (pattern: string): RegExp => new RegExp(pattern, "u");

// ---------------------------------------------------------------------------------------------
// The converter
// ---------------------------------------------------------------------------------------------

interface Context {
  readonly bundle: SchemaBundle;
  readonly options: Required<ArbitraryOptions>;
  readonly refDepth: number;
}

const shallow = (ctx: Context): boolean => ctx.refDepth >= ctx.options.maxRefDepth;

interface Handler {
  /** The keyword (or keyword family) the handler is for, for error messages and readers. */
  readonly keyword: string;
  readonly applies: (schema: JsonSchema) => boolean;
  readonly build: (schema: JsonSchema, ctx: Context) => Arbitrary<unknown>;
}

/** First match wins; later handlers may assume earlier ones did not apply. */
const HANDLERS: readonly Handler[] = [
  {
    keyword: "allOf / dependentSchemas (if/then)",
    applies: (schema) => schema.allOf !== undefined || schema.dependentSchemas !== undefined,
    build: buildConditional,
  },
  { keyword: "$ref", applies: (schema) => typeof schema.$ref === "string", build: buildRef },
  { keyword: "const", applies: (schema) => "const" in schema, build: (schema) => fc.constant(schema.const) },
  { keyword: "enum", applies: (schema) => Array.isArray(schema.enum), build: buildEnum },
  { keyword: "oneOf/anyOf", applies: (schema) => Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf), build: buildUnion },
  { keyword: "type", applies: (schema) => schema.type !== undefined, build: buildTyped },
  { keyword: "{} (any JSON)", applies: () => true, build: (_schema, ctx) => jsonValue(ctx) },
];

function convert(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const unknown = Object.keys(schema).filter((keyword) => !SUPPORTED.has(keyword) && !isAnnotation(keyword));
  if (unknown.length > 0) throw new Error(`schema-arbitrary: unsupported keyword(s) ${unknown.join(", ")} in ${JSON.stringify(schema).slice(0, 200)}`);
  const handler = HANDLERS.find((candidate) => candidate.applies(schema));
  if (handler === undefined) throw new Error("unreachable: the last handler always applies");
  return handler.build(schema, ctx);
}

/** An arbitrary of instances valid against `bundle.$defs[name]`. */
export function schemaArbitrary(bundle: SchemaBundle, name: string, options: ArbitraryOptions = {}): Arbitrary<unknown> {
  return arbitraryForSchema(bundle, { $ref: `#/$defs/${name}` }, options);
}

/** An arbitrary of instances valid against any (sub)schema of the bundle. */
export function arbitraryForSchema(bundle: SchemaBundle, schema: JsonSchema, options: ArbitraryOptions = {}): Arbitrary<unknown> {
  return convert(schema, { bundle, options: { ...DEFAULTS, ...options }, refDepth: 0 });
}

const without = (schema: JsonSchema, ...keywords: string[]): JsonSchema =>
  Object.fromEntries(Object.entries(schema).filter(([keyword]) => !keywords.includes(keyword)));

function buildRef(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  if (ctx.refDepth > ctx.options.maxRefDepth + REF_DEPTH_SLACK) throw new Error(`$ref ${String(schema.$ref)}: required recursion does not terminate`);
  const target = deref(ctx.bundle, schema);
  // Built lazily (once), so that building the arbitrary of a recursive schema terminates too.
  let built: Arbitrary<unknown> | undefined;
  return fc.constant(null).chain(() => (built ??= convert(target, { ...ctx, refDepth: ctx.refDepth + 1 })));
}

function buildEnum(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const declared = schema.type === undefined ? null : possibleTypes(ctx.bundle, without(schema, "enum"));
  const options = (schema.enum as unknown[]).filter((option) => declared === null || typeAllowed(declared, jsonTypeOf(option)));
  if (options.length === 0) throw new Error(`enum ${JSON.stringify(schema.enum)} has no value of type ${JSON.stringify(schema.type)}`);
  return fc.constantFrom(...options);
}

function buildUnion(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const extra = Object.keys(schema).filter((keyword) => !["oneOf", "anyOf", "discriminator", "type"].includes(keyword) && !isAnnotation(keyword));
  if (extra.length > 0) throw new Error(`a union with sibling constraints ${extra.join(", ")} is not supported`);
  if (schema.oneOf !== undefined && schema.anyOf !== undefined) throw new Error("oneOf and anyOf on one schema is not supported");
  let branches = ((schema.oneOf ?? schema.anyOf) as readonly unknown[]).map((branch, index) => asSchema(branch, `branch ${index}`));
  if (shallow(ctx)) {
    const terminal = branches.filter((branch) => !JSON.stringify(branch).includes('"$ref"'));
    if (terminal.length > 0) branches = terminal;
  }
  const union = fc.oneof(...branches.map((branch) => convert(branch, ctx)));
  // The holder's own `type` (e.g. `type: object` beside a discriminated oneOf) must hold as well.
  if (schema.type === undefined) return union;
  const declared = possibleTypes(ctx.bundle, { type: schema.type });
  return union.filter((value) => declared === null || typeAllowed(declared, jsonTypeOf(value)));
}

function buildTyped(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as JsonType[];
  const builders: Record<JsonType, () => Arbitrary<unknown>> = {
    null: () => fc.constant(null),
    boolean: () => fc.boolean(),
    integer: () => integerArbitrary(schema),
    number: () => numberArbitrary(schema),
    string: () => stringArbitrary(schema, ctx.options),
    array: () => arrayArbitrary(schema, ctx),
    object: () => objectArbitrary(schema, ctx),
  };
  const arbitraries = types.map((type) => {
    const builder = builders[type];
    if (builder === undefined) throw new Error(`unknown type ${type}`);
    // `null` beside other types: less often, so the typed values get most of the runs.
    return { arbitrary: builder(), weight: type === "null" && types.length > 1 ? 1 : 3 };
  });
  return arbitraries.length === 1 ? (arbitraries[0] as { arbitrary: Arbitrary<unknown> }).arbitrary : fc.oneof(...arbitraries);
}

// --- numbers ---------------------------------------------------------------------------------

function numericFormat(schema: JsonSchema): void {
  if (schema.format !== undefined && schema.format !== "int64" && schema.format !== "int32" && schema.format !== "double" && schema.format !== "float") {
    throw new Error(`numeric format ${String(schema.format)} is not supported`);
  }
}

function integerArbitrary(schema: JsonSchema): Arbitrary<unknown> {
  numericFormat(schema);
  const formatMin = schema.format === "int32" ? -(2 ** 31) : Number.MIN_SAFE_INTEGER;
  const formatMax = schema.format === "int32" ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
  const min = Math.max(Math.ceil(num(schema, "minimum") ?? formatMin), formatMin);
  const max = Math.min(Math.floor(num(schema, "maximum") ?? formatMax), formatMax);
  if (min > max) throw new Error(`empty integer range [${min}, ${max}]`);
  return fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 4 }, { arbitrary: fc.constantFrom(min, max), weight: 1 });
}

function numberArbitrary(schema: JsonSchema): Arbitrary<unknown> {
  numericFormat(schema);
  const min = num(schema, "minimum");
  const max = num(schema, "maximum");
  const bounds = [min, max].filter((bound): bound is number => bound !== undefined);
  const doubles = fc.double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
  return bounds.length === 0 ? doubles : fc.oneof({ arbitrary: doubles, weight: 4 }, { arbitrary: fc.constantFrom(...bounds), weight: 1 });
}

// --- strings ---------------------------------------------------------------------------------

/** Strings for a string schema (also used for `propertyNames`). */
export function stringArbitrary(schema: JsonSchema, options: ArbitraryOptions = {}): Arbitrary<string> {
  const { maxStringLength } = { ...DEFAULTS, ...options };
  const minLength = num(schema, "minLength") ?? 0;
  const maxLength = num(schema, "maxLength");
  const lengthOk = (text: string) => codePointLength(text) >= minLength && (maxLength === undefined || codePointLength(text) <= maxLength);
  if (schema.format !== undefined) {
    if (schema.format !== "uri") throw new Error(`string format ${String(schema.format)} is not supported`);
    if (schema.pattern !== undefined) throw new Error("format together with pattern is not supported");
    return fc.webUrl({ withQueryParameters: true, withFragments: true }).filter(lengthOk);
  }
  if (typeof schema.pattern === "string") {
    const regex = patternRegExp(schema.pattern);
    return fc.stringMatching(new RegExp(schema.pattern), maxLength === undefined ? {} : { maxLength }).filter((text) => regex.test(text) && lengthOk(text));
  }
  const softMax = Math.max(minLength, Math.min(maxLength ?? Infinity, maxStringLength));
  const sized = { minLength, maxLength: softMax };
  const choices = [
    { arbitrary: fc.string({ ...sized, unit: "grapheme-ascii" }), weight: 4 },
    // Any code point: AJV measures length in code points, not UTF-16 units.
    { arbitrary: fc.string({ ...sized, unit: "binary" }), weight: 1 },
  ];
  if (maxLength !== undefined && maxLength > softMax) {
    choices.push({ arbitrary: fc.string({ minLength: maxLength, maxLength, unit: "binary" }), weight: 1 });
  }
  return fc.oneof(...choices);
}

// --- arrays ----------------------------------------------------------------------------------

function arrayArbitrary(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const minItems = num(schema, "minItems") ?? 0;
  const maxItems = num(schema, "maxItems") ?? Infinity;
  const cap = shallow(ctx) ? minItems : Math.max(minItems, Math.min(maxItems, ctx.options.maxItems));
  const items = schema.items === undefined ? jsonValue(ctx) : convert(asSchema(schema.items, "items"), ctx);
  return fc.array(items, { minLength: minItems, maxLength: cap });
}

// --- objects ---------------------------------------------------------------------------------

const ABSENT = Symbol("absent");
const SAFE_KEY = (key: string) => key !== "__proto__";

function objectArbitrary(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const additional = schema.additionalProperties;
  // A closed object (`additionalProperties: false`) is built like an open one: only its declared
  // properties are ever generated.
  if (isPlainObject(schema.properties)) return fixedObject(schema, schema.properties, ctx);
  if (isPlainObject(additional)) return mapObject(schema, additional, ctx);
  return freeFormObject(ctx);
}

function fixedObject(schema: JsonSchema, properties: Record<string, unknown>, ctx: Context): Arbitrary<unknown> {
  const required = new Set(strings(schema.required));
  const model: Record<string, Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(properties)) {
    const arbitrary = convert(asSchema(sub, key), ctx);
    if (required.has(key)) model[key] = arbitrary;
    else if (!shallow(ctx)) {
      const presence = ctx.options.optionalPresence;
      model[key] = fc.oneof({ arbitrary: fc.constant(ABSENT), weight: Math.round((1 - presence) * 100) }, { arbitrary, weight: Math.round(presence * 100) });
    }
  }
  for (const key of required) if (!(key in model)) model[key] = jsonValue(ctx);
  return fc.record(model).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ABSENT)));
}

function mapObject(schema: JsonSchema, additional: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const keySchema = { type: "string", ...(schema.propertyNames === undefined ? {} : asSchema(schema.propertyNames, "propertyNames")) };
  const minEntries = num(schema, "minProperties") ?? 0;
  const maxEntries = num(schema, "maxProperties") ?? Infinity;
  const cap = shallow(ctx) ? minEntries : Math.max(minEntries, Math.min(maxEntries, ctx.options.maxEntries));
  const entries = fc.uniqueArray(fc.tuple(stringArbitrary(keySchema, ctx.options).filter(SAFE_KEY), convert(additional, ctx)), {
    minLength: minEntries,
    maxLength: cap,
    selector: ([key]) => key,
  });
  return entries.map((pairs) => Object.fromEntries(pairs));
}

function freeFormObject(ctx: Context): Arbitrary<unknown> {
  return shallow(ctx) ? fc.constant({}) : jsonObject(ctx.options.maxEntries);
}

/** Small JSON values for schemas that say nothing (`{}`, free-form objects, untyped items). */
function jsonValue(ctx: Context): Arbitrary<unknown> {
  return shallow(ctx) ? fc.constant(null) : smallJson(ctx.options.maxEntries).value;
}

function jsonObject(maxEntries: number): Arbitrary<unknown> {
  return smallJson(maxEntries).object;
}

function smallJson(maxEntries: number): { value: Arbitrary<unknown>; object: Arbitrary<unknown> } {
  const key = fc.string({ maxLength: 8 }).filter(SAFE_KEY);
  return fc.letrec<{ value: unknown; array: unknown; object: unknown }>((tie) => ({
    value: fc.oneof(
      { maxDepth: 2 },
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 8 }),
      tie("array"),
      tie("object"),
    ),
    array: fc.array(tie("value"), { maxLength: maxEntries }),
    object: fc.uniqueArray(fc.tuple(key, tie("value")), { maxLength: maxEntries, selector: ([name]) => name }).map((pairs) => Object.fromEntries(pairs)),
  }));
}

// --- cross-field rules -------------------------------------------------------------------------

/**
 * `main` narrowed towards `constraint` for generation: a `const` wins; a `type` keeps only the
 * union branches (or the listed types) it admits. The result is still filtered by `conforms`.
 */
function narrow(bundle: SchemaBundle, main: JsonSchema, constraint: JsonSchema): JsonSchema {
  if ("const" in constraint) return { const: constraint.const };
  if (constraint.type === undefined) return main;
  const wanted = possibleTypes(bundle, { type: constraint.type }) ?? new Set<JsonType>();
  const intersects = (schema: JsonSchema) => {
    const types = possibleTypes(bundle, schema);
    return types === null || [...types].some((type) => typeAllowed(wanted, type) || (type === "number" && wanted.has("integer")));
  };
  const target = deref(bundle, main);
  for (const union of ["anyOf", "oneOf"] as const) {
    const branches = target[union];
    if (Array.isArray(branches)) return { ...target, [union]: branches.filter((branch) => intersects(asSchema(branch, union))) };
  }
  if (target.type !== undefined) {
    const types = (Array.isArray(target.type) ? target.type : [target.type]) as JsonType[];
    const kept = types.filter((type) => typeAllowed(wanted, type) || (type === "number" && wanted.has("integer")));
    return { ...target, type: kept.length === 1 ? kept[0] : kept };
  }
  return target;
}

function buildConditional(schema: JsonSchema, ctx: Context): Arbitrary<unknown> {
  const rules = conditionalRules(schema);
  const base = convert(without(without(schema, "allOf"), "dependentSchemas"), ctx);
  const properties = isPlainObject(schema.properties) ? schema.properties : {};
  const holds = (value: unknown) => rules.every((rule) => !conforms(ctx.bundle, rule.if, value) || conforms(ctx.bundle, rule.then, value));
  for (const rule of rules) {
    const extra = Object.keys(rule.then).filter((keyword) => keyword !== "required" && keyword !== "properties" && !isAnnotation(keyword));
    if (extra.length > 0) throw new Error(`then with ${extra.join(", ")} is not supported`);
  }
  return base
    .chain((value) => {
      if (!isPlainObject(value)) return fc.constant(value);
      const overrides: Record<string, Arbitrary<unknown>> = {};
      for (const rule of rules) {
        if (!conforms(ctx.bundle, rule.if, value)) continue;
        const thenProperties = isPlainObject(rule.then.properties) ? rule.then.properties : {};
        const required = new Set(strings(rule.then.required));
        for (const key of new Set([...required, ...Object.keys(thenProperties)])) {
          const constraint = asSchema(thenProperties[key] ?? {}, key);
          const present = Object.hasOwn(value, key);
          if (!present && !required.has(key)) continue;
          if (present && conforms(ctx.bundle, constraint, value[key])) continue;
          const main = asSchema(properties[key] ?? {}, key);
          overrides[key] = convert(narrow(ctx.bundle, main, constraint), ctx).filter((candidate) => conforms(ctx.bundle, constraint, candidate));
        }
      }
      return Object.keys(overrides).length === 0 ? fc.constant(value) : fc.record(overrides).map((chosen) => ({ ...value, ...chosen }));
    })
    .filter(holds);
}
