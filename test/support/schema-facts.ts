/**
 * Walks two OpenAPI documents side by side from one root schema each and lists every validation
 * fact (default, enum, const, numeric/length/items/properties bounds, `additionalProperties:
 * false`) on which they differ, each named by a path that means the same place in both documents.
 *
 * The two documents spell the same request differently, so the walk looks through the spelling:
 * - `$ref` is followed, and `allOf` parts are read together as one schema;
 * - a union's `{type: "null"}` member is dropped (nullability is spelled three ways: a null member,
 *   `type: [..., "null"]`, the 3.0 `nullable`), and a union left with one member is that member;
 *   `null` inside an `enum` is dropped for the same reason, and enums compare as sets;
 * - union members (`anyOf`/`oneOf`) are paired by discriminator value, then by `$ref` name, then by
 *   title, then by JSON type and position among the members of that type;
 * - `if`/`then`/`else` and `not` are cross-field rules, outside what this comparison covers;
 * - a schema that contains itself is refused (past MAX_DEPTH), since neither request has one.
 *
 * Path syntax: `.name` a property, `[]` array items, `{}` additionalProperties values, `<keys>`
 * propertyNames, `|label` a union member (`|type=custom`, `|ServiceTier`, `|string#1`).
 */

type Node = Record<string, unknown>;

/** The facts compared, in the order a difference is reported. */
export const FACT_KEYWORDS = [
  "default",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "additionalProperties",
] as const;

export type FactKeyword = (typeof FACT_KEYWORDS)[number];

/** One fact that the two documents do not state alike at `path`; `undefined` where a side lacks it. */
export interface FactDifference {
  readonly path: string;
  readonly fact: FactKeyword;
  readonly ours: unknown;
  readonly theirs: unknown;
}

export interface Side {
  /** `components.schemas` of the document. */
  readonly schemas: Readonly<Record<string, unknown>>;
  readonly root: string;
}

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

const SCHEMA_REF = "#/components/schemas/";

function refName(node: Node): string | undefined {
  return typeof node.$ref === "string" && node.$ref.startsWith(SCHEMA_REF) ? node.$ref.slice(SCHEMA_REF.length) : undefined;
}

const isNullOnly = (node: Node): boolean => node.type === "null" && Object.keys(node).every((key) => key === "type" || key === "description");

/**
 * One place in a document: the schema objects that together describe it (a `$ref` target, each
 * `allOf` part, a single non-null union member), and the union members still to be told apart.
 */
interface Place {
  readonly layers: readonly Node[];
  readonly members: readonly Member[];
}

interface Member {
  readonly place: Place;
  /** The `$ref` name the member was written as, if any. */
  readonly ref: string | undefined;
}

class Reader {
  constructor(private readonly schemas: Readonly<Record<string, unknown>>) {}

  place(nodes: readonly Node[], expanding: ReadonlySet<string> = new Set()): Place {
    const layers: Node[] = [];
    const members: Member[] = [];
    const visit = (node: Node, refs: ReadonlySet<string>): void => {
      // Keywords beside a `$ref` (3.1 allows them) count as much as the target's.
      layers.push(node);
      const name = refName(node);
      if (name !== undefined && !refs.has(name)) {
        // A schema that reaches itself is read once per path; its second visit adds nothing new.
        const target = this.schemas[name];
        if (!isNode(target)) throw new Error(`unresolved $ref ${String(node.$ref)}`);
        visit(target, new Set([...refs, name]));
      }
      for (const part of Array.isArray(node.allOf) ? node.allOf : []) if (isNode(part)) visit(part, refs);
      for (const keyword of ["anyOf", "oneOf"] as const) {
        const list = node[keyword];
        if (!Array.isArray(list)) continue;
        const options = list.filter(isNode).filter((option) => !isNullOnly(option));
        for (const option of options) {
          const place = this.place([option], refs);
          // A lone member is the place itself; a member that is only a union joins its members
          // to this one (a union of unions is one union), so the two spellings pair alike.
          if (options.length === 1 || isBareUnion(place)) visit(option, refs);
          else members.push({ ref: refName(option), place });
        }
      }
    };
    for (const node of nodes) visit(node, expanding);
    return { layers, members };
  }
}

