/**
 * Which schema an openapi-generator page documents, from its heading: the tool titles pages with
 * model class names (`CreateChatCompletionRequest_model` → `CreateChatCompletionRequestModel`),
 * including the inline models it extracts, and a discriminator page has one section per mapped
 * model, headed by that model's class name.
 */
import { holderPointer } from "../../ir/lookup.js";
import type { Model } from "../../ir/types.js";
import { definitionShape, type TitledShape } from "../flavor.js";
import { discriminatorMapping, RustModels } from "./models.js";
import { toModelName } from "./naming.js";

/** Every model page's class name with the shape it documents. */
export function modelTitles(model: Model): [string, TitledShape][] {
  const titles: [string, TitledShape][] = [];
  // A composed model's properties as the tool merges them (`composed.ts`), not as the IR's merged view.
  const models = new RustModels(model);
  // Two models of one class name have one page, the one the tool processed last (`byClassName`).
  for (const doc of models.byClassName()) {
    const title = toModelName(doc.name);
    const definition = models.definition(doc.name);
    if (definition !== undefined) titles.push([title, definitionShape(definition, title)]);
    else if (doc.kind === "object")
      titles.push([
        title,
        {
          name: title,
          type: { kind: "object", fields: doc.fields, freeForm: false },
          pointer: holderPointer(doc.fields) ?? "",
          definition: null,
          without: null,
        },
      ]);
    else if (doc.kind === "enum")
      titles.push([title, { name: title, type: { kind: "enum", base: "string", values: doc.values }, pointer: "", definition: null, without: null }]);
  }
  return titles;
}

/**
 * The mapped models of a discriminator page, by section heading: each section documents the
 * mapped model's properties without the discriminator property (`RustModels` names the page).
 */
export function mappedModelSections(model: Model, pageTitle: string): ReadonlyMap<string, TitledShape> {
  const sections = new Map<string, TitledShape>();
  const models = new RustModels(model);
  for (const doc of models.catalog()) {
    if (doc.kind !== "discriminator" || toModelName(doc.name) !== pageTitle) continue;
    for (const { name } of discriminatorMapping(doc)) {
      const mapped = models.definition(name);
      if (mapped !== undefined) sections.set(toModelName(name), definitionShape(mapped, mapped.name, doc.discriminator.propertyName));
    }
  }
  return sections;
}
