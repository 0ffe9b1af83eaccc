/**
 * One doc page against the spec: detect (or take) the flavor, read the page with that flavor's
 * grammar, decide which schema each part documents, and compare. Pure: the caller reads the files
 * and loads the spec. Problems with the input itself (no flavor detected, an unknown `--schema`)
 * are ChatspecErrors, which the CLI turns into exit code 2.
 */
import { ChatspecError } from "../errors.js";
import { definitionsOf } from "../ir/lookup.js";
import type { Model } from "../ir/types.js";
import type { OpenApiDocument } from "../openapi.js";
import { compareFields, type FieldContext } from "./compare-fields.js";
import { detectFlavor } from "./detect.js";
import type { DocPage, SourcePos, StatedValues } from "./doc-model.js";
import type { FlavorReader, TitledShape } from "../flavors/flavor.js";
import { FINDING_CODES, sortFindings, type DriftCode, type DriftFinding, type Severity } from "./findings.js";
import { flavorIds } from "../flavors/catalog.js";
import { readerOf } from "./flavors.js";
import { foldName, pageBaseName, shapeByFields, shapeByName } from "./page-target.js";
import { targetOf, titledShapes, type Target } from "./targets.js";

export interface DriftSpec {
  readonly model: Model;
  readonly document: OpenApiDocument;
}

export interface AuditOptions {
  /** The flavor to read the page as; detected when absent. */
  readonly flavor?: string;
  /** The schema to compare with, overriding the page's title. */
  readonly schema?: string;
}

export interface PageAudit {
  readonly file: string;
  readonly flavor: string;
  readonly detected: boolean;
  /** A dialect of the flavor (from the reader), or null for its main one. */
  readonly dialect: string | null;
  /** The schemas compared, in page order. */
  readonly schemas: readonly string[];
  /** How the schema was chosen when the title did not name it. */
  readonly note: string | null;
  readonly findings: readonly DriftFinding[];
}

export function auditPage(file: string, text: string, spec: DriftSpec, options: AuditOptions = {}): PageAudit {
  const detected = options.flavor === undefined;
  const flavor = options.flavor ?? detectFlavor(text).flavor;
  if (flavor === null)
    throw new ChatspecError(`cannot tell which doc flavor this page is written in; pass --flavor (${flavorIds.join(", ")})`, {
      kind: "page",
      location: { file },
    });
  const reader = readerOf(flavor);
  const page = reader.parse(text);
  const findings: DriftFinding[] = [];
  const report = (at: SourcePos, code: DriftCode, severity: Severity, field: string, pointer: string, message: string): void => {
    findings.push({ code: `drift/${code}`, severity, message, file, line: at.line, column: at.column, pointer, field });
  };
  const shapes = titledShapes(reader, spec.model);
  const override = options.schema === undefined ? null : (shapes.get(options.schema) ?? null);
  if (options.schema !== undefined && override === null)
    throw new ChatspecError(`the spec has no schema named "${options.schema}"`, { kind: "option", location: { file } });
  const titled = page.title === null ? null : (shapes.get(page.title.value) ?? null);
  let note: string | null = null;
  const schemas: string[] = [];

  /** The page's own schema: `--schema`, its title, its file name, then the names of its fields; null when none fits. */
  const own = (): Target | null => {
    if (override !== null) return targetOf(override);
    if (reader.outsideSchemas?.(file) === true) return null;
    if (titled !== null) return targetOf(bestFit(titled, page, reader));
    const byName = shapeByName([...(page.title === null ? [] : [page.title.value]), pageBaseName(file)], shapes);
    if (byName !== null) {
      note = `mapped to ${byName.name} by its ${page.title !== null && foldName(page.title.value) === foldName(byName.name) ? "title" : "file name"}`;
      return targetOf(byName);
    }
    const names = page.sections
      .filter((section) => section.title === null)
      .flatMap((section) => section.fields.map((field) => ({ name: field.name, naming: field.naming })));
    const byFields = page.kind === "fields" ? shapeByFields(names, shapes, reader) : null;
    if (byFields !== null) {
      note = `mapped to ${byFields.shape.name} by its ${byFields.how}`;
      return targetOf(byFields.shape);
    }
    return null;
  };

  const ctx: FieldContext = {
    reader,
    traits: reader.traits(page),
    definitions: definitionsOf(spec.model),
    document: spec.document,
    report: () => undefined,
    reportAt: report,
  };

  const needsOwn = page.kind === "values" || page.defects.length > 0 || page.sections.some((section) => section.title === null);
  const ownTarget = needsOwn ? own() : null;
  if (needsOwn && ownTarget === null && page.kind !== "other") {
    const named = page.title === null ? `the file name "${pageBaseName(file)}"` : `"${page.title.value}"`;
    report(
      page.title?.at ?? { line: 1, column: 1 },
      "unmapped-page",
      FINDING_CODES["unmapped-page"].severity,
      page.title?.value ?? pageBaseName(file),
      "",
      `the page documents no schema of the spec: neither ${named} nor its field names match one (pass --schema to name it)`,
    );
  }
  for (const defect of page.defects)
    report(
      defect.at,
      "markup-defect",
      FINDING_CODES["markup-defect"].severity,
      defect.field,
      ownTarget !== null && ownTarget.kind !== "none" ? ownTarget.pointer : "",
      defect.message,
    );

  if (page.kind === "fields") {
    const mapped = page.title === null || reader.sectionShapes === undefined ? new Map() : reader.sectionShapes(spec.model, page.title.value);
    for (const section of page.sections) {
      const target =
        section.title === null
          ? ownTarget
          : (() => {
              const named = mapped.get(section.title) ?? shapes.get(section.title) ?? null;
              return named === null ? null : targetOf(named);
            })();
      if (target === null || target.kind !== "fields") continue;
      schemas.push(target.name);
      compareFields(
        section.fields,
        target.fields,
        { prefix: "", pointer: target.pointer, schema: target.name, at: section.at, expanded: new Set(target.definition === null ? [] : [target.definition]) },
        ctx,
      );
    }
  } else if (page.kind === "values" && page.values !== null && ownTarget !== null && ownTarget.kind === "values") {
    schemas.push(ownTarget.name);
    compareValues(page.values, ownTarget, report);
  }
  return { file, flavor, detected, dialect: page.dialect, schemas, note, findings: sortFindings(findings) };
}

