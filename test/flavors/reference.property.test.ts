/**
 * The `reference` flavor reads back every fact it writes: names as written, types, required,
 * nullable (its own column), deprecation, descriptions, defaults (its own column) and enum values.
 */
import { describe, expect, it } from "vitest";
import { referenceFlavor } from "../../generator/flavors/reference/index.js";
import { assertEveryFieldReadsBack, expectSameType, statedValue } from "./round-trip.js";

describe("reference: written, then read back", () => {
  it("states the same facts for every field", () => {
    assertEveryFieldReadsBack(referenceFlavor, (doc, spec, model) => {
      expect(doc.name).toBe(spec.name);
      expectSameType(doc, spec, model);
      expect(doc.required?.value).toBe(spec.required);
      expect(doc.nullable?.value).toBe(spec.nullable);
      expect(doc.deprecated?.value).toBe(spec.deprecated);
      expect(doc.description?.text ?? null).toBe(spec.description);
      expect(doc.defaults.map((stated) => statedValue(stated.text))).toEqual(spec.default === null ? [] : [spec.default.value]);
      expect(doc.values?.values ?? null).toEqual(spec.type.kind === "enum" ? spec.type.values : null);
    });
  });
});
