/**
 * The `typedoc-markdown` flavor reads back what TypeDoc shows: member names (wire or camelCase),
 * types with their `| null` and enum literals, optional marks, deprecation, summaries and
 * `Default Value` tags.
 */
import { describe, expect, it } from "vitest";
import type { DocType } from "../../generator/drift/doc-model.js";
import { typedocMarkdownFlavor } from "../../generator/flavors/typedoc-markdown/index.js";
import { camelCase } from "../../generator/flavors/typedoc-markdown/naming.js";
import { assertEveryFieldReadsBack, expectSameType, statedNullable, statedValue } from "./round-trip.js";

function literals(type: DocType | undefined): (string | number | boolean)[] {
  if (type === undefined) return [];
  if (type.kind === "literal") return [type.value];
  return type.kind === "union" ? type.variants.flatMap(literals) : [];
}

describe("typedoc-markdown: written, then read back", () => {
  it.each(["wire", "camelCase"] as const)("states the same facts for every field (%s member names)", (memberNames) => {
    assertEveryFieldReadsBack(
      typedocMarkdownFlavor,
      (doc, spec, model) => {
        expect(doc.name).toBe(memberNames === "camelCase" ? camelCase(spec.name) : spec.name);
        expectSameType(doc, spec, model);
        expect(doc.required?.value).toBe(spec.required);
        expect(statedNullable(doc)).toBe(spec.nullable);
        expect(doc.deprecated?.value).toBe(spec.deprecated);
        expect(doc.description?.text ?? null).toBe(spec.description);
        expect(doc.defaults.map((stated) => statedValue(stated.text))).toEqual(spec.default === null ? [] : [spec.default.value]);
        if (spec.type.kind === "enum") expect(literals(doc.type?.type)).toEqual(spec.type.values);
      },
      { memberNames },
    );
  });
});
