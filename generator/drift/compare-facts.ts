/**
 * The facts of one documented field against its spec field: type, required, nullable, default,
 * deprecation, provider-extension marker, a stated range and enum values. Each check only runs when
 * the page states the fact, in its flavor's slot or in prose (its reader's traits say what each
 * flavor can state); a fact the page does not state is never a finding, except where the flavor always
 * shows it (a deprecation marker, a default slot).
 */
import type { FlavorTraits } from "../flavors/flavor.js";
import { isProviderExtension, nullableThroughReference, type Definitions } from "../ir/lookup.js";
import type { Field, FieldType } from "../ir/types.js";
import type { JsonValue, OpenApiDocument } from "../openapi.js";
import type { DocField, DocType, SourcePos } from "./doc-model.js";
import type { DriftCode, Severity } from "./findings.js";
import { valueSpellings } from "./names.js";
import { positionIn, proseDefaults, proseEnumValues, proseRange, saysDeprecated, saysProviderExtension } from "./prose.js";
import { acceptedValues, boundsOf } from "./spec-view.js";
import { compareTypes } from "./type-compat.js";

export interface FactContext {
  readonly traits: FlavorTraits;
  readonly definitions: Definitions;
  readonly document: OpenApiDocument;
  readonly report: (at: SourcePos, code: DriftCode, severity: Severity, message: string) => void;
}

/** `label` is how messages name the field: its wire name, or its dotted path when nested (`messages[].content`). */
export function compareFacts(doc: DocField, spec: Field, label: string, ctx: FactContext): void {
  const name = `\`${label}\``;
  if (doc.type !== null && !(ctx.traits.fileClasses === true && isFileModel(doc.type.type, spec.type))) {
    let issues = compareTypes(doc.type.type, spec.type, ctx.definitions, spec.constraints);
    if (
      issues.length > 0 &&
      (doc.type.alternatives ?? []).some((alternative) => compareTypes(alternative, spec.type, ctx.definitions, spec.constraints).length === 0)
    )
      issues = [];
    for (const issue of issues) ctx.report(doc.type.at, issue.code, issue.severity, `${name} is documented as \`${doc.type.label}\`: ${issue.message}`);
  }
  const filledByDefault = ctx.traits.defaultsMakeOptional === true && spec.required && doc.required?.value === false && plainDefault(spec);
  if (doc.required !== null && doc.required.value !== spec.required && !filledByDefault) {
    ctx.report(
      doc.required.at,
      "required-mismatch",
      "error",
      `${name} is documented as ${doc.required.value ? "required" : "optional"}, but the spec makes it ${spec.required ? "required" : "optional"}`,
    );
  }
  compareNullable(doc, spec, name, ctx);
  compareDefaults(doc, spec, name, ctx);
  compareDeprecation(doc, spec, name, ctx);
  if (isProviderExtension(spec)) {
    const marked = doc.extension?.value === true || (doc.description !== null && saysProviderExtension(doc.description.text));
    if (!marked)
      ctx.report(
        doc.extension?.at ?? doc.at,
        "extension-not-marked",
        "warning",
        `${name} is a provider extension (x-chatspec-provider-extension), not part of OpenAI's API, but the doc presents it as a standard field`,
      );
  }
  compareRange(doc, spec, name, ctx);
  compareValues(doc, spec, name, ctx);
}

function compareNullable(doc: DocField, spec: Field, name: string, ctx: FactContext): void {
  const stated = doc.nullable ?? (doc.type === null || doc.type.nullable === null ? null : { value: doc.type.nullable, at: doc.type.at });
  if (stated === null || stated.value === spec.nullable) return;
  if (stated.value) {
    ctx.report(stated.at, "nullable-mismatch", "error", `${name} is documented as accepting null, but the spec does not accept null`);
  } else if (!(ctx.traits.nullInReferencedType && nullableThroughReference(spec, ctx.definitions))) {
    ctx.report(stated.at, "nullable-mismatch", "warning", `${name} accepts null in the spec, but the doc does not say so`);
  }
}

interface ReadDefault {
  readonly text: string;
  readonly value: JsonValue;
  readonly at: SourcePos;
}

