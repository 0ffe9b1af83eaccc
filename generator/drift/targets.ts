/**
 * Which schema a page (or a section of it) documents. The title names it in the flavor's own
 * naming, so the flavor's own catalog maps it back: Speakeasy class names (inline shapes named
 * parent + property), openapi-generator model names (`CreateChatCompletionRequest_model` →
 * `CreateChatCompletionRequestModel`), TypeScript type names, or the schema name itself. A fields
 * page whose title names no schema (or that has none) is checked against the request schema;
 * `--schema` overrides the title.
 */
import { buildCatalog } from "../emitters/docs/flavors/speakeasy-python/catalog.js";
import { RustModels } from "../emitters/docs/flavors/openapi-generator-rust/models.js";
import { toModelName } from "../emitters/docs/flavors/openapi-generator-rust/naming.js";
import type { Field, FieldType, Model } from "../ir/types.js";
import { typeName } from "../naming.js";
import type { DriftFlavor } from "./flavors.js";
import { definitionsOf, pointerIndex } from "./spec-view.js";

export type Target =
  | { readonly kind: "fields"; readonly name: string; readonly pointer: string; readonly fields: readonly Field[]; readonly definition: string | null }
  | { readonly kind: "values"; readonly name: string; readonly pointer: string; readonly values: readonly (string | number | boolean)[] }
  | { readonly kind: "none"; readonly name: string };

interface Named {
  readonly name: string;
  readonly type: FieldType;
  readonly pointer: string;
  readonly definition: string | null;
  /** A property left out of the documented fields (the discriminator of a mapped model). */
  readonly without: string | null;
}

/** The shapes a flavor's titles can name, keyed by title. */
export function titledShapes(flavor: DriftFlavor, model: Model): ReadonlyMap<string, Named> {
  const pointers = pointerIndex(model);
  const shapes = new Map<string, Named>();
  const definitions = definitionsOf(model);
  const definitionShape = (name: string, title: string): Named | null => {
    const definition = definitions.get(name);
    return definition === undefined ? null : { name: title, type: definition.type, pointer: definition.pointer, definition: definition.name, without: null };
  };
  for (const definition of model.definitions) shapes.set(definition.name, { name: definition.name, type: definition.type, pointer: definition.pointer, definition: definition.name, without: null });
  if (flavor === "speakeasy-python") {
    const catalog = buildCatalog(model);
    for (const shape of catalog.shapes) {
      if (shapes.has(shape.name)) continue;
      shapes.set(shape.name, { name: shape.name, type: shape.type, pointer: pointers.get(shape.type) ?? "", definition: null, without: null });
    }
  }
  if (flavor === "openapi-generator-rust") {
    const models = new RustModels(model);
    for (const doc of models.catalog(model.definitions)) {
      const title = toModelName(doc.name);
      const existing = definitionShape(doc.name, title);
      if (existing !== null) shapes.set(title, existing);
      else if (doc.kind === "object") shapes.set(title, { name: title, type: { kind: "object", fields: doc.fields, freeForm: false }, pointer: doc.fields[0]?.pointer.replace(/\/properties\/[^/]+$/, "") ?? "", definition: null, without: null });
      else if (doc.kind === "enum") shapes.set(title, { name: title, type: { kind: "enum", base: "string", values: doc.values }, pointer: "", definition: null, without: null });
    }
  }
  if (flavor === "typedoc-markdown") for (const definition of model.definitions) shapes.set(typeName(definition.name), { name: definition.name, type: definition.type, pointer: definition.pointer, definition: definition.name, without: null });
  return shapes;
}

export function targetOf(named: Named): Target {
  const type = named.type;
  if (type.kind === "object") return { kind: "fields", name: named.name, pointer: named.pointer, fields: type.fields.filter((field) => field.name !== named.without), definition: named.definition };
  if (type.kind === "enum") return { kind: "values", name: named.name, pointer: named.pointer, values: type.values };
  return { kind: "none", name: named.name };
}

/**
 * The mapped models of a Rust discriminator page, by section heading: each section documents the
 * mapped model's properties without the discriminator property (`RustModels` names the page).
 */
export function discriminatorSections(model: Model, pageTitle: string): ReadonlyMap<string, Named> {
  const sections = new Map<string, Named>();
  const definitions = definitionsOf(model);
  for (const doc of new RustModels(model).catalog(model.definitions)) {
    if (doc.kind !== "discriminator" || toModelName(doc.name) !== pageTitle) continue;
    const mapping = doc.discriminator.mapping.length > 0 ? doc.discriminator.mapping : doc.variants.flatMap((variant) => (variant.type.kind === "ref" ? [{ value: variant.type.name, name: variant.type.name }] : []));
    for (const { name } of mapping) {
      const mapped = definitions.get(name);
      if (mapped !== undefined) sections.set(toModelName(name), { name: mapped.name, type: mapped.type, pointer: mapped.pointer, definition: mapped.name, without: doc.discriminator.propertyName });
    }
  }
  return sections;
}
