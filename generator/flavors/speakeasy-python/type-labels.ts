/**
 * Python type labels as Speakeasy writes them: the markdown of a `Type` cell in a fields table
 * (`*Optional[float]*`, `List[[models.Tool](../models/tool.md)]`) and the plain Python type of a
 * union member heading (`List[models.Tool]`).
 */
import type { FieldType } from "../../ir/types.js";
import type { JsonValue } from "../../openapi.js";
import { type Catalog, sameTypeMembers } from "./catalog.js";
import { pageFileName } from "./naming.js";

/** Speakeasy renders dates as this link, without an Optional wrapper (mistral `basemodelcard.md`). */
const DATE_LINK = "[date](https://docs.python.org/3/library/datetime.html#date-objects)";
const DATE_FORMATS: ReadonlySet<string> = new Set(["date", "date-time"]);

const PRIMITIVES = { string: "str", integer: "int", number: "float", boolean: "bool" } as const;

/** How a field is held: required or not, nullable or not. Only the outermost type is wrapped. */
export interface Presence {
  readonly required: boolean;
  readonly nullable: boolean;
}

/** `Optional[X]`, `Nullable[X]`, `OptionalNullable[X]` or `X`, as Speakeasy's Python models type fields. */
function wrap(type: string, presence: Presence): string {
  if (presence.required) return presence.nullable ? `Nullable[${type}]` : type;
  return presence.nullable ? `OptionalNullable[${type}]` : `Optional[${type}]`;
}

/**
 * A `Type` cell. Primitives are italic and wrapped (`*OptionalNullable[float]*`); classes, enums
 * and unions are links with the wrapper inside the link text (`[Optional[models.Audio]](…)`);
 * arrays and maps are never wrapped (`List[*str*]`, `Dict[str, *float*]`, seeds 000 and 002).
 */
export function typeCell(type: FieldType, presence: Presence, catalog: Catalog): string {
  const resolved = resolve(type, catalog);
  const named = resolved.kind === "ref" ? null : catalog.nameOf.get(resolved);
  if (resolved.kind === "ref" || named !== undefined) {
    const name = resolved.kind === "ref" ? resolved.name : (named as string);
    const module = moduleOf(resolved, catalog);
    return `[${wrap(`${module}.${name}`, presence)}](${link(name, module, catalog)})`;
  }
  if (isDate(resolved)) return DATE_LINK;
  const simple = simpleType(resolved);
  if (simple !== null) return `*${wrap(simple, presence)}*`;
  return innerCell(resolved, catalog);
}

/**
 * A cell for a type inside `List[…]`/`Dict[str, …]`: never optional, `Nullable[…]` when the items
 * or values accept null, as a field's type would be (emailr `additionalProperties: {nullable: true}`
 * is `Dict[str, *Nullable[Any]*]`); a list or dict inside is not wrapped (margen's values
 * `type: [array, "null"]` are `Dict[str, List[*str*]]`).
 */
function innerCell(type: FieldType, catalog: Catalog, nullable = false): string {
  const resolved = resolve(type, catalog);
  const presence = { required: true, nullable };
  const named = resolved.kind === "ref" ? resolved.name : catalog.nameOf.get(resolved);
  if (named !== undefined) return `[${wrap(`${moduleOf(resolved, catalog)}.${named}`, presence)}](${link(named, moduleOf(resolved, catalog), catalog)})`;
  if (isDate(resolved)) return DATE_LINK;
  if (resolved.kind === "array") return `List[${innerCell(resolved.items, catalog, resolved.nullableItems === true)}]`;
  const values = mapValues(resolved);
  if (values !== null) return `Dict[str, ${innerCell(values.type, catalog, values.nullable)}]`;
  return `*${wrap(simpleType(resolved) ?? "Any", presence)}*`;
}

