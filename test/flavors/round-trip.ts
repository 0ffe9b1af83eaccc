/**
 * The round trip every flavor must survive: random IR fields, written as pages by the flavor's
 * writer and rendered with its templates, read back by the same flavor's reader. The generators
 * here make one object schema `Thing` (the only root) with fields of random names, types,
 * presence, nullability, deprecation, descriptions and defaults; `readBack` returns what the
 * reader found for each field, keyed by wire name, so each flavor's test can assert the facts that
 * flavor shows.
 */
import fc, { type Arbitrary } from "fast-check";
import { expect } from "vitest";
import { matchName } from "../../generator/drift/names.js";
import type { DocField, DocPage } from "../../generator/drift/doc-model.js";
import { compareTypes } from "../../generator/drift/type-compat.js";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import type { Flavor, FlavorOptions } from "../../generator/flavors/flavor.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import { definitionsOf } from "../../generator/ir/lookup.js";
import type { Field, FieldType, Model } from "../../generator/ir/types.js";
import type { JsonValue } from "../../generator/openapi.js";
import { NO_CONSTRAINTS } from "../helpers.js";
import { modelOf, objectDefinition } from "../support/ir.js";

export const SCHEMA = "Thing";

const templates = loadTemplates();

/** snake_case wire names; keywords of the flavors' languages (`type`, `format`, `if`) come up too. */
const wireName: Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z]{1,8}(_[a-z]{1,6}){0,2}$/),
  fc.constantFrom("type", "format", "schema", "if", "in", "self", "match", "id", "object", "class"),
);

/** Plain prose: letters, digits, spaces, commas and full stops, on one line and trimmed. */
const description: Arbitrary<string | null> = fc.option(fc.stringMatching(/^[A-Z][a-z0-9]{0,8}( [a-z0-9]{1,8}){0,6}[.,]?$/), { nil: null });

const token = fc.stringMatching(/^[a-z]{1,6}$/);

interface Shape {
  readonly type: FieldType;
  readonly defaultValue: Arbitrary<JsonValue>;
}

const primitive = (kind: "string" | "integer" | "number" | "boolean", format: string | null = null): FieldType => ({ kind, format });

const shapes: Arbitrary<Shape> = fc.oneof(
  fc.constant({ type: primitive("string"), defaultValue: token }),
  fc.constant({ type: primitive("integer"), defaultValue: fc.integer({ min: -1000, max: 1000 }) }),
  fc.constant({ type: primitive("integer", "int64"), defaultValue: fc.integer({ min: 0, max: 1000 }) }),
  fc.constant({ type: primitive("number"), defaultValue: fc.integer({ min: -200, max: 200 }).map((half) => half / 2) }),
  fc.constant({ type: primitive("boolean"), defaultValue: fc.boolean() }),
  fc
    .uniqueArray(token, { minLength: 2, maxLength: 4 })
    .map((values) => ({ type: { kind: "enum", base: "string", values } as FieldType, defaultValue: fc.constantFrom(...values) })),
  fc
    .constantFrom<FieldType>(primitive("string"), primitive("integer"), primitive("boolean"))
    .map((items) => ({ type: { kind: "array", items } as FieldType, defaultValue: fc.constant<JsonValue>([]) })),
  fc
    .constantFrom<FieldType>(primitive("string"), primitive("number"))
    .map((values) => ({ type: { kind: "map", values } as FieldType, defaultValue: fc.constant<JsonValue>({}) })),
);

const field = (name: string): Arbitrary<Field> =>
  fc
    .record({ shape: shapes, required: fc.boolean(), nullable: fc.boolean(), deprecated: fc.boolean(), description, withDefault: fc.boolean() })
    .chain(({ shape, withDefault, ...facts }) =>
      (withDefault ? shape.defaultValue.map((value) => ({ value })) : fc.constant(null)).map((defaultValue) => ({
        name,
        pointer: `/components/schemas/${SCHEMA}/properties/${name}`,
        ...facts,
        ownDescription: true,
        type: shape.type,
        default: defaultValue,
        examples: [],
        constraints: NO_CONSTRAINTS,
        extensions: [],
        requires: [],
      })),
    );

