/**
 * The `speakeasy-python` flavor reads back what Speakeasy shows: Python attribute names, type cells
 * with their `Optional`/`Nullable` wrappers (lists and dicts are never wrapped, so they say nothing
 * about null), the required emoji (a required field with a plain default shows optional), the strike-through and warning of deprecation, descriptions, and
 * enum values on the enum's own page. Speakeasy prints no defaults.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { speakeasyPythonFlavor } from "../../generator/flavors/speakeasy-python/index.js";
import { fieldName } from "../../generator/flavors/speakeasy-python/naming.js";
import { defaultFills } from "../../generator/flavors/speakeasy-python/writer.js";
import { assertEveryFieldReadsBack, expectSameType, fieldsOf, RUNS, statedNullable, thingModel, writeAndRead } from "./round-trip.js";

describe("speakeasy-python: written, then read back", () => {
  it("states the same facts for every field", () => {
    assertEveryFieldReadsBack(speakeasyPythonFlavor, (doc, spec, model) => {
      expect(doc.name).toBe(fieldName(spec.name));
      expectSameType(doc, spec, model);
      // A required field with a plain default is optional in the class: the default fills it.
      expect(doc.required?.value).toBe(spec.required && !defaultFills(spec));
      const container = spec.type.kind === "array" || spec.type.kind === "map";
      expect(statedNullable(doc)).toBe(container ? null : spec.nullable);
      expect(doc.deprecated?.value).toBe(spec.deprecated);
      expect(doc.description?.text ?? null).toBe(spec.description);
      expect(doc.defaults).toEqual([]);
    });
  });

  it("lists an inline enum's values on the enum's own page", () => {
    fc.assert(
      fc.property(thingModel, (model) => {
        const pages = [...writeAndRead(speakeasyPythonFlavor, model).values()];
        const titles = [...(speakeasyPythonFlavor.reader.titledShapes?.(model) ?? [])];
        for (const spec of fieldsOf(model)) {
          if (spec.type.kind !== "enum") continue;
          const title = titles.find(([, shape]) => shape.type === spec.type)?.[0];
          const page = pages.find((candidate) => candidate.title?.value === title);
          expect(page?.kind).toBe("values");
          expect(page?.values?.values).toEqual(spec.type.values);
        }
      }),
      RUNS,
    );
  });
});