/** The Python type of a union member or a type alias, as in `value: List[str] = /* values here *\/`. */
export function pythonType(type: FieldType, catalog: Catalog): string {
  const resolved = resolve(type, catalog);
  const named = resolved.kind === "ref" ? resolved.name : catalog.nameOf.get(resolved);
  if (named !== undefined) return `${moduleOf(resolved, catalog)}.${named}`;
  if (resolved.kind === "string" && resolved.format === "date-time") return "datetime";
  if (resolved.kind === "string" && resolved.format === "date") return "date";
  // Items or values that accept null are `Nullable[…]` inside, as in a cell.
  const inner = (element: FieldType, nullable: boolean) => {
    const python = pythonType(element, catalog);
    return nullable && !/^(List|Dict)\[/.test(python) ? `Nullable[${python}]` : python;
  };
  if (resolved.kind === "array") return `List[${inner(resolved.items, resolved.nullableItems === true)}]`;
  const values = mapValues(resolved);
  if (values !== null) return `Dict[str, ${inner(values.type, values.nullable)}]`;
  return simpleType(resolved) ?? "Any";
}

/**
 * A `ref` to a definition that is a class, enum or union stays a ref (it has a page and a link,
 * under the definition's class name). A ref to an alias (array, map, primitive, free-form object)
 * is replaced by the alias's shape: Python has no class for it, so Speakeasy inlines it.
 */
function resolve(type: FieldType, catalog: Catalog, seen: ReadonlySet<string> = new Set()): FieldType {
  if (type.kind !== "ref") return type;
  const definition = catalog.definitions.get(type.name);
  if (definition === undefined || seen.has(type.name)) return { kind: "any" };
  const name = catalog.nameOf.get(definition.type);
  if (name !== undefined) return { kind: "ref", name };
  return resolve(definition.type, catalog, new Set([...seen, type.name]));
}

/** The link to a class's page from another model page. */
function link(name: string, module: string, catalog: Catalog): string {
  return module === catalog.layout.module ? `${catalog.layout.linkPrefix}${pageFileName(name)}` : `../../models/${module}/${pageFileName(name)}`;
}

/** The module of a named shape: a schema's, the layout's unless it is an error class (`errorSchemas: errors`); an operation's inline class may be elsewhere. */
function moduleOf(type: FieldType, catalog: Catalog): string {
  const own = type.kind === "ref" ? catalog.definitions.get(type.name)?.type : type;
  return (own === undefined ? undefined : catalog.moduleOf.get(own)) ?? catalog.layout.module;
}

/** Values of a map, and whether they accept null; a free-form object (no properties) is a `Dict[str, Any]` too. */
function mapValues(type: FieldType): { readonly type: FieldType; readonly nullable: boolean } | null {
  if (type.kind === "map") return { type: type.values, nullable: type.nullableValues === true };
  if (type.kind === "object" && type.fields.length === 0) return { type: { kind: "any" }, nullable: false };
  return null;
}

function isDate(type: FieldType): boolean {
  return type.kind === "string" && type.format !== null && DATE_FORMATS.has(type.format);
}

/** Types written without a link: primitives, `Any`, `Literal[…]`, `None`. Null for containers and named shapes. */
function simpleType(type: FieldType): string | null {
  switch (type.kind) {
    case "string":
      // Bytes outside a multipart file part (emissary's JSON `file`): Python's `bytes`.
      return type.format === "binary" ? "bytes" : PRIMITIVES.string;
    case "integer":
    case "number":
    case "boolean":
      return PRIMITIVES[type.kind];
    case "any":
      return "Any";
    case "null":
      return "None";
    case "const":
      return `Literal[${literal(type.value)}]`;
    case "union": {
      const same = sameTypeMembers(type);
      return same === null ? null : simpleType(same);
    }
    default:
      return null;
  }
}

/** A Python literal: `"content"`, `1`, `True`, `None`. */
function literal(value: JsonValue): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  return JSON.stringify(value);
}