/** A union without properties or items of its own: only a choice between its members. */
function isBareUnion(place: Place): boolean {
  return place.members.length > 0 && place.layers.every((layer) => !isNode(layer.properties) && layer.items === undefined);
}

/** The values a place states for one fact: one per layer stating it (usually zero or one). */
function factValues(place: Place, fact: FactKeyword): unknown[] {
  const values: unknown[] = [];
  for (const layer of place.layers) {
    if (!(fact in layer)) continue;
    const value = layer[fact];
    if (fact === "additionalProperties") {
      if (value === false) values.push(false);
    } else if (fact === "enum" && Array.isArray(value)) {
      values.push(value.filter((item) => item !== null));
    } else values.push(value);
  }
  // The same value stated by several layers (an `allOf` part and the schema it extends) is one fact.
  return values.filter((value, index) => values.findIndex((other) => JSON.stringify(other) === JSON.stringify(value)) === index);
}

/** Order-insensitive for enums, exact for everything else. */
function comparable(fact: FactKeyword, values: readonly unknown[]): string | undefined {
  if (values.length === 0) return undefined;
  const normal = fact === "enum" ? values.map((value) => [...(value as unknown[])].map((item) => JSON.stringify(item)).sort()) : values;
  return JSON.stringify(normal.length === 1 ? normal[0] : normal);
}

const shown = (values: readonly unknown[]): unknown => (values.length === 0 ? undefined : values.length === 1 ? values[0] : values);

function childSchemas(place: Place, key: "items" | "additionalProperties" | "propertyNames"): Node[] {
  return place.layers.map((layer) => layer[key]).filter(isNode);
}

function propertyNames(place: Place): string[] {
  const names: string[] = [];
  for (const layer of place.layers) {
    if (!isNode(layer.properties)) continue;
    for (const name of Object.keys(layer.properties)) if (!names.includes(name)) names.push(name);
  }
  return names;
}

function propertySchemas(place: Place, name: string): Node[] {
  return place.layers.flatMap((layer) => (isNode(layer.properties) && isNode(layer.properties[name]) ? [layer.properties[name]] : []));
}

function discriminatorProperty(place: Place): string | undefined {
  for (const layer of place.layers) {
    if (isNode(layer.discriminator) && typeof layer.discriminator.propertyName === "string") return layer.discriminator.propertyName;
  }
  return undefined;
}

/** The single value a member fixes for the discriminator property (`enum: [x]` or `const: x`). */
function tagOf(member: Member, property: string, reader: Reader): string | undefined {
  for (const layer of member.place.layers) {
    if (!isNode(layer.properties) || !isNode(layer.properties[property])) continue;
    const target = reader.place([layer.properties[property]]);
    for (const schema of target.layers) {
      if (typeof schema.const === "string") return schema.const;
      if (Array.isArray(schema.enum) && schema.enum.length === 1 && typeof schema.enum[0] === "string") return schema.enum[0];
    }
  }
  return undefined;
}

function titleOf(member: Member): string | undefined {
  const layer = member.place.layers.find((candidate) => typeof candidate.title === "string");
  return layer?.title as string | undefined;
}

function typeOf(member: Member): string {
  const types = member.place.layers.map((layer) => layer.type).find((type) => type !== undefined);
  if (Array.isArray(types)) return types.filter((type) => type !== "null").join(",");
  if (typeof types === "string") return types;
  if (member.place.members.length > 0) return "union";
  return member.place.layers.some((layer) => isNode(layer.properties)) ? "object" : "any";
}

interface Pair {
  readonly label: string;
  readonly ours: Member | undefined;
  readonly theirs: Member | undefined;
}

