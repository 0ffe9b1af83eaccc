/**
 * The compatibility matrix: for each request field, what each profile does with it. Computed from
 * the documents, not from the overlays' wording, so the matrix cannot claim what a profile's types and
 * validators do not enforce: a field missing from the profile's request schema is not supported; one
 * marked `x-chatspec-provider-extension` is an extension; one whose schema is narrower than the
 * canonical one (fewer enum values, a lower maximum, a union form dropped) or that carries an
 * `x-chatspec-restriction` note is restricted, with how; anything else is supported. Pure.
 */
import {
  componentSchemas,
  findChatOperation,
  isJsonObject,
  rootSchemas,
  schemaNameOfRef,
  type JsonObject,
  type JsonValue,
  type OpenApiDocument,
} from "../openapi.js";

/** What a profile does with one field. `how` says how it is restricted (empty otherwise). */
export interface MatrixCell {
  readonly status: "supported" | "not supported" | "restricted" | "extension";
  readonly how: readonly string[];
}

export interface MatrixRow {
  readonly field: string;
  /** One cell per profile, in the order of `profiles`. */
  readonly cells: readonly MatrixCell[];
}

export interface CompatibilityMatrix {
  readonly profiles: readonly string[];
  /** Canonical request fields in canonical order, then fields only profiles add, by name. */
  readonly rows: readonly MatrixRow[];
}

/** The note an overlay puts on a field for a restriction its schema cannot express. */
export const RESTRICTION_NOTE = "x-chatspec-restriction";
const EXTENSION = "x-chatspec-provider-extension";

export function compatibilityMatrix(
  canonical: OpenApiDocument,
  profiles: readonly { readonly id: string; readonly document: OpenApiDocument }[],
): CompatibilityMatrix {
  const base = requestProperties(canonical);
  const extra = new Set<string>();
  for (const profile of profiles) for (const name of Object.keys(requestProperties(profile.document))) if (!(name in base)) extra.add(name);
  const fields = [...Object.keys(base), ...[...extra].sort()];
  const rows = fields.map((field) => ({
    field,
    cells: profiles.map((profile) => cellOf(canonical, base[field], profile.document, requestProperties(profile.document)[field])),
  }));
  return { profiles: profiles.map((profile) => profile.id), rows };
}

function cellOf(canonical: OpenApiDocument, before: JsonValue | undefined, document: OpenApiDocument, after: JsonValue | undefined): MatrixCell {
  if (after === undefined) return { status: "not supported", how: [] };
  const how = [...(before === undefined ? [] : narrowing(facetsOf(canonical, before), facetsOf(document, after))), ...noteOf(after)];
  if (isJsonObject(after) && after[EXTENSION] === true) return { status: "extension", how };
  return how.length > 0 ? { status: "restricted", how } : { status: "supported", how: [] };
}

function noteOf(schema: JsonValue): string[] {
  return isJsonObject(schema) && typeof schema[RESTRICTION_NOTE] === "string" ? [schema[RESTRICTION_NOTE]] : [];
}

/** The request schema's properties: the chat operation's body schema, or the first root schema. */
export function requestProperties(document: OpenApiDocument): JsonObject {
  const name = findChatOperation(document)?.requestSchema ?? rootSchemas(document)[0];
  const schema = name === undefined ? undefined : componentSchemas(document)[name];
  return isJsonObject(schema) && isJsonObject(schema.properties) ? schema.properties : {};
}

/** What a field's schema allows, as far as the matrix compares: enum values, bounds, union forms. */
interface Facets {
  /** JSON texts of the allowed values, or null when the values are not enumerated. */
  enumValues: string[] | null;
  maximum: number | null;
  minimum: number | null;
  maxItems: number | null;
  maxLength: number | null;
  /** The union's forms (branch type, `$ref` name or title), or null when it is not a union. */
  forms: string[] | null;
}

/** Walks the schema through `$ref`s and union branches, not into properties or items. */
function facetsOf(document: OpenApiDocument, schema: JsonValue): Facets {
  const facets: Facets = { enumValues: null, maximum: null, minimum: null, maxItems: null, maxLength: null, forms: null };
  const schemas = componentSchemas(document);
  const seen = new Set<string>();
  const visit = (node: JsonValue | undefined, depth: number): void => {
    if (!isJsonObject(node) || depth > 8) return;
    const ref = typeof node.$ref === "string" ? schemaNameOfRef(node.$ref) : null;
    if (ref !== null && !seen.has(ref)) {
      seen.add(ref);
      visit(schemas[ref], depth + 1);
    }
    const values = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const as JsonValue] : null;
    if (values !== null) facets.enumValues = [...(facets.enumValues ?? []), ...values.map((value) => JSON.stringify(value))];
    facets.maximum = lowest(facets.maximum, node.maximum, node.exclusiveMaximum);
    facets.minimum = highest(facets.minimum, node.minimum, node.exclusiveMinimum);
    facets.maxItems = lowest(facets.maxItems, node.maxItems);
    facets.maxLength = lowest(facets.maxLength, node.maxLength);
    for (const key of ["anyOf", "oneOf"] as const) {
      const branches = node[key];
      if (!Array.isArray(branches)) continue;
      facets.forms = [...(facets.forms ?? []), ...branches.map(formOf)];
      for (const branch of branches) visit(branch, depth + 1);
    }
  };
  visit(schema, 0);
  return facets;
}

function formOf(branch: JsonValue): string {
  if (!isJsonObject(branch)) return String(branch);
  if (typeof branch.$ref === "string") return schemaNameOfRef(branch.$ref) ?? branch.$ref;
  if (typeof branch.type === "string") return branch.type;
  return typeof branch.title === "string" ? branch.title : "schema";
}

/** How `after` is narrower than `before`, one phrase per facet. */
function narrowing(before: Facets, after: Facets): string[] {
  const how: string[] = [];
  if (after.enumValues !== null && (before.enumValues === null || after.enumValues.length < before.enumValues.length)) {
    how.push(`enum narrowed to ${after.enumValues.map(showValue).join(", ")}`);
  }
  if (after.maximum !== null && (before.maximum === null || after.maximum < before.maximum)) how.push(`max ${after.maximum}`);
  if (after.minimum !== null && (before.minimum === null || after.minimum > before.minimum)) how.push(`min ${after.minimum}`);
  if (after.maxItems !== null && (before.maxItems === null || after.maxItems < before.maxItems)) how.push(`at most ${after.maxItems} items`);
  if (after.maxLength !== null && (before.maxLength === null || after.maxLength < before.maxLength)) how.push(`at most ${after.maxLength} characters`);
  if (before.forms !== null && after.forms !== null) {
    const dropped = before.forms.filter((form) => !after.forms?.includes(form));
    if (dropped.length > 0) how.push(`${dropped.map((form) => `\`${form}\``).join(", ")} form not accepted`);
  }
  return how;
}

function showValue(json: string): string {
  return `\`${json.startsWith('"') ? (JSON.parse(json) as string) : json}\``;
}

function lowest(current: number | null, ...values: (JsonValue | undefined)[]): number | null {
  const numbers = values.filter((value): value is number => typeof value === "number");
  return numbers.length === 0 ? current : Math.min(current ?? Infinity, ...numbers);
}

function highest(current: number | null, ...values: (JsonValue | undefined)[]): number | null {
  const numbers = values.filter((value): value is number => typeof value === "number");
  return numbers.length === 0 ? current : Math.max(current ?? -Infinity, ...numbers);
}
