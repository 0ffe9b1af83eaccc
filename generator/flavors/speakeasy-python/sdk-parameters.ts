/**
 * The operation parameters a Speakeasy SDK has, as its request classes hold them:
 *
 * - a parameter marked `x-speakeasy-ignore: true` is not in the SDK (egain's `x-ext-integration-id`
 *   headers are in no request class);
 * - a header parameter named `Accept`, `Content-Type` or `Authorization` is ignored, as OpenAPI
 *   says it SHALL be (the SDK sets those headers itself; egain's `StartGHSearchRequest` has no
 *   `content_type`), whatever its case, as header names have none;
 * - `x-speakeasy-name-override` on the parameter object renames its field (egain's
 *   `$filter[userProfileID]` with the override `filterUserProfileID` is `filter_user_profile_id`);
 * - a `components/parameters` entry is one parameter wherever it is used: its schema is one
 *   shape, so an inline enum in it is one class (egain's `acceptLanguage` is `AcceptLanguage` in
 *   every request class), where a parameter written in place has its own in each operation.
 *
 * The IR keeps every parameter as the spec writes it, for flavors of tools that read none of
 * these rules; this is where Speakeasy's apply, before its classes are built.
 */
import { extensionValue } from "../../ir/lookup.js";
import type { FieldType, Model, Operation, Parameter } from "../../ir/types.js";

const IGNORED_HEADERS: ReadonlySet<string> = new Set(["accept", "content-type", "authorization"]);

export function withSdkParameters(model: Model): Model {
  if (model.operations === undefined) return model;
  const shapes = new Map<string, FieldType>();
  const shared = (parameter: Parameter): Parameter => {
    if (parameter.component === null) return parameter;
    const type = shapes.get(parameter.component) ?? parameter.field.type;
    shapes.set(parameter.component, type);
    return { ...parameter, field: { ...parameter.field, type } };
  };
  const operations = model.operations.map((operation): Operation => ({ ...operation, parameters: sdkParameters(operation.parameters).map(shared) }));
  return { ...model, operations, ...(model.globalParameters === undefined ? {} : { globalParameters: sdkParameters(model.globalParameters) }) };
}

function sdkParameters(parameters: readonly Parameter[]): Parameter[] {
  return parameters
    .filter((parameter) => !ignored(parameter))
    .map(renamed)
    .map(schemaDescribed);
}

/**
 * A parameter's inline enum is a class whose page shows its schema's description, not the
 * parameter's, which its field in the request class shows (egain GetArticlePersonalization's
 * `workflowMilestone`: "workflow milestone of the Article" on the enum's page, "Workflow milestone
 * of the Article" in the request class), as a `components/parameters` entry's enum does. A schema
 * without a description leaves the parameter's (margen, honeyhive).
 */
function schemaDescribed(parameter: Parameter): Parameter {
  const type = parameter.field.type;
  const inner = type.kind === "array" ? type.items : type;
  if (inner.kind !== "enum" || parameter.schemaDescription === null) return parameter;
  const described = { ...inner, description: parameter.schemaDescription };
  return { ...parameter, field: { ...parameter.field, type: type.kind === "array" ? { ...type, items: described } : described } };
}

function ignored(parameter: Parameter): boolean {
  if (extensionValue(parameter.extensions, "x-speakeasy-ignore") === true) return true;
  return parameter.in === "header" && IGNORED_HEADERS.has(parameter.field.name.toLowerCase());
}

function renamed(parameter: Parameter): Parameter {
  const override = extensionValue(parameter.extensions, "x-speakeasy-name-override");
  return typeof override === "string" && override !== "" ? { ...parameter, field: { ...parameter.field, name: override } } : parameter;
}