/** Pairs the members of a union on both sides; a member left alone is paired with nothing. */
function pairMembers(ours: readonly Member[], theirs: readonly Member[], tagProperty: string | undefined, readers: readonly [Reader, Reader]): Pair[] {
  const pairs: Pair[] = [];
  const leftOurs = [...ours];
  const leftTheirs = [...theirs];
  const match = (keyOf: (member: Member, side: 0 | 1) => string | undefined): void => {
    for (const member of [...leftOurs]) {
      const key = keyOf(member, 0);
      if (key === undefined) continue;
      const partner = leftTheirs.find((candidate) => keyOf(candidate, 1) === key);
      if (partner === undefined) continue;
      pairs.push({ label: key, ours: member, theirs: partner });
      leftOurs.splice(leftOurs.indexOf(member), 1);
      leftTheirs.splice(leftTheirs.indexOf(partner), 1);
    }
  };
  if (tagProperty !== undefined) {
    match((member, side) => {
      const tag = tagOf(member, tagProperty, readers[side]);
      return tag === undefined ? undefined : `${tagProperty}=${tag}`;
    });
  }
  match((member) => member.ref);
  match((member) => titleOf(member));
  // What is left is told apart by JSON type, then by position among the members of that type.
  const byType = (members: readonly Member[], member: Member): string => {
    const type = typeOf(member);
    return `${type}#${members.filter((candidate) => typeOf(candidate) === type).indexOf(member) + 1}`;
  };
  const oursTyped = new Map(leftOurs.map((member) => [byType(leftOurs, member), member]));
  const theirsTyped = new Map(leftTheirs.map((member) => [byType(leftTheirs, member), member]));
  for (const [label, member] of oursTyped) pairs.push({ label, ours: member, theirs: theirsTyped.get(label) });
  for (const [label, member] of theirsTyped) if (!oursTyped.has(label)) pairs.push({ label, ours: undefined, theirs: member });
  return pairs;
}

const EMPTY: Place = { layers: [], members: [] };

/** Deeper than any path of either request schema (theirs and ours reach under 10 levels). */
const MAX_DEPTH = 32;

/** Every fact difference between the two roots, in walk order (spec order of our document first). */
export function compareSchemaFacts(ours: Side, theirs: Side): FactDifference[] {
  const readers = [new Reader(ours.schemas), new Reader(theirs.schemas)] as const;
  const differences: FactDifference[] = [];

  const walk = (path: string, a: Place, b: Place, depth = 0): void => {
    if (depth > MAX_DEPTH) throw new Error(`${path}: deeper than ${MAX_DEPTH} levels; a recursive schema is not compared`);
    for (const fact of FACT_KEYWORDS) {
      const oursValues = factValues(a, fact);
      const theirsValues = factValues(b, fact);
      if (comparable(fact, oursValues) !== comparable(fact, theirsValues)) {
        differences.push({ path, fact, ours: shown(oursValues), theirs: shown(theirsValues) });
      }
    }
    const names = [...propertyNames(a), ...propertyNames(b).filter((name) => !propertyNames(a).includes(name))];
    for (const name of names) {
      walk(`${path}.${name}`, readers[0].place(propertySchemas(a, name)), readers[1].place(propertySchemas(b, name)), depth + 1);
    }
    for (const [key, mark] of [
      ["items", "[]"],
      ["additionalProperties", "{}"],
      ["propertyNames", "<keys>"],
    ] as const) {
      const left = childSchemas(a, key);
      const right = childSchemas(b, key);
      if (left.length > 0 || right.length > 0) walk(`${path}${mark}`, readers[0].place(left), readers[1].place(right), depth + 1);
    }
    if (a.members.length > 0 || b.members.length > 0) {
      const tagProperty = discriminatorProperty(a) ?? discriminatorProperty(b);
      for (const pair of pairMembers(a.members, b.members, tagProperty, readers)) {
        walk(`${path}|${pair.label}`, pair.ours?.place ?? EMPTY, pair.theirs?.place ?? EMPTY, depth + 1);
      }
    }
  };

  const rootOf = (side: Side, reader: Reader): Place => {
    const schema = side.schemas[side.root];
    if (!isNode(schema)) throw new Error(`no schema ${side.root}`);
    return reader.place([schema], new Set([side.root]));
  };
  walk("$", rootOf(ours, readers[0]), rootOf(theirs, readers[1]));
  return differences;
}
