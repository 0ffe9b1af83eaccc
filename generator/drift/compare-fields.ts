/**
 * A list of documented fields against a schema's fields: which doc name is which spec field
 * (`names.ts`), what is documented but unknown, ambiguous or misspelt, what the spec has that the
 * page leaves out, and then each matched pair's facts (`compare-facts.ts`). Nested documentation is
 * compared the same way one level down: members written as paths (`json_schema.strict`) against the
 * inline object they sit in, and nested blocks under a field against the object their title names
 * in the page's flavor (or, for a title that names none, the object whose fields fit the block best).
 *
 * Required members whose names were lost (seed 004) are placed by the alphabetical order of the
 * page's member names: the unnamed member between `max` and `metadata` can only be a required field
 * that sorts between them, `messages`.
 */
import type { FlavorReader, NestedBlockTarget } from "../flavors/flavor.js";
import { holderPointer, isProviderExtension } from "../ir/lookup.js";
import type { Field, FieldType } from "../ir/types.js";
import type { DocBlock, DocField, SourcePos } from "./doc-model.js";
import { compareFacts, type FactContext } from "./compare-facts.js";
import type { DriftCode, Severity } from "./findings.js";
import { matchName } from "./names.js";

export interface FieldScope {
  /** Dotted path of the fields' parent (`messages[].`), "" at the top. */
  readonly prefix: string;
  /** Pointer of the schema holding the fields; unknown fields point at its `properties`. */
  readonly pointer: string;
  /** The schema's name, for messages. */
  readonly schema: string;
  /** Where the group starts in the doc: missing fields are reported here. */
  readonly at: SourcePos;
  /** References already expanded on the way here (the cycle guard of nested blocks). */
  readonly expanded: ReadonlySet<string>;
}

export interface FieldContext extends FactContext {
  /** The page's flavor: how it spells member names and titles nested blocks. */
  readonly reader: FlavorReader;
  readonly reportAt: (at: SourcePos, code: DriftCode, severity: Severity, field: string, pointer: string, message: string) => void;
}

interface Pairing {
  readonly doc: DocField;
  readonly spec: Field;
}

export function compareFields(docFields: readonly DocField[], specFields: readonly Field[], scope: FieldScope, ctx: FieldContext): void {
  const top = docFields.filter((field) => field.path.length === 0);
  const pairs: Pairing[] = [];
  const claimed = new Set<Field>();
  const hiddenMatches = new Map<Field, DocField>();
  const unknownPointer = `${scope.pointer}/properties`;

  const named = top.filter((field) => field.naming !== "unnamed");
  for (const doc of named) {
    const match = matchName(doc.name, doc.naming === "truncated" ? "truncated" : "written", specFields, ctx.reader);
    if (doc.hidden) {
      if (match.kind === "exact" || match.kind === "near") hiddenMatches.set(match.field, doc);
      continue;
    }
    switch (match.kind) {
      case "exact":
        pairs.push({ doc, spec: match.field });
        claimed.add(match.field);
        break;
      case "near":
        ctx.reportAt(
          doc.at,
          "unknown-field",
          "error",
          `${scope.prefix}${doc.name}`,
          unknownPointer,
          `\`${doc.name}\` is not a field of ${scope.schema}; did you mean \`${match.field.name}\`?`,
        );
        pairs.push({ doc, spec: match.field });
        claimed.add(match.field);
        break;
      case "ambiguous": {
        const names = match.fields
          .map((field) => {
            const member = ctx.reader.memberName(field.name);
            return member === field.name ? `\`${field.name}\`` : `\`${member}\` (\`${field.name}\`)`;
          })
          .join(", ");
        ctx.reportAt(
          doc.at,
          "ambiguous-field",
          "warning",
          `${scope.prefix}${doc.name}`,
          unknownPointer,
          `\`${doc.name}\` is cut short and matches ${match.fields.length} fields of ${scope.schema}: ${names}; its facts are not compared`,
        );
        for (const field of match.fields) claimed.add(field);
        break;
      }
      case "unknown":
        ctx.reportAt(doc.at, "unknown-field", "error", `${scope.prefix}${doc.name}`, unknownPointer, `\`${doc.name}\` is not a field of ${scope.schema}`);
        break;
    }
  }

  // Unnamed (required) members, placed between their named neighbours in alphabetical order.
  top.forEach((doc, index) => {
    if (doc.naming !== "unnamed" || doc.hidden) return;
    const before = [...top.slice(0, index)].reverse().find((field) => field.naming !== "unnamed")?.name ?? "";
    const after = top.slice(index + 1).find((field) => field.naming !== "unnamed")?.name ?? null;
    const candidates = specFields.filter((field) => {
      const name = ctx.reader.memberName(field.name);
      return (
        field.required &&
        !claimed.has(field) &&
        name.localeCompare(before, "en") > 0 &&
        (after === null || name.localeCompare(after, "en") < 0 || name.startsWith(after))
      );
    });
    const only = candidates[0];
    if (candidates.length === 1 && only !== undefined) {
      pairs.push({ doc, spec: only });
      claimed.add(only);
    } else {
      const what =
        candidates.length === 0 ? "no required field of the spec sorts there" : `it could be ${candidates.map((field) => `\`${field.name}\``).join(" or ")}`;
      ctx.reportAt(
        doc.at,
        candidates.length === 0 ? "unknown-field" : "ambiguous-field",
        candidates.length === 0 ? "error" : "warning",
        `${scope.prefix}(unnamed)`,
        unknownPointer,
        `a required member lost its name here (between \`${before}\` and \`${after ?? "the end"}\`); ${what}`,
      );
      for (const field of candidates) claimed.add(field);
    }
  });

  for (const spec of specFields) {
    if (claimed.has(spec)) continue;
    const hidden = hiddenMatches.get(spec);
    const soft = spec.deprecated || isProviderExtension(spec);
    const why = spec.deprecated ? " (deprecated)" : isProviderExtension(spec) ? " (a provider extension)" : "";
    const label = `\`${scope.prefix}${spec.name}\``;
    const message =
      hidden === undefined
        ? `${label}${why} is in the spec but not documented`
        : `${label}${why} is in the spec but documented only inside an HTML comment, which does not render`;
    ctx.reportAt(hidden?.at ?? scope.at, "missing-field", soft ? "warning" : "error", `${scope.prefix}${spec.name}`, spec.pointer, message);
  }

  for (const { doc, spec } of pairs) {
    compareFacts(doc, spec, `${scope.prefix}${spec.name}`, {
      ...ctx,
      report: (at, code, severity, message) => ctx.reportAt(at, code, severity, `${scope.prefix}${spec.name}`, spec.pointer, message),
    });
    compareBlocks(doc.blocks, spec, scope, ctx);
  }

  compareNested(docFields, pairs, specFields, scope, ctx);
}