function compareDefaults(doc: DocField, spec: Field, name: string, ctx: FactContext): void {
  const stated: ReadDefault[] = doc.defaults.map((item) => ({ text: bare(item.text), value: readValue(item.text), at: item.at }));
  if (doc.description !== null) {
    const description = doc.description;
    for (const item of proseDefaults(description.text))
      stated.push({ text: bare(item.text), value: readValue(item.text), at: positionIn(description, item.offset) });
  }
  // An enum's default may be written by its variant name, which a generator can derive from all the values.
  const values = acceptedValues(spec.type, ctx.definitions) ?? [];
  const distinct = stated.filter((item, index) => stated.findIndex((other) => sameStated(other, item, values)) === index);
  if (distinct.length > 1) {
    const [first, second] = distinct as [ReadDefault, ReadDefault];
    ctx.report(second.at, "default-mismatch", "error", `${name} states two defaults: \`${first.text}\` (line ${first.at.line}) and \`${second.text}\``);
  }
  const expected = spec.default;
  if (expected === null) {
    // A default only the prose states, where the spec's own description states it too, is the
    // spec contradicting itself (generators copy descriptions): worth a warning, not the doc's error.
    const specProse = new Set(spec.description === null ? [] : proseDefaults(spec.description).map((item) => bare(item.text)));
    for (const item of distinct) {
      if (specProse.has(item.text))
        ctx.report(
          item.at,
          "default-mismatch",
          "warning",
          `${name} is documented with the default \`${item.text}\` as the spec's description says, but the spec declares no default`,
        );
      else ctx.report(item.at, "default-mismatch", "error", `${name} is documented with the default \`${item.text}\`, but the spec declares no default`);
    }
    return;
  }
  if (distinct.length === 0) {
    // Some flavors that show defaults print nothing for a `null` one.
    const silentNull = expected.value === null && !ctx.traits.showsNullDefault;
    if (ctx.traits.showsDefaults && !silentNull && !doc.hidden)
      ctx.report(doc.at, "default-mismatch", "warning", `${name} has the default ${JSON.stringify(expected.value)} in the spec, which the doc does not state`);
    return;
  }
  for (const item of distinct) {
    if (!matchesDefault(item, expected.value, values))
      ctx.report(
        item.at,
        "default-mismatch",
        "error",
        `${name} is documented with the default \`${item.text}\`, but the spec's default is ${JSON.stringify(expected.value)}`,
      );
  }
}

/** The value as written, without its code span and a sentence's full stop. */
function bare(text: string): string {
  return text
    .trim()
    .replace(/^`+\s?|\s?`+$/g, "")
    .replace(/\.$/, "");
}

/** `0`, `"explicit"`, `false`, `null` parse as JSON; anything else (`medium`, `Auto`) is a string. */
function readValue(text: string): JsonValue {
  const trimmed = bare(text);
  try {
    return JSON.parse(trimmed) as JsonValue;
  } catch {
    return trimmed;
  }
}

function matchesDefault(item: ReadDefault, expected: JsonValue, values: readonly (string | number | boolean)[]): boolean {
  if (sameValue(item.value, expected)) return true;
  // A string default is written bare, so `false` or `10` on the page may state the string "false" or
  // "10" (a spec that gives a boolean field `default: "false"`, as real specs do).
  if (typeof expected === "string" && item.text === expected) return true;
  // An enum default may be written as a generator's variant name (`auto` → `Auto`, `30` → `Variant30`).
  return typeof item.value === "string" && spelledAs(expected, item.value, values);
}

/** Two statements of one default: equal values, or a value and its variant name (`implicit`, `Implicit`). */
function sameStated(a: ReadDefault, b: ReadDefault, values: readonly (string | number | boolean)[]): boolean {
  if (sameValue(a.value, b.value)) return true;
  return (typeof b.value === "string" && spelledAs(a.value, b.value, values)) || (typeof a.value === "string" && spelledAs(b.value, a.value, values));
}

/** Whether `written` is how a generator writes the value `value` in a default slot: as a string, or (a value of the enum) by its variant name. */
function spelledAs(value: JsonValue, written: string, values: readonly (string | number | boolean)[]): boolean {
  if (typeof value === "string") return valueSpellings(value, values.includes(value) ? values : [value]).includes(written);
  return (typeof value === "number" || typeof value === "boolean") && values.includes(value) && valueSpellings(value, values).includes(written);
}

