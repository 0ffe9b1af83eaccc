/**
 * OpenAPI 3.1 Schema Objects → one JSON Schema 2020-12 document with `$defs`, the input of AJV and
 * the published `schema.json`. Every OpenAPI-only keyword is handled by the table below; anything
 * that cannot be expressed in JSON Schema is an error with a JSON pointer, never silently dropped.
 */
import { ChatspecError } from "../../errors.js";
import { componentSchemas, isJsonObject, reachableSchemas, schemaNameOfRef, type JsonObject, type JsonValue, type OpenApiDocument } from "../../openapi.js";
import { discriminatorTagValues } from "../../runtime/discriminator-tags.js";
import { encodeFragmentSegment, encodePointerSegment } from "../../runtime/json-pointer.js";

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * Keywords OpenAPI adds to JSON Schema, and what becomes of them. `annotation` keywords are kept
 * and declared to AJV as annotations (see ajv.ts); `discriminator` is checked against its `oneOf`
 * and then reduced to the form AJV's discriminator keyword accepts.
 */
export const OPENAPI_KEYWORDS = {
  discriminator: "discriminator",
  example: "annotation",
  externalDocs: "annotation",
  xml: "annotation",
} as const;

/** Keywords whose subschemas constrain only part of the instance (see addStrictness). */
const PARTIAL_APPLICATORS = new Set(["allOf", "if", "then", "else", "not", "dependentSchemas"]);

export interface JsonSchemaBundle {
  readonly $schema: string;
  readonly $id: string;
  readonly $defs: JsonObject;
  readonly [key: string]: JsonValue;
}

export interface BundleOptions {
  /** `$id` of the bundle; validators reference `<id>#/$defs/<Name>`. */
  readonly id: string;
  /** Schemas to include, with everything they reference. */
  readonly roots: readonly string[];
  /** Close every object with fixed properties (`unevaluatedProperties: false`). */
  readonly strict: boolean;
}

/** Builds the `$defs` bundle for `roots` and the schemas they reach, in first-reference order. */
export function toJsonSchemaBundle(document: OpenApiDocument, options: BundleOptions): JsonSchemaBundle {
  const schemas = componentSchemas(document);
  const names: string[] = [];
  for (const root of options.roots) {
    for (const name of reachableSchemas(document, root)) if (!names.includes(name)) names.push(name);
  }
  const $defs: JsonObject = {};
  for (const name of names) {
    const pointer = `/components/schemas/${encodePointerSegment(name)}`;
    const converted = convertSchema(schemas[name] ?? null, { pointer, schemas });
    // The strict variant keeps `allOf`: AJV 8 loses track of evaluated properties across
    // `dependentSchemas`, so `unevaluatedProperties` would then reject declared properties.
    $defs[name] = options.strict ? addStrictness(converted, "whole") : withTriggeredRules(converted);
  }
  return { $schema: JSON_SCHEMA_DIALECT, $id: options.id, $defs };
}

/** The `x-*` keywords used anywhere in a bundle, sorted, so AJV can declare exactly those. */
export function extensionKeywords(value: JsonValue): string[] {
  const found = new Set<string>();
  const visit = (node: JsonValue): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isJsonObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith("x-")) found.add(key);
        else visit(child);
      }
    }
  };
  visit(value);
  return [...found].sort();
}

interface ConvertContext {
  readonly pointer: string;
  readonly schemas: JsonObject;
}

function convertSchema(schema: JsonValue, ctx: ConvertContext): JsonValue {
  if (Array.isArray(schema)) return schema.map((item, index) => convertSchema(item, at(ctx, String(index))));
  if (!isJsonObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") {
      out.$ref = convertRef(value, at(ctx, key));
    } else if (key === "nullable") {
      throw new ChatspecError('`nullable` is OpenAPI 3.0; in 3.1 write `type: [X, "null"]`', {
        kind: "spec",
        location: { pointer: `${ctx.pointer}/nullable` },
      });
    } else if (key === "discriminator") {
      out.discriminator = convertDiscriminator(schema, at(ctx, key));
      // Every branch is an object (the tag is one of its properties); AJV's strictTypes wants the
      // union itself to say so before it applies an object keyword.
      if (!("type" in schema)) out.type = "object";
    } else if (key === "const" || key === "enum" || key === "default" || key === "examples" || key === "example" || key.startsWith("x-")) {
      out[key] = value; // data, not subschemas: copied as they are
    } else if (key === "properties" || key === "patternProperties" || key === "$defs" || key === "dependentSchemas") {
      out[key] = isJsonObject(value)
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, at(at(ctx, key), name))]))
        : value;
    } else {
      out[key] = convertSchema(value, at(ctx, key));
    }
  }
  return out;
}

/** Applies triggeredRules to every schema object in a converted schema. */
function withTriggeredRules(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withTriggeredRules);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "const" || key === "enum" || key === "default" || key === "examples" || key === "example" || key.startsWith("x-")) out[key] = child;
    else if (key === "properties" || key === "patternProperties" || key === "$defs" || key === "dependentSchemas") {
      out[key] = isJsonObject(child) ? Object.fromEntries(Object.entries(child).map(([name, sub]) => [name, withTriggeredRules(sub)])) : child;
    } else out[key] = withTriggeredRules(child);
  }
  return triggeredRules(out);
}

/**
 * Cross-field rules written as `allOf: [{ if: { required: [a], … }, then: … }]` become
 * `dependentSchemas: { a: { if, then } }`. The two accept exactly the same instances: the `if`
 * cannot hold without `a`, and `dependentSchemas` applies only when `a` is present. AJV, though,
 * evaluates every `allOf` member on every object and builds an error object for each `if` that
 * fails, which on valid requests (where the trigger is usually absent) costs about a third of the
 * validator's throughput; `dependentSchemas` skips an absent trigger with one property check.
 * The rule's `description` travels along, so error messages can still quote it.
 */
