/**
 * Whether a documented type (in JSON Schema terms, see `doc-model.ts`) fits the spec's, and if
 * not, how: another type, a narrower or wider one (`i32` against an int64, `float` against an
 * integer), a map's or array's element type, one branch of a union (`List[str]` against
 * string-or-array), or enum literals the spec does not list.
 *
 * A link to a documented model fits any named shape (object, enum, union, reference): generators
 * name inline shapes their own way (`models.Message`, `CreateChatCompletionRequestModel`), so the
 * name is not compared. `Any` fits everything: it is vague, not wrong.
 */
import type { DocType } from "./doc-model.js";
import type { Constraints, FieldType } from "../ir/types.js";
import { dereference, type Definitions } from "../ir/lookup.js";
import { alternatives, describeSpecType } from "./spec-view.js";

export interface TypeIssue {
  readonly code: "type-mismatch" | "enum-mismatch" | "unrecognized-type";
  readonly severity: "error" | "warning";
  readonly message: string;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Compares a documented type with the spec's; `constraints` are the field's own (for integer widths). */
export function compareTypes(doc: DocType, spec: FieldType, definitions: Definitions, constraints: Constraints | null): TypeIssue[] {
  const unrecognized = findUnrecognized(doc);
  if (unrecognized.length > 0) return unrecognized;
  return compare(withoutNull(doc), spec, definitions, constraints, "");
}

function compare(doc: DocType | null, spec: FieldType, definitions: Definitions, constraints: Constraints | null, where: string): TypeIssue[] {
  if (doc === null || doc.kind === "any") return [];
  if (doc.kind === "model")
    return isNamedShape(spec, definitions)
      ? []
      : [mismatch(where, `documented as the model \`${doc.name}\`, but the spec's type is ${describeSpecType(spec, definitions)}`)];
  const docLeaves = doc.kind === "union" ? doc.variants.filter((variant) => variant.kind !== "null") : [doc];
  const specLeaves = alternatives(spec, definitions);
  if (specLeaves.some((leaf) => leaf.kind === "any")) return [];
  if (docLeaves.length === 1 && specLeaves.length === 1) return leaf(docLeaves[0] as DocType, specLeaves[0] as FieldType, definitions, constraints, where);

  const issues: TypeIssue[] = [];
  // Literals are checked together against the spec's enums: one finding listing the odd values.
  const literals = docLeaves.filter((variant): variant is Extract<DocType, { kind: "literal" }> => variant.kind === "literal");
  const accepted = specLeaves.flatMap((alternative) =>
    alternative.kind === "enum"
      ? alternative.values
      : alternative.kind === "const" && typeof alternative.value !== "object"
        ? [alternative.value as string | number | boolean]
        : [],
  );
  if (literals.length > 0 && accepted.length > 0)
    issues.push(
      ...literalIssues(
        literals.map((literal) => literal.value),
        accepted,
        where,
      ),
    );
  for (const variant of docLeaves) {
    if (variant.kind === "literal" && accepted.length > 0) continue;
    if (!specLeaves.some((alternative) => leaf(variant, alternative, definitions, constraints, where).length === 0)) {
      issues.push(mismatch(where, `documents ${describeDocType(variant)}, which the spec does not accept (spec: ${describeSpecType(spec, definitions)})`));
    }
  }
  for (const alternative of specLeaves) {
    const covered = docLeaves.some(
      (variant) =>
        leaf(variant, alternative, definitions, constraints, where).length === 0 ||
        (variant.kind === "literal" && (alternative.kind === "enum" || alternative.kind === "const")),
    );
    if (!covered)
      issues.push(
        mismatch(where, `documents only ${docLeaves.map(describeDocType).join(" or ")}; the spec also accepts ${describeSpecType(alternative, definitions)}`),
      );
  }
  return issues;
}

/** One documented alternative against one spec alternative (neither a union nor a reference). */
function leaf(doc: DocType, spec: FieldType, definitions: Definitions, constraints: Constraints | null, where: string): TypeIssue[] {
  if (doc.kind === "any" || spec.kind === "any") return [];
  const base = spec.kind === "enum" ? spec.base : spec.kind === "const" ? jsonKind(spec.value) : spec.kind;
  const other = (): TypeIssue[] => [mismatch(where, `documented as ${describeDocType(doc)}, but the spec's type is ${describeSpecType(spec, definitions)}`)];
  switch (doc.kind) {
    case "model":
      return isNamedShape(spec, definitions) ? [] : other();
    case "literal":
      if (spec.kind === "enum" || spec.kind === "const")
        return literalIssues([doc.value], spec.kind === "enum" ? spec.values : [spec.value as string | number | boolean], where);
      return jsonKind(doc.value) === base || (base === "number" && typeof doc.value === "number")
        ? [mismatch(where, `documents only the value ${JSON.stringify(doc.value)}; the spec accepts any ${base}`)]
        : other();
    case "string":
    case "boolean":
      return base === doc.kind ? [] : other();
    case "integer": {
      if (base === "number") return [mismatch(where, `documented as ${describeDocType(doc)}, narrower than the spec's number (fractions are allowed)`)];
      if (base !== "integer") return other();
      const needs64 = spec.kind === "integer" && (spec.format === "int64" || (doc.widthByFormat !== true && exceedsInt32(constraints)));
      if (doc.bits === 32 && needs64) {
        const range =
          constraints !== null && constraints.minimum !== null && constraints.maximum !== null ? `, from ${constraints.minimum} to ${constraints.maximum}` : "";
        return [
          mismatch(
            where,
            `documented as a 32-bit integer, narrower than the spec's ${spec.kind === "integer" && spec.format !== null ? spec.format : "64-bit"} integer${range}`,
          ),
        ];
      }
      return [];
    }
    case "number":
      if (base === "number") return [];
      if (base === "integer") return doc.integers ? [] : [mismatch(where, `documented as ${describeDocType(doc)}, wider than the spec's integer`)];
      return other();
    case "array":
      if (spec.kind !== "array") return other();
      return compare(doc.items === null ? null : withoutNull(doc.items), spec.items, definitions, null, join(where, "array items"));
    case "map":
      if (spec.kind === "map") return compare(doc.values === null ? null : withoutNull(doc.values), spec.values, definitions, null, join(where, "map values"));
      if (spec.kind === "object" && (spec.freeForm || spec.fields.length === 0)) return [];
      return other();
    case "object":
      return spec.kind === "object" || spec.kind === "map" || (spec.kind === "const" && jsonKind(spec.value) === "object") ? [] : other();
    case "null":
      return [];
    case "union":
      return compare(doc, spec, definitions, constraints, where);
    case "unrecognized":
      return [];
  }
}

function literalIssues(documented: readonly (string | number | boolean)[], accepted: readonly (string | number | boolean)[], where: string): TypeIssue[] {
  const extra = documented.filter((value) => !accepted.includes(value));
  const missing = accepted.filter((value) => !documented.includes(value));
  const issues: TypeIssue[] = [];
  const list = (values: readonly (string | number | boolean)[]) => values.map((value) => JSON.stringify(value)).join(", ");
  if (extra.length > 0)
    issues.push({
      code: "enum-mismatch",
      severity: "error",
      message: `${prefix(where)}documents ${list(extra)}, which the spec does not accept (spec: ${list(accepted)})`,
    });
  if (missing.length > 0)
    issues.push({ code: "enum-mismatch", severity: "warning", message: `${prefix(where)}leaves out ${list(missing)} (spec: ${list(accepted)})` });
  return issues;
}

/** A documented model link fits a shape that gets its own page: an object, enum, union or a reference to anything. */
function isNamedShape(spec: FieldType, definitions: Definitions): boolean {
  if (spec.kind === "ref") return true;
  const target = dereference(spec, definitions);
  return target.kind === "object" || target.kind === "enum" || target.kind === "union" || target.kind === "const" || target.kind === "any";
}

function exceedsInt32(constraints: Constraints | null): boolean {
  if (constraints === null) return false;
  const low = constraints.minimum ?? constraints.exclusiveMinimum;
  const high = constraints.maximum ?? constraints.exclusiveMaximum;
  return (low !== null && low < INT32_MIN) || (high !== null && high > INT32_MAX);
}

function findUnrecognized(doc: DocType): TypeIssue[] {
  switch (doc.kind) {
    case "unrecognized":
      return [
        {
          code: "unrecognized-type",
          severity: "error",
          message: `\`${doc.text}\` is not a type this flavor writes${doc.suggestion === null ? "" : `; did you mean \`${doc.suggestion}\`?`}`,
        },
      ];
    case "array":
      return doc.items === null ? [] : findUnrecognized(doc.items);
    case "map":
      return doc.values === null ? [] : findUnrecognized(doc.values);
    case "union":
      return doc.variants.flatMap(findUnrecognized);
    default:
      return [];
  }
}

export function withoutNull(doc: DocType): DocType {
  if (doc.kind !== "union") return doc;
  const variants = doc.variants.filter((variant) => variant.kind !== "null");
  return variants.length === 1 ? (variants[0] as DocType) : variants.length === 0 ? { kind: "null" } : { kind: "union", variants };
}

export function describeDocType(doc: DocType): string {
  switch (doc.kind) {
    case "integer":
      return doc.bits === null ? "integer" : `${doc.bits}-bit integer`;
    case "number":
      return doc.integers ? "number" : doc.bits === null ? "float" : `${doc.bits}-bit float`;
    case "array":
      return doc.items === null ? "array" : `array of ${describeDocType(doc.items)}`;
    case "map":
      return doc.values === null ? "map" : `map of ${describeDocType(doc.values)}`;
    case "model":
      return `model ${doc.name}`;
    case "literal":
      return JSON.stringify(doc.value);
    case "union":
      return doc.variants.map(describeDocType).join(" or ");
    case "unrecognized":
      return doc.text;
    default:
      return doc.kind;
  }
}

function mismatch(where: string, message: string): TypeIssue {
  return { code: "type-mismatch", severity: "error", message: `${prefix(where)}${message}` };
}

function prefix(where: string): string {
  return where === "" ? "" : `${where}: `;
}

function join(where: string, next: string): string {
  return where === "" ? next : `${where}, ${next}`;
}

function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
