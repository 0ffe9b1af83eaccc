/**
 * Which schema a page (or a section of it) documents. The title names it in the flavor's own
 * naming, so the flavor's reader maps it back (class names of inline shapes, model names, type
 * names), on top of the schema names every page may use. A fields page whose title names no schema
 * (or that has none) is checked against the request schema; `--schema` overrides the title.
 */
import { definitionShape, type FlavorReader, type TitledShape } from "../flavors/flavor.js";
import type { Field, Model } from "../ir/types.js";

export type Target =
  | { readonly kind: "fields"; readonly name: string; readonly pointer: string; readonly fields: readonly Field[]; readonly definition: string | null }
  | { readonly kind: "values"; readonly name: string; readonly pointer: string; readonly values: readonly (string | number | boolean)[] }
  | { readonly kind: "none"; readonly name: string };

/**
 * Titled shapes per model and reader. A run audits many pages against one model, and a flavor's
 * titles come from walking the whole model (Speakeasy's class catalog): built once per pair, not per
 * page. Keyed weakly by the model, so nothing outlives it.
 */
const shapesByModel = new WeakMap<Model, Map<FlavorReader, ReadonlyMap<string, TitledShape>>>();

/** The shapes a flavor's titles can name, keyed by title: every schema by its name, then the flavor's own titles. */
export function titledShapes(reader: FlavorReader, model: Model): ReadonlyMap<string, TitledShape> {
  let byReader = shapesByModel.get(model);
  if (byReader === undefined) {
    byReader = new Map();
    shapesByModel.set(model, byReader);
  }
  let shapes = byReader.get(reader);
  if (shapes === undefined) {
    shapes = buildTitledShapes(reader, model);
    byReader.set(reader, shapes);
  }
  return shapes;
}

function buildTitledShapes(reader: FlavorReader, model: Model): ReadonlyMap<string, TitledShape> {
  const shapes = new Map<string, TitledShape>();
  for (const definition of model.definitions) shapes.set(definition.name, definitionShape(definition));
  for (const [title, shape] of reader.titledShapes?.(model) ?? []) shapes.set(title, shape);
  return shapes;
}

export function targetOf(named: TitledShape): Target {
  const type = named.type;
  if (type.kind === "object")
    return {
      kind: "fields",
      name: named.name,
      pointer: named.pointer,
      fields: type.fields.filter((field) => field.name !== named.without),
      definition: named.definition,
    };
  if (type.kind === "enum") return { kind: "values", name: named.name, pointer: named.pointer, values: type.values };
  return { kind: "none", name: named.name };
}