/** Members written as paths, grouped by their first segment and compared with that field's inline object. */
function compareNested(docFields: readonly DocField[], pairs: readonly Pairing[], specFields: readonly Field[], scope: FieldScope, ctx: FieldContext): void {
  const groups = new Map<string, DocField[]>();
  for (const field of docFields) {
    const head = field.path[0];
    if (head === undefined) continue;
    groups.set(head, [...(groups.get(head) ?? []), { ...field, path: field.path.slice(1) }]);
  }
  for (const [head, members] of groups) {
    const parent =
      pairs.find((pair) => pair.doc.name === head)?.spec ??
      (() => {
        const match = matchName(head, "written", specFields, ctx.reader);
        return match.kind === "exact" ? match.field : undefined;
      })();
    if (parent === undefined) continue;
    const inline = inlineObject(parent.type);
    if (inline === null) continue;
    const first = members[0];
    compareFields(
      members,
      inline.fields,
      {
        ...scope,
        prefix: `${scope.prefix}${parent.name}${inline.array ? "[]" : ""}.`,
        pointer: parent.pointer,
        schema: `\`${scope.prefix}${parent.name}\``,
        at: first?.at ?? scope.at,
      },
      ctx,
    );
  }
}

/** The fields of an inline object (or of an array of inline objects); references are not followed. */
function inlineObject(type: FieldType): { fields: readonly Field[]; array: boolean } | null {
  if (type.kind === "object" && type.fields.length > 0) return { fields: type.fields, array: false };
  if (type.kind === "array" && type.items.kind === "object" && type.items.fields.length > 0) return { fields: type.items.fields, array: true };
  return null;
}

/** Nested blocks under a field, each against the object it documents. */
function compareBlocks(blocks: readonly DocBlock[], spec: Field, scope: FieldScope, ctx: FieldContext): void {
  if (blocks.length === 0 || ctx.reader.nestedBlocks === undefined) return;
  const targets = ctx.reader.nestedBlocks(spec.type, ctx.definitions, scope.expanded);
  if (targets.length === 0) return;
  const holder = spec.type.kind === "array" || (spec.type.kind === "ref" && ctx.definitions.get(spec.type.name)?.type.kind === "array") ? "[]" : "";
  for (const block of blocks) {
    const target = targets.find((candidate) => candidate.title === block.title) ?? bestFit(block, targets, ctx.reader);
    if (target === undefined) continue;
    const pointer = holderPointer(target.fields) ?? spec.pointer;
    const schema = target.name ?? `\`${scope.prefix}${spec.name}\``;
    compareFields(
      block.fields,
      target.fields,
      { prefix: `${scope.prefix}${spec.name}${holder}.`, pointer, schema, at: block.at, expanded: target.expanded },
      ctx,
    );
  }
}

/** The object most of whose fields the block names (ties: the smaller object), for a block whose title names none. */
function bestFit(block: DocBlock, targets: readonly NestedBlockTarget[], reader: FlavorReader): NestedBlockTarget | undefined {
  const score = (target: NestedBlockTarget) =>
    block.fields.filter((doc) => target.fields.some((field) => matchName(doc.name, "written", [field], reader).kind !== "unknown")).length;
  return [...targets].sort((a, b) => score(b) - score(a) || a.fields.length - b.fields.length)[0];
}
