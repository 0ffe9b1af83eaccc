/**
 * Mutation sites of a valid instance: walking a valid `sample` together with its schema (a
 * `$defs` entry of a JSON Schema 2020-12 bundle), list for each constrained value one copy of the
 * sample that violates exactly one constraint, with the JSON pointer where a validator must report
 * it. Nothing is special-cased by field name.
 *
 * Kinds (`MutationKind`): above `maximum` / below `minimum`; string over `maxLength` / under
 * `minLength` (code points) / not matching `pattern` / not the `format` (uri); a value outside
 * `enum`; a value other than a `const` (the `const`s of active `if`/`then` rules); a JSON type the
 * schema does not allow; a missing `required` property (pointer: the object); `maxItems` + 1 /
 * `minItems` - 1 items (pointer: the array); `maxProperties` + 1 map entries and a map key
 * violating `propertyNames` (pointer: the map); and an unknown property on an object with fixed
 * `properties` (pointer: the object), rejected by every validator where the object is closed
 * (`additionalProperties: false`), else by strict validators only. Cross-field `if`/`then`
 * rules that hold in the sample give `const`, `type` (a `null` the main schema allows) and
 * `required` mutations of their `then`.
 *
 * Each mutation says where errors are expected, for a validator with `allErrors: false`:
 * - `pointer`: some error has this `instancePath` and one of `keywords`;
 * - `firstErrorPointer`: the FIRST error has this `instancePath`. It equals `pointer`, except under
 *   an `anyOf`/plain `oneOf` whose matching branch is not the first one: AJV reports the failing
 *   branches in order, and the first branch already fails at the union's own pointer, so the first
 *   error is at the pointer of the OUTERMOST such union on the path.
 *
 * The rule that keeps these pointers unambiguous (and the mutated value invalid) under unions:
 * - a discriminated `oneOf` selects its branch by tag, so mutations inside it are exact; the tag
 *   itself (wrong value, wrong type, missing) is reported at the object, keyword `discriminator`;
 * - any other union is descended into only when the value's JSON type selects exactly ONE branch
 *   (e.g. `string | array | null`). A mutation below keeps that JSON type (only the `type` mutation
 *   of the union value itself changes it, and it picks a type that no branch allows), so no other
 *   branch can match. When several branches accept the value's JSON type (e.g. `string | enum of
 *   strings`), nothing below the union is mutated.
 * - a mutation that switches ON a cross-field rule of an enclosing object (its `if` was false on
 *   the sample, is true on the mutant, and its `then` fails) is dropped: AJV evaluates `allOf`
 *   before `properties`, so it would report the rule first, at another pointer.
 * A candidate value is only used when it breaks the targeted keyword and no other keyword of the
 * same schema (e.g. an over-long string must still match the `pattern`).
 */
import fc from "fast-check";
import { encodePointerSegment } from "../../generator/runtime/json-pointer.js";
import {
  arbitraryForSchema,
  codePointLength,
  conditionalRules,
  conforms,
  deepEqual,
  deref,
  isPlainObject,
  jsonTypeOf,
  patternRegExp,
  possibleTypes,
  stringArbitrary,
  typeAllowed,
  type ConditionalRule,
  type JsonSchema,
  type JsonType,
  type SchemaBundle,
} from "./schema-arbitrary.js";

export const MUTATION_KINDS = [
  "maximum",
  "minimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "enum",
  "const",
  "type",
  "required",
  "maxItems",
  "minItems",
  "maxProperties",
  "propertyNames",
  "unknownProperty",
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** Human-readable, e.g. `/temperature: above maximum 2 (2.5)`. */
  readonly description: string;
  /** Some error must have this instancePath, with one of `keywords`. */
  readonly pointer: string;
  readonly keywords: readonly string[];
  /** The first error's instancePath (see the module comment). */
  readonly firstErrorPointer: string;
  /** Only strict validators reject it (an unknown property); others must accept it. */
  readonly strictOnly: boolean;
  /** A fresh mutated copy of the sample. */
  apply(): unknown;
}

type Path = readonly string[];

interface Guard {
  readonly path: Path;
  readonly rules: readonly ConditionalRule[];
}

