/**
 * The `openapi-generator-rust` flavor reads back what the tool shows: Rust field names, Rust types
 * (`Option<…>` says nullable only on a required field), `[optional]`, descriptions and
 * `[default to X]` notes (an enum default as its variant name). It has no deprecation marker.
 */
import { describe, expect, it } from "vitest";
import { openapiGeneratorRustFlavor } from "../../generator/flavors/openapi-generator-rust/index.js";
import { toEnumVarName, toVarName } from "../../generator/flavors/openapi-generator-rust/naming.js";
import type { Field } from "../../generator/ir/types.js";
import { assertEveryFieldReadsBack, expectSameType, statedNullable } from "./round-trip.js";

/** The notes cell's default: the variant name of an enum value, compact JSON of arrays and objects, anything else as printed. */
function defaultText(spec: Field): string[] {
  if (spec.default === null) return [];
  const value = spec.default.value;
  if (spec.type.kind === "enum" && typeof value === "string") return [toEnumVarName(value)];
  return [typeof value === "object" ? JSON.stringify(value) : String(value)];
}

describe("openapi-generator-rust: written, then read back", () => {
  it("states the same facts for every field", () => {
    assertEveryFieldReadsBack(openapiGeneratorRustFlavor, (doc, spec, model) => {
      expect(doc.name).toBe(toVarName(spec.name));
      expectSameType(doc, spec, model);
      expect(doc.required?.value).toBe(spec.required);
      expect(statedNullable(doc)).toBe(spec.required ? spec.nullable : null);
      expect(doc.deprecated).toBeNull();
      expect(doc.description?.text ?? null).toBe(spec.description);
      expect(doc.defaults.map((stated) => stated.text)).toEqual(defaultText(spec));
    });
  });
});