function compareValues(
  stated: StatedValues,
  target: Extract<Target, { kind: "values" }>,
  report: (at: SourcePos, code: DriftCode, severity: Severity, field: string, pointer: string, message: string) => void,
): void {
  const accepted = target.values.map(String);
  const extra = stated.values.filter((value) => !accepted.includes(value));
  const missing = accepted.filter((value) => !stated.values.includes(value));
  const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(", ");
  if (extra.length > 0)
    report(
      stated.at,
      "enum-mismatch",
      "error",
      target.name,
      target.pointer,
      `${target.name} is documented with ${list(extra)}, which the spec does not accept (spec: ${list(accepted)})`,
    );
  if (missing.length > 0) report(stated.at, "enum-mismatch", "warning", target.name, target.pointer, `${target.name} is documented without ${list(missing)}`);
}

/**
 * Of a title's shapes (its own, then its alternatives), the first the page fits best: the most of
 * its fields (or enum values) the page states, then the fewest it leaves out. Two namings may give
 * one title to shapes of different sizes (an empty class and one with fields, two enums), and the
 * page says which it documents.
 */
function bestFit(titled: TitledShape, page: DocPage, reader: FlavorReader): TitledShape {
  const candidates = [titled, ...(titled.alternatives ?? [])];
  if (candidates.length === 1) return titled;
  const spelled = new Set(page.sections.filter((section) => section.title === null).flatMap((section) => section.fields.map((field) => field.name)));
  const stated = new Set(page.values?.values ?? []);
  const score = (shape: TitledShape): readonly [number, number] => {
    const [names, shown] =
      shape.type.kind === "object"
        ? [shape.type.fields.map((field) => reader.memberName(field.name)), spelled]
        : shape.type.kind === "enum"
          ? [shape.type.values.map(String), stated]
          : [[], spelled];
    const found = names.filter((name) => shown.has(name)).length;
    return [found, -(names.length - found)];
  };
  return candidates.reduce((best, candidate) => {
    const [found, left] = score(candidate);
    const [bestFound, bestLeft] = score(best);
    return found > bestFound || (found === bestFound && left > bestLeft) ? candidate : best;
  });
}
