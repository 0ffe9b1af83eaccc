/**
 * Union folding on AJV error lists written out by hand, for the cases the generated package's
 * bodies do not reach: with `allErrors`, errors before a union that are not its branches' (another
 * keyword of the union's own schema, a sibling union) stay, and the branch that got furthest reports
 * every problem it has.
 */
import { describe, expect, it } from "vitest";
import { foldUnions } from "../../generator/runtime/union-folding.js";
import type { ValidationErrorObject } from "../../generator/runtime/validation-error.js";

const error = (instancePath: string, keyword: string, parentSchema: object, params: Record<string, unknown> = {}): ValidationErrorObject => ({
  instancePath,
  schemaPath: `#/${keyword}`,
  keyword,
  params,
  parentSchema,
});

const union = { anyOf: [{ type: "string" }, { type: "object" }] };
const [stringBranch, objectBranch] = union.anyOf as [object, object];
const brief = (errors: readonly ValidationErrorObject[]) => errors.map((kept) => `${kept.instancePath} ${kept.keyword}`);

describe("foldUnions with allErrors", () => {
  it("keeps every real error of the branch that got furthest, and drops the other branch's type mismatch", () => {
    const errors = [
      error("/x", "type", stringBranch, { type: "string" }),
      error("/x/a", "minimum", objectBranch),
      error("/x", "required", objectBranch, { missingProperty: "b" }),
      error("/x", "anyOf", union),
    ];
    expect(brief(foldUnions(errors, { allErrors: true }))).toEqual(["/x/a minimum", "/x required"]);
    // Without allErrors each error is a branch of its own, and the deepest speaks alone.
    expect(brief(foldUnions(errors))).toEqual(["/x/a minimum"]);
  });

  it("keeps an error of the union's own schema that AJV checked before the branches", () => {
    const errors = [
      error("/x", "enum", union),
      error("/x", "type", stringBranch, { type: "string" }),
      error("/x", "type", objectBranch, { type: "object" }),
      error("/x", "anyOf", union),
    ];
    const folded = foldUnions(errors, { allErrors: true });
    expect(brief(folded)).toEqual(["/x enum", "/x anyOf"]);
    expect(folded[1]?.params).toEqual({ values: [], types: ["string", "object"] });
  });

  it("folds two unions of one schema each into its own problem", () => {
    const both = { anyOf: union.anyOf, oneOf: [{ const: 1 }, { const: 2 }] };
    const [one, two] = both.oneOf as [object, object];
    const errors = [
      error("/x", "type", stringBranch, { type: "string" }),
      error("/x", "type", objectBranch, { type: "object" }),
      error("/x", "anyOf", both),
      error("/x", "const", one, { allowedValue: 1 }),
      error("/x", "const", two, { allowedValue: 2 }),
      error("/x", "oneOf", both),
    ];
    expect(foldUnions(errors, { allErrors: true }).map((kept) => [kept.keyword, kept.params])).toEqual([
      ["anyOf", { values: [], types: ["string", "object"] }],
      ["oneOf", { values: [1, 2], types: [] }],
    ]);
  });

  it("leaves errors outside the union's value alone, before and after it", () => {
    const other = { type: "integer" };
    const errors = [
      error("/before", "type", other),
      error("/x", "type", stringBranch, { type: "string" }),
      error("/x/a", "minimum", objectBranch),
      error("/x", "anyOf", union),
      error("/after", "type", other),
    ];
    expect(brief(foldUnions(errors, { allErrors: true }))).toEqual(["/before type", "/x/a minimum", "/after type"]);
  });
});
