/**
 * `skipFormModel` (on by default): openapi-generator writes no model for a schema that only form
 * request bodies (`multipart/form-data`, `application/x-www-form-urlencoded`) use
 * (`ModelUtils.getSchemasUsedOnlyInFormParam`). The walk runs after InlineModelResolver, so an
 * inline form body is a `$ref` to its `<operationId>_request` model like any other; each model's
 * own schema is walked once, the first time it is reached.
 *
 * Only the body schema itself is left out: the models it refers to are still written (openai's
 * `AudioResponseFormat` and `CreateImageEditRequest_model`, reached only through multipart
 * bodies, have pages), so a model counts as form-only when it is a form body's schema and nothing
 * else an operation sends or receives reaches it. [inferred from the corpus: ModelUtils' visitor
 * would count those nested `$ref`s as form-only too]
 */
import type { FieldType } from "../../ir/types.js";
import { itemsOf, type WalkableModels } from "./models.js";
import type { OperationSchema } from "./operation-schemas.js";

const FORM_TYPES: ReadonlySet<string> = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

export function formOnlyModels(operations: readonly OperationSchema[], models: WalkableModels): Set<string> {
  const form = new Set<string>();
  const other = new Set<string>();
  const walked = new Set<string>();
  /** Every model reached from the schema, which itself is at `position`, under a non-form media type. */
  const visit = (type: FieldType, position: string): void => {
    const name = models.modelAt(type, position);
    if (name === null) visitInside(type, position);
    else {
      other.add(name);
      if (walked.has(name)) return;
      walked.add(name);
      const body = models.bodyOf(name);
      if (body !== null) visitInside(body, name);
    }
  };
  const visitInside = (type: FieldType, position: string): void => {
    if (type.kind === "object") for (const field of type.fields) visit(field.type, `${position}_${field.name}`);
    else if (type.kind === "union") for (const variant of models.variants(position, type)) visit(variant.type, variant.inlineName);
    else if (type.kind === "array") visit(itemsOf(type), `${position}_inner`);
    else if (type.kind === "map") visit(type.values, `${position}_value`);
  };
  for (const { prefix, type, mediaType } of operations) {
    if (mediaType === null || !FORM_TYPES.has(mediaType.toLowerCase())) visit(type, prefix);
    else {
      const name = models.modelAt(type, prefix);
      if (name !== null) form.add(name);
    }
  }
  return new Set([...form].filter((name) => !other.has(name)));
}