/** Where the walk is: the value's path and what the enclosing schemas imply for mutations there. */
interface Position {
  readonly path: Path;
  readonly pointer: string;
  /** Pointer of the outermost union on the path whose matching branch is not the first. */
  readonly shiftedTo: string | null;
  /** Set when this value is a discriminator tag: the tagged object's pointer. */
  readonly tagOf: string | null;
  /** Keywords of active `then` constraints on this value (their error may come first). */
  readonly ruleKeywords: readonly string[];
  /** Objects on the path with cross-field rules. */
  readonly guards: readonly Guard[];
  /** The `type` mutation of this value was already listed (by an enclosing union). */
  readonly typeDone: boolean;
}

function getAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) current = isPlainObject(current) || Array.isArray(current) ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/** Runs `change` on the container of the value at `path` (the root when the path is empty). */
function changeAt(root: unknown, path: Path, change: (container: Record<string, unknown>, key: string) => void): unknown {
  if (path.length === 0) {
    const box: Record<string, unknown> = { root };
    change(box, "root");
    return box.root;
  }
  const container = getAt(root, path.slice(0, -1)) as Record<string, unknown>;
  change(container, path[path.length - 1] as string);
  return root;
}

/** A value of each JSON type, for `type` mutations. */
const TYPE_SAMPLES: readonly (readonly [JsonType, unknown])[] = [
  ["string", "not the right type"],
  ["integer", 7],
  ["number", 2.5],
  ["boolean", true],
  ["null", null],
  ["array", []],
  ["object", {}],
];

const hash = (text: string) => [...text].reduce((acc, char) => (acc * 31 + (char.codePointAt(0) ?? 0)) >>> 0, 7);

/** The keywords among the scalar ones of `schema` that `value` violates. */
function violatedScalarKeywords(bundle: SchemaBundle, schema: JsonSchema, value: unknown): string[] {
  const violated: string[] = [];
  if (schema.type !== undefined && !typeAllowed(possibleTypes(bundle, { type: schema.type }) ?? new Set(), jsonTypeOf(value))) violated.push("type");
  if ("const" in schema && !deepEqual(schema.const, value)) violated.push("const");
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => deepEqual(option, value))) violated.push("enum");
  if (typeof value === "number") {
    if (typeof schema.maximum === "number" && value > schema.maximum) violated.push("maximum");
    if (typeof schema.minimum === "number" && value < schema.minimum) violated.push("minimum");
  }
  if (typeof value === "string") {
    if (typeof schema.maxLength === "number" && codePointLength(value) > schema.maxLength) violated.push("maxLength");
    if (typeof schema.minLength === "number" && codePointLength(value) < schema.minLength) violated.push("minLength");
    if (typeof schema.pattern === "string" && !patternRegExp(schema.pattern).test(value)) violated.push("pattern");
  }
  return violated;
}

