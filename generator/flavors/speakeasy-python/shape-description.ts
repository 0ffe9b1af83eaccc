/**
 * The description on an inline shape's page. Inferred from the corpus: the page shows what the
 * shape's own schema states. For a property that is the shape itself that is the property's
 * description, but not the one on a nullable `anyOf` around it (agentset Hosting's `rerankConfig`
 * and `llmConfig` pages have none), and an anonymous union member shows its member schema's
 * (log10py `ChatCompletionToolChoiceOption1`, r9s `ResponseStreamEvent2`).
 */
import type { FieldType } from "../../ir/types.js";

export function ownDescription(type: FieldType): string | null {
  return (type.kind === "object" || type.kind === "enum" || type.kind === "union") && type.description !== undefined ? type.description : null;
}
