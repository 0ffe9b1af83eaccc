/**
 * The `mkdocs-material` flavor reads back what kluster markup shows: names as written, the coarse
 * type words with `or null`, the required span, `*deprecated*`, descriptions and the "Defaults to"
 * sentence it appends to them.
 */
import { describe, expect, it } from "vitest";
import { proseDefaults } from "../../generator/drift/prose.js";
import { mkdocsMaterialFlavor } from "../../generator/flavors/mkdocs-material/index.js";
import { assertEveryFieldReadsBack, expectSameType, statedNullable, statedValue } from "./round-trip.js";

describe("mkdocs-material: written, then read back", () => {
  it("states the same facts for every field", () => {
    assertEveryFieldReadsBack(mkdocsMaterialFlavor, (doc, spec, model) => {
      expect(doc.name).toBe(spec.name);
      expectSameType(doc, spec, model);
      expect(doc.required?.value).toBe(spec.required);
      expect(statedNullable(doc)).toBe(spec.nullable);
      expect(doc.deprecated?.value).toBe(spec.deprecated);
      const sentence = spec.default === null ? null : `Defaults to \`${JSON.stringify(spec.default.value)}\`.`;
      const written = [spec.description, sentence].filter((part) => part !== null).join(" ");
      expect(doc.description?.text ?? "").toBe(written);
      expect(proseDefaults(doc.description?.text ?? "").map((stated) => statedValue(stated.text))).toEqual(spec.default === null ? [] : [spec.default.value]);
    });
  });
});
