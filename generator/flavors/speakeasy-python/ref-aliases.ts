/**
 * A component that is only a `$ref` to another (agentset `document-config` → `ingest-job-config`)
 * is no class of its own in Speakeasy: it and its target are one class, with one page. Which of
 * the two names the class is inferred from agentset's two such pairs, and from nothing else, so it
 * is weakly founded: walking the operations in spec order, each depth first (parameters, request
 * body, responses; a schema entered once), the name referenced last wins. The input pair is
 * `IngestJobConfig` (createIngestJob's body names `ingest-job-config` after its payload reached
 * `document-config`); the output pair is `DocumentConfigOutput` (the documents' operations
 * reference `document-configOutput` after the ingest jobs' reached `ingest-job-configOutput`).
 */
import type { Definitions } from "../../ir/lookup.js";
import type { FieldType, Model } from "../../ir/types.js";

export interface RefAliases {
  /** The alias components, which get no page. */
  readonly aliases: ReadonlySet<string>;
  /** Target component → the component whose name the merged class takes. */
  readonly classNames: ReadonlyMap<string, string>;
}

export function refAliases(model: Model, definitions: Definitions, isClass: (type: FieldType) => boolean): RefAliases {
  const targets = new Map<string, string[]>();
  for (const definition of model.definitions) {
    if (definition.type.kind !== "ref") continue;
    const target = definitions.get(definition.type.name);
    if (target === undefined || !isClass(target.type)) continue;
    targets.set(target.name, [...(targets.get(target.name) ?? []), definition.name]);
  }
  if (targets.size === 0) return { aliases: new Set(), classNames: new Map() };
  const order = referenceOrder(model, definitions);
  const classNames = new Map<string, string>();
  for (const [target, aliases] of targets) {
    const names = [target, ...aliases];
    const last = names.reduce((best, name) => ((order.get(name) ?? -1) > (order.get(best) ?? -1) ? name : best), target);
    classNames.set(target, last);
  }
  return { aliases: new Set([...targets.values()].flat()), classNames };
}

/** The position of the last reference to each component, walking the operations depth first. */
function referenceOrder(model: Model, definitions: Definitions): Map<string, number> {
  const last = new Map<string, number>();
  const entered = new Set<string>();
  let counter = 0;
  const walk = (type: FieldType): void => {
    if (type.kind === "ref") {
      last.set(type.name, counter++);
      const definition = definitions.get(type.name);
      if (definition === undefined || entered.has(type.name)) return;
      entered.add(type.name);
      walk(definition.type);
    } else if (type.kind === "object") for (const field of type.fields) walk(field.type);
    else if (type.kind === "array") walk(type.items);
    else if (type.kind === "map") walk(type.values);
    else if (type.kind === "union") for (const variant of type.variants) walk(variant);
  };
  for (const operation of model.operations ?? []) {
    for (const parameter of operation.parameters) walk(parameter.field.type);
    if (operation.requestBody !== null) walk(operation.requestBody.type);
    for (const response of operation.responses) for (const content of response.contents ?? []) walk(content.type);
  }
  return last;
}
