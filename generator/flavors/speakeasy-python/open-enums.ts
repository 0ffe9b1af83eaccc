/**
 * Which enums a Speakeasy Python SDK makes open (gen.yaml `forwardCompatibleEnumsByDefault: true`):
 * the ones a response can carry, so an unknown value from a newer server does not fail to parse.
 * An enum only requests use stays closed (margen: `Mode` and `Code` in responses are open,
 * the query parameter `ListItemsKind` and `DistinctIdentities` are not).
 */
import type { FieldType, Model } from "../../ir/types.js";

/** The enum types reached from any response body of any operation, error responses included. */
export function responseEnums(model: Model): ReadonlySet<FieldType> {
  const definitions = new Map(model.definitions.map((definition) => [definition.name, definition.type]));
  const found = new Set<FieldType>();
  const seen = new Set<FieldType>();
  const walk = (type: FieldType): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.kind === "enum") found.add(type);
    else if (type.kind === "ref") {
      const target = definitions.get(type.name);
      if (target !== undefined) walk(target);
    } else if (type.kind === "array") walk(type.items);
    else if (type.kind === "map") walk(type.values);
    else if (type.kind === "union") for (const variant of type.variants) walk(variant);
    else if (type.kind === "object") for (const field of type.fields) walk(field.type);
  };
  for (const operation of model.operations ?? [])
    for (const response of operation.responses) {
      if (response.type !== null) walk(response.type);
      for (const content of response.contents ?? []) walk(content.type);
    }
  return found;
}