function triggeredRules(schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const moved: [string, JsonObject][] = [];
  const kept: JsonValue[] = [];
  for (const member of schema.allOf) {
    const trigger = isJsonObject(member) ? ruleTrigger(member) : null;
    if (trigger === null || !isJsonObject(member)) kept.push(member);
    else moved.push([trigger, member]);
  }
  if (moved.length === 0) return schema;
  const existing = isJsonObject(schema.dependentSchemas) ? schema.dependentSchemas : {};
  const dependent: JsonObject = { ...existing };
  for (const [trigger, rule] of moved) {
    const previous = dependent[trigger];
    dependent[trigger] = previous === undefined ? rule : { allOf: [previous, rule] };
  }
  const { allOf: _allOf, ...rest } = schema;
  return { ...rest, ...(kept.length > 0 ? { allOf: kept } : {}), dependentSchemas: dependent };
}

/** The property an `{ if: { required: [a] }, then }` rule (and nothing else) is triggered by, or null. */
function ruleTrigger(member: JsonObject): string | null {
  if (!Object.keys(member).every((key) => key === "if" || key === "then" || key === "description")) return null;
  const condition = member.if;
  if (!isJsonObject(condition) || !isJsonObject(member.then)) return null;
  const required = condition.required;
  return Array.isArray(required) && required.length === 1 && typeof required[0] === "string" ? required[0] : null;
}

function convertRef(ref: string, ctx: ConvertContext): string {
  const name = schemaNameOfRef(ref);
  if (name === null || !(name in ctx.schemas)) {
    throw new ChatspecError(`$ref "${ref}" does not point to a schema under components.schemas`, { kind: "spec", location: { pointer: ctx.pointer } });
  }
  return `#/$defs/${encodeFragmentSegment(name)}`;
}

/**
 * AJV's discriminator derives the mapping from each branch's `const`/`enum` and rejects `mapping`
 * ("mapping is not supported"). The spec keeps explicit mappings because openapi-typescript needs
 * them (openapi-typescript#2149), so we check here that the two agree, then drop `mapping`.
 */
function convertDiscriminator(parent: JsonObject, ctx: ConvertContext): JsonObject {
  const discriminator = parent.discriminator;
  if (!isJsonObject(discriminator) || typeof discriminator.propertyName !== "string") {
    throw new ChatspecError("discriminator needs a string `propertyName`", { kind: "spec", location: { pointer: ctx.pointer } });
  }
  const propertyName = discriminator.propertyName;
  const branches = Array.isArray(parent.oneOf) ? parent.oneOf : null;
  if (branches === null) {
    throw new ChatspecError("discriminator is only supported next to `oneOf`", { kind: "spec", location: { pointer: ctx.pointer } });
  }
  const mapping = isJsonObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [index, branch] of branches.entries()) {
    const ref = isJsonObject(branch) && typeof branch.$ref === "string" ? branch.$ref : null;
    const name = ref === null ? null : schemaNameOfRef(ref);
    const target = name === null ? null : ctx.schemas[name];
    const values = discriminatorTagValues(target, propertyName);
    if (ref === null || values === null) {
      throw new ChatspecError(`discriminator branch ${index} must be a $ref to a schema whose "${propertyName}" has const or enum`, {
        kind: "spec",
        location: { pointer: ctx.pointer.replace(/\/discriminator$/, `/oneOf/${index}`) },
      });
    }
    for (const value of values) {
      if (mapping[value] !== ref) {
        throw new ChatspecError(`discriminator mapping for "${value}" must be "${ref}"`, { kind: "spec", location: { pointer: `${ctx.pointer}/mapping` } });
      }
    }
  }
  const { mapping: _mapping, ...rest } = discriminator;
  return rest;
}

/**
 * Strict variant: every object schema with a fixed set of properties that does not already say
 * what to do with other keys gets `unevaluatedProperties: false`. Free-form objects (explicit
 * `additionalProperties`) and maps stay open. Subschemas under allOf/if/then/else/not describe only
 * part of an object, so closing them would reject the parent's own properties; they are left alone
 * and the enclosing schema's `unevaluatedProperties` sees through them.
 */
function addStrictness(schema: JsonValue, position: "whole" | "partial"): JsonValue {
  if (Array.isArray(schema)) return schema.map((item) => addStrictness(item, position));
  if (!isJsonObject(schema)) return schema;
  const hasOwnProperties = isJsonObject(schema.properties) || isJsonObject(schema.patternProperties);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "const" || key === "enum" || key === "default" || key === "examples" || key === "example" || key.startsWith("x-")) {
      out[key] = value;
    } else if (key === "properties" || key === "patternProperties" || key === "$defs") {
      out[key] = isJsonObject(value) ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, addStrictness(sub, "whole")])) : value;
    } else if (PARTIAL_APPLICATORS.has(key)) {
      out[key] =
        key === "dependentSchemas" && isJsonObject(value)
          ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, addStrictness(sub, "partial")]))
          : addStrictness(value, "partial");
    } else if (key === "oneOf" || key === "anyOf") {
      // A branch is a whole description of the instance unless the parent lists properties itself.
      out[key] = addStrictness(value, hasOwnProperties ? "partial" : position);
    } else {
      out[key] = addStrictness(value, "whole");
    }
  }
  const closesItself = position === "whole" && hasOwnProperties && !("additionalProperties" in schema) && !("unevaluatedProperties" in schema);
  if (closesItself) out.unevaluatedProperties = false;
  return out;
}

function at(ctx: ConvertContext, segment: string): ConvertContext {
  return { ...ctx, pointer: `${ctx.pointer}/${encodePointerSegment(segment)}` };
}
