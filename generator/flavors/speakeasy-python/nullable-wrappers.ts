/**
 * OpenAPI 3.0 can only make a `$ref` property nullable by wrapping it: `allOf: [$ref]` with
 * `nullable: true` beside it. Speakeasy reads that wrapper as a new schema: the property gets a class
 * of its own, a copy of the target named after the property and carrying the wrapper's description
 * (deck `LinkTokenCreateRequest.language` is `LinkTokenCreateRequestLanguage`, `update` is `Update`),
 * and a component used only through such wrappers gets no class (deck `ParsingMethodEnum`: with its
 * `$ref`s replaced, no operation reaches it). Inferred
 * from deck-sdk-python (Speakeasy 1.592): a wrapper without `nullable`, or without a description of
 * its own, still links the component.
 */
import type { Field, FieldType, Model } from "../../ir/types.js";

/** The model with each nullable `allOf` wrapper's `$ref` replaced by a copy of its target's shape. */
export function unwrapNullableRefs(model: Model, isNamed: (type: FieldType) => boolean): Model {
  const targets = new Map(model.definitions.map((definition) => [definition.name, definition.type]));
  const wrapped = new Set<string>();
  const unwrap = (field: Field): Field => {
    if (field.type.kind !== "ref" || field.refStyle !== "allOf" || !field.nullable || !field.ownDescription) return field;
    const target = targets.get(field.type.name);
    if (target === undefined || !isNamed(target)) return field;
    wrapped.add(field.type.name);
    // The copy is the wrapper's schema: its page says the wrapper's description, not the target's.
    const copy =
      field.description !== null && (target.kind === "object" || target.kind === "union" || target.kind === "enum")
        ? { ...target, description: field.description }
        : { ...target };
    return { ...field, type: copy };
  };
  const definitions = model.definitions.map((definition) =>
    definition.type.kind === "object" ? { ...definition, type: { ...definition.type, fields: definition.type.fields.map(unwrap) } } : definition,
  );
  // A component only the wrappers used is reached by no operation now: it gets no class.
  return wrapped.size === 0 ? model : { ...model, definitions };
}
