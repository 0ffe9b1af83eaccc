/**
 * How the readable errors learn the provider profile: the profile's package passes its id
 * (generator/emitters/package/index-module.ts); a schema title is never parsed for it.
 */
import { describe, expect, it } from "vitest";
import { createErrorTools, type ValidationErrorObject } from "../../generator/runtime/errors.js";

const bundle = {
  $defs: { Request: { title: "Request (profile other)", type: "object", properties: { model: { type: "string" } }, unevaluatedProperties: false } },
};
const unknownProperty: ValidationErrorObject = {
  instancePath: "",
  schemaPath: "#/unevaluatedProperties",
  keyword: "unevaluatedProperties",
  params: { unevaluatedProperty: "modle" },
};

describe("createErrorTools and profiles", () => {
  it("names the profile it is given on an unknown property", () => {
    expect(createErrorTools(bundle, "Request", { profile: "atoma" }).format([unknownProperty])).toEqual([
      '(root): unknown property "modle" (not supported by profile atoma); did you mean "model"?',
    ]);
  });

  it("names none without one, whatever the schema's title says", () => {
    expect(createErrorTools(bundle, "Request").format([unknownProperty])).toEqual(['(root): unknown property "modle"; did you mean "model"?']);
    expect(createErrorTools(bundle, "Request", { profile: null }).format([unknownProperty])).toEqual([
      '(root): unknown property "modle"; did you mean "model"?',
    ]);
  });
});
