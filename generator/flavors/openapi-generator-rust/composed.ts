/**
 * The properties openapi-generator gives a model whose schema is composed (`allOf`, `anyOf`,
 * `oneOf`), read from the IR's `composition` (the spec's parts) rather than its merged view, as
 * `DefaultCodegen.updateModelForComposedSchema` and `addProperties` (7.9 to 7.24) build them:
 *
 * 1. the schema's own `properties` come first, with its own `required`;
 * 2. then the members of its "interfaces" (`ModelUtils.getInterfaces`: the allOf members, else the
 *    anyOf ones, else the oneOf ones): every `$ref` member first, in order, then every inline one;
 * 3. a member adds its properties through everything it is made of: its own properties, its allOf,
 *    its required names, then its oneOf and anyOf members (a `$ref` followed to its component);
 *    a property added again keeps its first place and takes the later schema (`putAll`);
 * 4. a merged property is required when any member (or the schema itself) lists it as required.
 *
 * A property declared by an inline allOf member of the schema itself is flattened by
 * InlineModelResolver under `<Parent>_allOf`, so an inline object in it is named
 * `<Parent>_allOf_<property>` (`inAllOfMember`).
 */
import type { Definitions } from "../../ir/lookup.js";
import type { Composition, CompositionMember, Field } from "../../ir/types.js";

/** A property of the composed model, and whether it came from an inline allOf member of the schema itself. */
export interface ComposedField {
  readonly field: Field;
  readonly inAllOfMember: boolean;
}

export function composedFields(composition: Composition, definitions: Definitions): ComposedField[] {
  const own = composition.fields.map((field) => ({ field, inAllOfMember: false }));
  const merged = new Map<string, ComposedField>();
  const required = new Set<string>();
  const interfaces = composition.allOf.length > 0 ? composition.allOf : composition.anyOf.length > 0 ? composition.anyOf : composition.oneOf;
  const fromAllOf = interfaces === composition.allOf;
  for (const member of interfaces.filter((candidate) => candidate.kind === "ref")) addMember(member, merged, required, definitions, new Set(), false);
  for (const member of interfaces.filter((candidate) => candidate.kind === "inline")) addMember(member, merged, required, definitions, new Set(), fromAllOf);
  for (const name of composition.required) required.add(name);
  const ownNames = new Set(own.map(({ field }) => field.name));
  const rest = [...merged.values()]
    .filter(({ field }) => !ownNames.has(field.name))
    .map(({ field, inAllOfMember }) => ({
      field: field.required === required.has(field.name) ? field : { ...field, required: required.has(field.name) },
      inAllOfMember,
    }));
  return [...own, ...rest];
}

/** `addProperties`: a member's properties and required names, through `$ref`s and its own members. */
function addMember(
  member: CompositionMember,
  merged: Map<string, ComposedField>,
  required: Set<string>,
  definitions: Definitions,
  seen: Set<string>,
  inAllOfMember: boolean,
): void {
  if (member.kind === "ref") {
    if (seen.has(member.name)) return;
    seen.add(member.name);
    const target = definitions.get(member.name);
    if (target === undefined) return;
    if (target.composition !== undefined) addParts(target.composition, merged, required, definitions, seen, false);
    else if (target.type.kind === "object")
      for (const field of target.type.fields) {
        merged.set(field.name, { field, inAllOfMember: false });
        if (field.required) required.add(field.name);
      }
    return;
  }
  addParts(member.composition, merged, required, definitions, seen, inAllOfMember);
}

function addParts(
  composition: Composition,
  merged: Map<string, ComposedField>,
  required: Set<string>,
  definitions: Definitions,
  seen: Set<string>,
  inAllOfMember: boolean,
): void {
  for (const field of composition.fields) merged.set(field.name, { field, inAllOfMember });
  for (const member of composition.allOf) addMember(member, merged, required, definitions, seen, false);
  for (const name of composition.required) required.add(name);
  for (const member of composition.oneOf) addMember(member, merged, required, definitions, seen, false);
  for (const member of composition.anyOf) addMember(member, merged, required, definitions, seen, false);
}