/** A model whose one schema, `Thing`, is an object with 1 to 6 random fields. */
export const thingModel: Arbitrary<Model> = fc
  .uniqueArray(wireName, { minLength: 1, maxLength: 6, selector: (name) => name.replace(/_/g, "") })
  .chain((names) => fc.tuple(...names.map(field)))
  .map((fields) => modelOf([objectDefinition(SCHEMA, fields)], { title: "Things", version: "1.0.0" }));

/** The model's `Thing` fields. */
export function fieldsOf(model: Model): readonly Field[] {
  const type = model.definitions[0]?.type;
  return type?.kind === "object" ? type.fields : [];
}

/** Every page the flavor writes for the model, read back by its reader, by path. */
export function writeAndRead(flavor: Flavor, model: Model, options: Pick<FlavorOptions, "memberNames"> = { memberNames: "wire" }): Map<string, DocPage> {
  return new Map(renderFlavor(flavor, model, templates, options).map((file) => [file.path, flavor.reader.parse(file.contents)]));
}

/**
 * Writes the model's pages and reads back the page titled `Thing`: its documented fields by the
 * wire name they map to. Asserts on the way that the page is a fields page, that every field is
 * documented once under a name that maps back to it exactly, and nothing else is.
 */
export function readBack(flavor: Flavor, model: Model, options?: Pick<FlavorOptions, "memberNames">): Map<string, DocField> {
  const page = [...writeAndRead(flavor, model, options).values()].find((candidate) => candidate.kind === "fields" && candidate.title?.value === SCHEMA);
  expect(page, "a fields page titled Thing").toBeDefined();
  const documented = (page as DocPage).sections.flatMap((section) => section.fields);
  const fields = fieldsOf(model);
  const byWire = new Map<string, DocField>();
  for (const doc of documented) {
    const match = matchName(doc.name, "written", fields, flavor.reader);
    expect(match.kind, `${doc.name} maps to one field`).toBe("exact");
    if (match.kind === "exact") byWire.set(match.field.name, doc);
  }
  expect([...byWire.keys()].sort()).toEqual(fields.map((candidate) => candidate.name).sort());
  return byWire;
}

/** The documented type fits the field's type in drift's own terms: no type or enum finding. */
export function expectSameType(doc: DocField, spec: Field, model: Model): void {
  expect(doc.type, `${spec.name} has a type`).not.toBeNull();
  expect(compareTypes(doc.type?.type ?? { kind: "any" }, spec.type, definitionsOf(model), spec.constraints)).toEqual([]);
}

/** What a page states about null for the field, from a column of its own or from the type label; null when it does not say. */
export function statedNullable(doc: DocField): boolean | null {
  return doc.nullable?.value ?? doc.type?.nullable ?? null;
}

/** A stated default as a JSON value: `` `"auto"` `` → "auto", `0.5` → 0.5, `medium` → "medium". */
export function statedValue(text: string): JsonValue {
  const bare = text
    .trim()
    .replace(/^`+\s?|\s?`+$/g, "")
    .replace(/\.$/, "");
  try {
    return JSON.parse(bare) as JsonValue;
  } catch {
    return bare;
  }
}

/** Runs `check` on every field of 60 random models, each written and read back (`readBack`). */
export function assertEveryFieldReadsBack(
  flavor: Flavor,
  check: (doc: DocField, spec: Field, model: Model) => void,
  options?: Pick<FlavorOptions, "memberNames">,
): void {
  fc.assert(
    fc.property(thingModel, (model) => {
      const read = readBack(flavor, model, options);
      for (const spec of fieldsOf(model)) {
        const doc = read.get(spec.name);
        if (doc === undefined) throw new Error(`${spec.name} not read back`);
        check(doc, spec, model);
      }
    }),
    RUNS,
  );
}

export const RUNS = { numRuns: 60 } as const;
