/**
 * The options resolveConfig adds for real-world docs: which schemas get pages (`docScope`) and the
 * settings of the generator each flavor reproduces (`flavorOptions`), with every bad value refused
 * by name.
 */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../generator/config.js";

describe("docScope", () => {
  it("is all by default, as the real generators write a page for every schema", () => {
    expect(resolveConfig("/x").docScope).toBe("all");
    expect(resolveConfig("/x", { docScope: "request" }).docScope).toBe("request");
  });

  it("refuses another value", () => {
    expect(() => resolveConfig("/x", { docScope: "some" as "all" })).toThrow('option "docScope" must be one of: all, request');
  });
});

describe("flavorOptions", () => {
  it("refuses an unknown flavor, setting or value by name", () => {
    expect(() => resolveConfig("/x", { flavorOptions: { speakeasy: {} } })).toThrow(
      'flavorOptions: unknown flavor "speakeasy" (known: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)',
    );
    expect(() => resolveConfig("/x", { flavorOptions: { reference: { layout: "x" } } })).toThrow(
      'flavorOptions.reference: unknown setting "layout" (known: none)',
    );
    expect(() => resolveConfig("/x", { flavorOptions: [] as never })).toThrow('option "flavorOptions" must be an object keyed by flavor id');
  });
});
