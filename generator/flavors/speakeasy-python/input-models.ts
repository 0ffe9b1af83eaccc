/**
 * Speakeasy's input models (gen.lock feature `inputOutputModels`, gen.yaml `inputModelSuffix`):
 * a request never sends a `readOnly` property, so the class a request uses leaves them out. A
 * component whose request form differs from the whole (it has a `readOnly` property, or a property
 * it sends refers to such a component) is two classes when requests and responses both reach it:
 * the whole under its own name and the request form named with the suffix (easyreview `Field` and
 * `FieldInput`, `UpdateFieldRequest.field` typed `components.FieldInput`). A component only requests
 * reach is the request form under its own name (`PatchedField`, no `id`). A `readOnly` property is
 * not followed on the request side: `Review.metadatablocks` is read-only, so `Metadatablock` is
 * reached by responses alone and stays whole. Inferred from easyreview-python (Speakeasy 2.225,
 * feature 2.83.0), the one case of the corpus whose requests reach a `readOnly` property;
 * `writeOnly` (the output side) is not read.
 */
import type { Definition, Field, FieldType, Model, Operation } from "../../ir/types.js";

/** Marks a component's request form added beside it: the value is the component's own name, which a request's body field is named after. */
export const INPUT_OF = "x-speakeasy-input-of";

/** The suffix gen.yaml's `inputModelSuffix` gives (Speakeasy's default `input`), as it ends a class name. */
const INPUT_SUFFIX = "Input";

/** The model with request forms in place: new components for the split ones, request bodies and parameters referring to them. */
export function inputModels(model: Model): Model {
  const operations = model.operations ?? [];
  if (operations.length === 0) return model;
  const byName = new Map(model.definitions.map((definition) => [definition.name, definition]));
  const differs = differingOnInput(model.definitions);
  if (differs.size === 0) return model;
  const requested = reached(requestTypes(operations), byName, (field) => field.readOnly !== true);
  const responded = reached(responseTypes(operations), byName, () => true);
  const split = [...differs].filter((name) => requested.has(name));
  if (split.length === 0) return model;

  // The component a request refers to instead of each split one: its request form's name, or its own when only requests reach it.
  const taken = new Set(model.definitions.map((definition) => definition.name));
  const inputName = new Map<string, string>();
  for (const name of split) {
    if (!responded.has(name)) inputName.set(name, name);
    else {
      let candidate = `${name}${INPUT_SUFFIX}`;
      for (let counter = 2; taken.has(candidate); counter++) candidate = `${name}${INPUT_SUFFIX}${counter}`;
      taken.add(candidate);
      inputName.set(name, candidate);
    }
  }

  const forms = new Map<FieldType, FieldType>();
  const inputForm = (type: FieldType): FieldType => {
    const known = forms.get(type);
    if (known !== undefined) return known;
    const form = rewrite(type);
    forms.set(type, form);
    return form;
  };
  // Each piece is kept as it is when nothing in it changes, so an unchanged inline shape stays one class.
  const rewrite = (type: FieldType): FieldType => {
    switch (type.kind) {
      case "ref": {
        const name = inputName.get(type.name);
        return name === undefined || name === type.name ? type : { kind: "ref", name };
      }
      case "array": {
        const items = inputForm(type.items);
        return items === type.items ? type : { ...type, items };
      }
      case "map": {
        const values = inputForm(type.values);
        return values === type.values ? type : { ...type, values };
      }
      case "union": {
        const variants = type.variants.map(inputForm);
        return variants.every((variant, index) => variant === type.variants[index]) ? type : { ...type, variants };
      }
      case "object": {
        const kept = type.fields.filter((field) => field.readOnly !== true);
        const fields = kept.map(inputField);
        const same = kept.length === type.fields.length && fields.every((field, index) => field === kept[index]);
        return same ? type : { ...type, fields };
      }
      default:
        return type;
    }
  };
  const inputField = (field: Field): Field => {
    const type = inputForm(field.type);
    return type === field.type ? field : { ...field, type };
  };

  const definitions = model.definitions.flatMap((definition): Definition[] => {
    const name = inputName.get(definition.name);
    if (name === undefined) return [definition];
    const form = { ...definition, type: inputForm(definition.type) };
    if (name === definition.name) return [form];
    return [definition, { ...form, name, extensions: [...definition.extensions, { name: INPUT_OF, value: definition.name }] }];
  });
  const added = (names: readonly string[]): string[] =>
    names.flatMap((name) => {
      const input = inputName.get(name);
      return input === undefined || input === name ? [name] : [name, input];
    });
  const requestSide = operations.map(
    (operation): Operation => ({
      ...operation,
      parameters: operation.parameters.map((parameter) => ({ ...parameter, field: inputField(parameter.field) })),
      requestBody: operation.requestBody === null ? null : { ...operation.requestBody, type: inputForm(operation.requestBody.type) },
    }),
  );
  return {
    ...model,
    definitions,
    operations: requestSide,
    ...(model.componentOrder === undefined ? {} : { componentOrder: added(model.componentOrder) }),
  };
}

/** The components whose request form is not the whole: a `readOnly` property anywhere in them, or a sent property reaching such a component. */
function differingOnInput(definitions: readonly Definition[]): Set<string> {
  const differs = new Set<string>();
  const check = (type: FieldType, seen: Set<FieldType>): boolean => {
    if (seen.has(type)) return false;
    seen.add(type);
    switch (type.kind) {
      case "ref":
        return differs.has(type.name);
      case "array":
        return check(type.items, seen);
      case "map":
        return check(type.values, seen);
      case "union":
        return type.variants.some((variant) => check(variant, seen));
      case "object":
        return type.fields.some((field) => field.readOnly === true || check(field.type, seen));
      default:
        return false;
    }
  };
  // Until nothing changes: a component can differ through one that is found to differ later.
  for (let changed = true; changed; ) {
    changed = false;
    for (const definition of definitions)
      if (!differs.has(definition.name) && check(definition.type, new Set())) {
        differs.add(definition.name);
        changed = true;
      }
  }
  return differs;
}

function requestTypes(operations: readonly Operation[]): FieldType[] {
  return operations.flatMap((operation) => [
    ...operation.parameters.map((parameter) => parameter.field.type),
    ...(operation.requestBody === null ? [] : [operation.requestBody.type]),
  ]);
}

function responseTypes(operations: readonly Operation[]): FieldType[] {
  return operations.flatMap((operation) =>
    operation.responses.flatMap((response) => [
      ...(response.type === null ? [] : [response.type]),
      ...(response.contents ?? []).map((content) => content.type),
    ]),
  );
}

/** The components the types reach through the properties `follows` lets through. */
function reached(types: readonly FieldType[], byName: ReadonlyMap<string, Definition>, follows: (field: Field) => boolean): Set<string> {
  const names = new Set<string>();
  const seen = new Set<FieldType>();
  const walk = (type: FieldType): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.kind === "ref") {
      const target = byName.get(type.name);
      if (target !== undefined && !names.has(type.name)) {
        names.add(type.name);
        walk(target.type);
      }
    } else if (type.kind === "array") walk(type.items);
    else if (type.kind === "map") walk(type.values);
    else if (type.kind === "union") for (const variant of type.variants) walk(variant);
    else if (type.kind === "object") for (const field of type.fields) if (follows(field)) walk(field.type);
  };
  for (const type of types) walk(type);
  return names;
}
