/**
 * How many times a union page lists each member. Speakeasy recognises the members of a union of
 * objects by a tag: the discriminator's property, else a required property every member holds as
 * a const or an enum whose values tell the members apart. It keeps one entry per tag value, so a
 * member whose tag is an enum of five values is listed five times (clay `CellResult`:
 * `CellPending`, whose `status` is one of `running`, `queued`, …, is listed five times between
 * `CellError` and `CellEmpty`). Speakeasy is closed source: this is inferred from those pages. A
 * union with no such tag lists each member once.
 */
import { type Definitions, dereference } from "../../ir/lookup.js";
import type { Field, FieldType } from "../../ir/types.js";

type Union = Extract<FieldType, { kind: "union" }>;

/** The union's members, each repeated once per value of its tag. */
export function membersPerTagValue(union: Union, definitions: Definitions): readonly FieldType[] {
  const objects = union.variants.map((variant) => dereference(variant, definitions));
  if (union.variants.length < 2 || !objects.every((object) => object.kind === "object")) return union.variants;
  const tag = union.discriminator?.propertyName ?? inferredTag(objects as Extract<FieldType, { kind: "object" }>[]);
  if (tag === null) return union.variants;
  return union.variants.flatMap((variant, index) => {
    const object = objects[index] as Extract<FieldType, { kind: "object" }>;
    const field = object.fields.find((candidate) => candidate.name === tag);
    const tagType = field === undefined ? null : dereference(field.type, definitions);
    const count = tagType?.kind === "enum" ? tagType.values.length : 1;
    return Array.from({ length: Math.max(count, 1) }, () => variant);
  });
}

/**
 * The first property, in the first member's order, that every member requires as a const or an
 * enum, with no value shared by two members: a property that cannot tell the members apart is no
 * tag (mammoth `DsConfig`: both members' `on_refresh_action` is `replace` or `combine`, each listed once).
 */
function inferredTag(objects: readonly Extract<FieldType, { kind: "object" }>[]): string | null {
  const valuesOf = (field: Field | undefined): readonly unknown[] | null => {
    if (field?.required !== true) return null;
    if (field.type.kind === "const") return [field.type.value];
    return field.type.kind === "enum" ? field.type.values : null;
  };
  const first = objects[0];
  if (first === undefined) return null;
  const tag = first.fields.find((field) => {
    const values = objects.map((object) => valuesOf(object.fields.find((other) => other.name === field.name)));
    if (values.some((each) => each === null)) return false;
    const all = values.flatMap((each) => each as readonly unknown[]).map((value) => JSON.stringify(value));
    return new Set(all).size === all.length;
  });
  return tag?.name ?? null;
}