function sameValue(a: JsonValue, b: JsonValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareDeprecation(doc: DocField, spec: Field, name: string, ctx: FactContext): void {
  const prose = doc.description !== null && saysDeprecated(doc.description.text);
  if (spec.deprecated) {
    if (doc.deprecated !== null && ctx.traits.deprecationMarker) {
      if (!doc.deprecated.value)
        ctx.report(doc.deprecated.at, "deprecated-not-marked", "warning", `${name} is deprecated in the spec, but the doc does not mark it deprecated`);
    } else if (!prose && !(ctx.traits.dropsModelDescriptions && doc.description === null && isModelValued(doc))) {
      ctx.report(
        doc.at,
        "deprecated-not-marked",
        "warning",
        `${name} is deprecated in the spec; this flavor has no deprecation marker and the description does not say it is deprecated`,
      );
    }
  } else if (doc.deprecated?.value === true && ctx.traits.deprecationMarker) {
    ctx.report(doc.deprecated.at, "deprecated-not-in-spec", "warning", `${name} is marked deprecated in the doc, but not in the spec`);
  }
}

/** Shown as a link to a model page (or an array or map of one). */
function isModelValued(doc: DocField): boolean {
  const type = doc.type?.type;
  if (type === undefined) return false;
  const inner = type.kind === "array" ? type.items : type.kind === "map" ? type.values : type;
  return inner !== null && inner.kind === "model";
}

function compareRange(doc: DocField, spec: Field, name: string, ctx: FactContext): void {
  const description = doc.description;
  const prose = description === null ? null : proseRange(description.text);
  const stated =
    doc.range ??
    (prose === null || description === null
      ? null
      : { min: prose.min, max: prose.max, exclusiveMin: false, exclusiveMax: false, text: prose.text, at: positionIn(description, prose.offset) });
  if (stated === null) return;
  const bounds = boundsOf(spec, ctx.definitions, ctx.document);
  if (bounds === null) return;
  const same =
    stated.min === bounds.min &&
    stated.max === bounds.max &&
    (doc.range === null || (stated.exclusiveMin === bounds.exclusiveMin && stated.exclusiveMax === bounds.exclusiveMax));
  if (same) return;
  const specText = bounds.min === null && bounds.max === null ? "states no bounds" : `has ${bounds.min ?? "no minimum"} to ${bounds.max ?? "no maximum"}`;
  // As for defaults: a range only the prose states, where the spec's own description states the
  // same range, is the spec contradicting itself (generators copy descriptions): a warning.
  const specProse = doc.range === null && spec.description !== null ? proseRange(spec.description) : null;
  const fromSpec = specProse !== null && specProse.min === stated.min && specProse.max === stated.max;
  ctx.report(
    stated.at,
    "range-mismatch",
    fromSpec ? "warning" : "error",
    `${name} is documented as "${stated.text}"${fromSpec ? " as the spec's description says" : ""}, but the spec ${specText}${bounds.of === "value" ? "" : ` for its ${bounds.of}`}`,
  );
}

function compareValues(doc: DocField, spec: Field, name: string, ctx: FactContext): void {
  const accepted = acceptedValues(spec.type, ctx.definitions);
  if (accepted === null) return;
  const description = doc.description;
  const spelled = accepted.map(String);
  const prose = description === null ? null : proseEnumValues(description.text, spelled);
  const stated =
    doc.values ??
    (prose === null || description === null ? null : { values: prose.values, at: positionIn(description, prose.offset), exhaustive: prose.exhaustive });
  if (stated === null) return;
  const extra = stated.values.filter((value) => !spelled.includes(value));
  const missing = spelled.filter((value) => !stated.values.includes(value));
  if (extra.length > 0)
    ctx.report(stated.at, "enum-mismatch", "error", `${name} is documented with ${list(extra)}, which the spec does not accept (spec: ${list(spelled)})`);
  if (missing.length > 0 && stated.exhaustive)
    ctx.report(stated.at, "enum-mismatch", "warning", `${name} is documented with ${list(stated.values)}, leaving out ${list(missing)}`);
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(", ");
}

/** A model link documenting a `format: binary` string (or a list of them): the flavor's file class. */
function isFileModel(doc: DocType, spec: FieldType): boolean {
  if (doc.kind === "array" && spec.kind === "array") return doc.items !== null && isFileModel(doc.items, spec.items);
  return doc.kind === "model" && spec.kind === "string" && spec.format === "binary";
}

/** A default that is a plain value (not null, not a list or object). */
function plainDefault(spec: Field): boolean {
  const value = spec.default?.value;
  return value !== undefined && value !== null && typeof value !== "object";
}