/** Lists the mutation sites of `sample`, a valid instance of `bundle.$defs[rootName]`. */
export function mutationSites(bundle: SchemaBundle, rootName: string, sample: unknown): Mutation[] {
  const mutations: Mutation[] = [];

  /** Adds a mutation unless it switches on a cross-field rule (see the module comment). */
  const emit = (
    kind: MutationKind,
    at: Position,
    details: { description: string; keywords: readonly string[]; pointer?: string; strictOnly?: boolean },
    change: (container: Record<string, unknown>, key: string) => void,
  ) => {
    const apply = () => changeAt(structuredClone(sample), at.path, change);
    const mutant = apply();
    for (const guard of at.guards) {
      const before = getAt(sample, guard.path);
      const after = getAt(mutant, guard.path);
      const switchedOn = guard.rules.some(
        (rule) => !conforms(bundle, rule.if, before) && conforms(bundle, rule.if, after) && !conforms(bundle, rule.then, after),
      );
      if (switchedOn) return;
    }
    const pointer = details.pointer ?? at.pointer;
    mutations.push({
      kind,
      description: `${at.pointer || "(root)"}: ${details.description}`,
      pointer,
      keywords: details.keywords,
      firstErrorPointer: at.shiftedTo ?? pointer,
      strictOnly: details.strictOnly ?? false,
      apply,
    });
  };

  /** Emits a value replacement if `candidate` breaks exactly `keyword` of `schema`. */
  const replace = (kind: MutationKind, keyword: string, schema: JsonSchema, at: Position, candidate: unknown, description: string) => {
    const violated = violatedScalarKeywords(bundle, schema, candidate);
    if (violated.length !== 1 || violated[0] !== keyword) return;
    const keywords = at.tagOf === null ? [keyword, ...at.ruleKeywords] : ["discriminator"];
    emit(kind, at, { description, keywords, ...(at.tagOf === null ? {} : { pointer: at.tagOf }) }, (container, key) => {
      container[key] = structuredClone(candidate);
    });
  };

  const child = (at: Position, key: string, extra: Partial<Position> = {}): Position => ({
    path: [...at.path, key],
    pointer: `${at.pointer}/${encodePointerSegment(key)}`,
    shiftedTo: at.shiftedTo,
    tagOf: null,
    ruleKeywords: [],
    guards: at.guards,
    typeDone: false,
    ...extra,
  });

  /** A few valid values of a subschema, reproducibly (for padding arrays and maps). */
  const validValues = (schema: JsonSchema, count: number): unknown[] => fc.sample(arbitraryForSchema(bundle, schema), { seed: 1, numRuns: count });

  function walk(schemaIn: JsonSchema, value: unknown, at: Position): void {
    const schema = deref(bundle, schemaIn);

    if (!at.typeDone) {
      const allowed = possibleTypes(bundle, schema);
      if (allowed !== null) {
        if (!typeAllowed(allowed, jsonTypeOf(value))) throw new Error(`${at.pointer}: the sample is not valid (type ${jsonTypeOf(value)})`);
        const candidates = TYPE_SAMPLES.filter(([type]) => !typeAllowed(allowed, type));
        const picked = candidates[hash(at.pointer) % Math.max(candidates.length, 1)];
        if (picked !== undefined) {
          const [type, replacement] = picked;
          const keywords = at.tagOf === null ? ["type", ...at.ruleKeywords] : ["discriminator"];
          emit(
            "type",
            at,
            { description: `${type} instead of ${[...allowed].join("|")}`, keywords, ...(at.tagOf === null ? {} : { pointer: at.tagOf }) },
            (container, key) => {
              container[key] = structuredClone(replacement);
            },
          );
        }
      }
    }

    const branches = (schema.oneOf ?? schema.anyOf) as readonly JsonSchema[] | undefined;
    if (branches !== undefined) {
      const discriminator = schema.discriminator as { propertyName?: string } | undefined;
      if (schema.oneOf !== undefined && typeof discriminator?.propertyName === "string") {
        const tagName = discriminator.propertyName;
        const tag = isPlainObject(value) ? value[tagName] : undefined;
        const branch = branches.find((candidate) => {
          const tagSchema = (deref(bundle, candidate).properties as Record<string, JsonSchema> | undefined)?.[tagName];
          return tagSchema !== undefined && conforms(bundle, tagSchema, tag);
        });
        if (branch === undefined) throw new Error(`${at.pointer}: no branch for tag ${JSON.stringify(tag)}`);
        walkObjectBranch(branch, value, { ...at, typeDone: true }, { tagName, objectPointer: at.pointer });
        return;
      }
      const type = jsonTypeOf(value);
      const matching = branches.flatMap((branch, index) => {
        const types = possibleTypes(bundle, branch);
        return types === null || typeAllowed(types, type) ? [index] : [];
      });
      if (matching.length !== 1) return; // ambiguous: several branches accept this JSON type
      const index = matching[0] as number;
      walk(branches[index] as JsonSchema, value, { ...at, typeDone: true, shiftedTo: at.shiftedTo ?? (index > 0 ? at.pointer : null) });
      return;
    }

    const otherThanConst = "const" in schema ? otherScalar(schema.const) : undefined;
    if (otherThanConst !== undefined) replace("const", "const", schema, at, otherThanConst, `not the const ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum)) {
      for (const candidate of enumOutsiders(value)) {
        if (schema.enum.some((option) => deepEqual(option, candidate))) continue;
        if (violatedScalarKeywords(bundle, schema, candidate).join() !== "enum") continue;
        replace("enum", "enum", schema, at, candidate, `${JSON.stringify(candidate)} outside the enum`);
        break;
      }
    }

    if (typeof value === "number") walkNumber(schema, at);
    else if (typeof value === "string") walkString(schema, value, at);
    else if (Array.isArray(value)) walkArray(schema, value, at);
    else if (isPlainObject(value)) walkObject(schema, value, at, null);
  }

  function walkObjectBranch(branch: JsonSchema, value: unknown, at: Position, tag: { tagName: string; objectPointer: string }) {
    const schema = deref(bundle, branch);
    if (!isPlainObject(value)) throw new Error(`${at.pointer}: a discriminated value must be an object`);
    walkObject(schema, value, at, tag);
  }

  function walkNumber(schema: JsonSchema, at: Position) {
    const integerOnly = !typeAllowed(possibleTypes(bundle, schema) ?? new Set(), "number");
    if (typeof schema.maximum === "number") {
      const max = schema.maximum;
      const above = [integerOnly ? max + 1 : max + 0.5, max * 2, max + 2 ** 12].find(
        (candidate) => candidate > max && (!integerOnly || Number.isInteger(candidate)),
      );
      if (above !== undefined) replace("maximum", "maximum", schema, withFormat(schema, at), above, `above maximum ${max} (${above})`);
    }
    if (typeof schema.minimum === "number") {
      const min = schema.minimum;
      const below = [integerOnly ? min - 1 : min - 0.5, min * 2, min - 2 ** 12].find(
        (candidate) => candidate < min && (!integerOnly || Number.isInteger(candidate)),
      );
      if (below !== undefined) replace("minimum", "minimum", schema, withFormat(schema, at), below, `below minimum ${min} (${below})`);
    }
  }

  /** An int64 value beyond the range also fails `format`; either may be reported. */
  const withFormat = (schema: JsonSchema, at: Position): Position =>
    schema.format === undefined ? at : { ...at, ruleKeywords: [...at.ruleKeywords, "format"] };

  function walkString(schema: JsonSchema, value: string, at: Position) {
    const length = codePointLength(value);
    if (typeof schema.maxLength === "number") {
      const longer = value + "x".repeat(schema.maxLength + 1 - length);
      replace("maxLength", "maxLength", schema, at, longer, `${schema.maxLength + 1} code points, over maxLength ${schema.maxLength}`);
    }
    if (typeof schema.minLength === "number" && schema.minLength > 0) {
      const shorter = [...value].slice(0, schema.minLength - 1).join("");
      replace("minLength", "minLength", schema, at, shorter, `${schema.minLength - 1} code points, under minLength ${schema.minLength}`);
    }
    if (typeof schema.pattern === "string") {
      for (const candidate of ["!", " ", `${value} `, `${value}!`, "", "\n", "not matching the pattern!"]) {
        if (violatedScalarKeywords(bundle, schema, candidate).join() !== "pattern") continue;
        replace("pattern", "pattern", schema, at, candidate, `${JSON.stringify(candidate)} not matching ${schema.pattern}`);
        break;
      }
    }
    if (schema.format === "uri") {
      const candidate = "not a uri";
      if (violatedScalarKeywords(bundle, schema, candidate).length === 0) {
        emit("format", at, { description: `${JSON.stringify(candidate)} is not a uri`, keywords: ["format", ...at.ruleKeywords] }, (container, key) => {
          container[key] = candidate;
        });
      }
    }
  }

  function walkArray(schema: JsonSchema, value: readonly unknown[], at: Position) {
    const items = schema.items === undefined ? undefined : (schema.items as JsonSchema);
    if (typeof schema.maxItems === "number") {
      const missing = schema.maxItems + 1 - value.length;
      const filler =
        value.length > 0
          ? Array.from({ length: missing }, () => value[value.length - 1])
          : items === undefined
            ? Array.from({ length: missing }, () => null)
            : validValues(items, missing);
      emit(
        "maxItems",
        at,
        { description: `${schema.maxItems + 1} items, over maxItems ${schema.maxItems}`, keywords: ["maxItems", ...at.ruleKeywords] },
        (container, key) => {
          container[key] = [...value, ...filler].map((item) => structuredClone(item));
        },
      );
    }
    if (typeof schema.minItems === "number" && schema.minItems > 0) {
      const count = schema.minItems - 1;
      emit(
        "minItems",
        at,
        { description: `${count} items, under minItems ${schema.minItems}`, keywords: ["minItems", ...at.ruleKeywords] },
        (container, key) => {
          container[key] = structuredClone(value.slice(0, count));
        },
      );
    }
    if (items !== undefined) for (const [index, item] of value.entries()) walk(items, item, child(at, String(index)));
  }

  function walkObject(schema: JsonSchema, value: Record<string, unknown>, at: Position, tag: { tagName: string; objectPointer: string } | null) {
    const rules = conditionalRules(schema);
    const here: Position = rules.length === 0 ? at : { ...at, guards: [...at.guards, { path: at.path, rules }] };
    const properties = isPlainObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : undefined;
    const additional = schema.additionalProperties;

    if (properties !== undefined) {
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      for (const key of required) {
        if (!Object.hasOwn(value, key)) continue;
        const isTag = tag !== null && key === tag.tagName;
        emit("required", here, { description: `without required ${key}`, keywords: isTag ? ["discriminator"] : ["required"] }, (container, slot) => {
          delete (container[slot] as Record<string, unknown>)[key];
        });
      }
      if (additional === undefined || additional === false) {
        let unknownKey = "unknown_property";
        while (Object.hasOwn(properties, unknownKey)) unknownKey += "_";
        const closed = additional === false;
        emit(
          "unknownProperty",
          here,
          {
            description: `with unknown property ${unknownKey}${closed ? " (closed object)" : ""}`,
            keywords: closed ? ["additionalProperties"] : ["unevaluatedProperties"],
            strictOnly: !closed,
          },
          (container, slot) => {
            (container[slot] as Record<string, unknown>)[unknownKey] = true;
          },
        );
      }
      const active = rules.filter((rule) => conforms(bundle, rule.if, value));
      for (const rule of active) thenMutations(rule, properties, required, value, here);
      for (const [key, sub] of Object.entries(properties)) {
        if (!Object.hasOwn(value, key)) continue;
        const ruleKeywords = active.flatMap((rule) => {
          const constraint = (rule.then.properties as Record<string, JsonSchema> | undefined)?.[key];
          return constraint === undefined ? [] : Object.keys(constraint);
        });
        walk(sub, value[key], child(here, key, { tagOf: tag !== null && key === tag.tagName ? tag.objectPointer : null, ruleKeywords }));
      }
      return;
    }

    if (isPlainObject(additional)) {
      const entries = Object.keys(value);
      const names = isPlainObject(schema.propertyNames) ? (schema.propertyNames as JsonSchema) : {};
      if (typeof schema.maxProperties === "number") {
        const missing = schema.maxProperties + 1 - entries.length;
        const keys = fc
          .sample(stringArbitrary({ type: "string", ...names }), { seed: 1, numRuns: 50 * missing + 50 })
          .filter((key, index, all) => key !== "__proto__" && !Object.hasOwn(value, key) && all.indexOf(key) === index)
          .slice(0, missing);
        const fillers = entries.length > 0 ? keys.map(() => value[entries[0] as string]) : validValues(additional, missing);
        if (keys.length === missing) {
          emit(
            "maxProperties",
            here,
            { description: `${schema.maxProperties + 1} entries, over maxProperties ${schema.maxProperties}`, keywords: ["maxProperties"] },
            (container, slot) => {
              const map = container[slot] as Record<string, unknown>;
              for (const [index, key] of keys.entries()) map[key] = structuredClone(fillers[index]);
            },
          );
        }
      }
      const first = entries[0];
      if (first !== undefined) {
        const badKeys: string[] = [];
        if (typeof names.maxLength === "number") badKeys.push("k".repeat(names.maxLength + 1));
        if (typeof names.pattern === "string") badKeys.push("!", " ", "not matching!");
        for (const badKey of badKeys) {
          const broken = violatedScalarKeywords(bundle, { type: "string", ...names }, badKey);
          if (broken.length !== 1 || Object.hasOwn(value, badKey)) continue;
          emit(
            "propertyNames",
            here,
            { description: `key ${JSON.stringify(badKey)} breaking propertyNames ${broken[0]}`, keywords: ["propertyNames", ...broken] },
            (container, slot) => {
              const map = container[slot] as Record<string, unknown>;
              const moved = map[first];
              delete map[first];
              map[badKey] = moved;
            },
          );
          if (broken[0] === "pattern") break;
        }
      }
      for (const key of entries) walk(additional, value[key], child(here, key));
    }
  }

  /** Mutations of an active `then`: another value than its `const`, a `null` its `type` forbids, a missing `required`. */
  function thenMutations(
    rule: ConditionalRule,
    properties: Record<string, JsonSchema>,
    required: ReadonlySet<string>,
    value: Record<string, unknown>,
    at: Position,
  ) {
    const constraints = (rule.then.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, constraint] of Object.entries(constraints)) {
      if (!Object.hasOwn(value, key)) continue;
      const main = properties[key] ?? {};
      const mainTypes = possibleTypes(bundle, main);
      if ("const" in constraint && typeof constraint.const !== "object") {
        const candidate = otherScalar(constraint.const);
        if (candidate !== undefined && (mainTypes === null || typeAllowed(mainTypes, jsonTypeOf(candidate)))) {
          emit(
            "const",
            child(at, key),
            { description: `${JSON.stringify(candidate)}, not the const ${JSON.stringify(constraint.const)} an if/then rule requires`, keywords: ["const"] },
            (container, slot) => {
              container[slot] = candidate;
            },
          );
        }
      }
      if (constraint.type !== undefined && (mainTypes === null || mainTypes.has("null"))) {
        if (!conforms(bundle, { type: constraint.type }, null)) {
          emit("type", child(at, key), { description: `null, which an if/then rule forbids`, keywords: ["type"] }, (container, slot) => {
            container[slot] = null;
          });
        }
      }
    }
    for (const key of Array.isArray(rule.then.required) ? (rule.then.required as string[]) : []) {
      if (required.has(key) || !Object.hasOwn(value, key)) continue;
      emit("required", at, { description: `without ${key}, which an if/then rule requires`, keywords: ["required"] }, (container, slot) => {
        delete (container[slot] as Record<string, unknown>)[key];
      });
    }
  }

  walk({ $ref: `#/$defs/${rootName}` }, sample, { path: [], pointer: "", shiftedTo: null, tagOf: null, ruleKeywords: [], guards: [], typeDone: false });
  return mutations;
}

/** The keyword each kind breaks (`unknownProperty`: objects with fixed `properties`). */
const KIND_KEYWORD: Readonly<Record<MutationKind, string>> = {
  maximum: "maximum",
  minimum: "minimum",
  maxLength: "maxLength",
  minLength: "minLength",
  pattern: "pattern",
  format: "format",
  enum: "enum",
  const: "const",
  type: "type",
  required: "required",
  maxItems: "maxItems",
  minItems: "minItems",
  maxProperties: "maxProperties",
  propertyNames: "propertyNames",
  unknownProperty: "properties",
};

/** The kinds whose keyword the bundle uses somewhere (walking schema positions, not property names). */
export function applicableKinds(bundle: SchemaBundle): MutationKind[] {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (!isPlainObject(node)) return;
    for (const keyword of Object.keys(node)) used.add(keyword);
    for (const keyword of ["items", "additionalProperties", "propertyNames", "if", "then", "else", "contains", "not"]) visit(node[keyword]);
    for (const keyword of ["anyOf", "oneOf", "allOf", "prefixItems"]) if (Array.isArray(node[keyword])) (node[keyword] as unknown[]).forEach(visit);
    for (const keyword of ["properties", "$defs", "patternProperties", "dependentSchemas"])
      if (isPlainObject(node[keyword])) Object.values(node[keyword] as Record<string, unknown>).forEach(visit);
  };
  visit(bundle);
  return MUTATION_KINDS.filter((kind) => used.has(KIND_KEYWORD[kind]));
}

/** Another scalar of the same JSON type. */
function otherScalar(value: unknown): unknown {
  switch (typeof value) {
    case "boolean":
      return !value;
    case "number":
      return value + 1;
    case "string":
      return `${value}-other`;
    default:
      return undefined;
  }
}

/** Values outside an enum to try, same JSON type as `value` first. */
function enumOutsiders(value: unknown): unknown[] {
  const byType: unknown[] = ["not-in-the-enum", 12345, 0.5, false, true];
  const same = byType.filter((candidate) => typeof candidate === typeof value);
  return [...same, ...byType.filter((candidate) => !same.includes(candidate))];
}
