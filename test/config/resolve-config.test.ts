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

describe("outputs", () => {
  it("is every part by default, and keeps the listed order whatever the spelling", () => {
    expect(resolveConfig("/x").outputs).toEqual(["package", "docs", "site"]);
    expect(resolveConfig("/x", { outputs: "site, docs" }).outputs).toEqual(["docs", "site"]);
    expect(resolveConfig("/x", { outputs: ["docs"] }).outputs).toEqual(["docs"]);
  });

  it("refuses an unknown part and an empty list", () => {
    expect(() => resolveConfig("/x", { outputs: "docs,types" })).toThrow('unknown output "types" (known: package, docs, site)');
    expect(() => resolveConfig("/x", { outputs: [] })).toThrow('option "outputs" must name at least one of: package, docs, site');
    expect(() => resolveConfig("/x", { outputs: 3 as never })).toThrow('option "outputs" must be a list or a comma-separated string of: package, docs, site');
  });
});
