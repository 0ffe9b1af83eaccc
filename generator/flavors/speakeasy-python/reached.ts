/**
 * The components Speakeasy writes classes for, and the order it met them in: those the operations
 * reach as types (parameters, request bodies, responses, each `$ref` followed into its component).
 * A component merged into an `allOf` is no type of its own, so it is not reached through that
 * `allOf` (deck's `IJobRequest`, only an `allOf` member of an inline request body, has no page).
 */
import { definitionsOf } from "../../ir/lookup.js";
import type { FieldType, Model } from "../../ir/types.js";

/** The components the operations reach, in the order they are met: operation by operation in spec order, each `$ref` followed depth first at once. */
export function reachedComponents(model: Model): string[] {
  const definitions = definitionsOf(model);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (type: FieldType): void => {
    if (type.kind === "ref") {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      order.push(type.name);
      const definition = definitions.get(type.name);
      if (definition !== undefined) visit(definition.type);
    } else if (type.kind === "array") visit(type.items);
    else if (type.kind === "map") visit(type.values);
    else if (type.kind === "union") for (const variant of type.variants) visit(variant);
    else if (type.kind === "object") for (const field of type.fields) visit(field.type);
  };
  for (const operation of model.operations ?? []) {
    for (const parameter of operation.parameters) visit(parameter.field.type);
    if (operation.requestBody !== null) visit(operation.requestBody.type);
    for (const response of operation.responses) {
      if (response.type !== null) visit(response.type);
      for (const content of response.contents ?? []) visit(content.type);
    }
  }
  return order;
}

/** The roots in the order the operations reach their definitions; those no operation reaches keep their order, after the others. */
export function byOperationReach<T extends { readonly definition: string }>(model: Model, roots: readonly T[]): T[] {
  const position = new Map(reachedComponents(model).map((name, index) => [name, index]));
  return [...roots].sort((a, b) => (position.get(a.definition) ?? Infinity) - (position.get(b.definition) ?? Infinity));
}
