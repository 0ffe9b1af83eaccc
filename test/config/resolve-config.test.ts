/**
 * The options resolveConfig adds for real-world docs: which schemas get pages (`docScope`) and the
 * settings of the generator each flavor reproduces (`flavorOptions`), and what a run writes: the
 * parts (`outputs`) and each provider profile's flavors and site (`profiles`), with every bad value
 * refused by name (a bad `profiles` value also at its JSON pointer).
 */
import { describe, expect, it } from "vitest";
import { OptionError, resolveConfig } from "../../generator/config.js";

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

describe("profiles", () => {
  const KNOWN = "speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference";

  it("declares nothing by default, so every profile takes its overlay's defaults", () => {
    expect(resolveConfig("/x").profiles).toEqual({});
  });

  it("keeps what an entry sets, flavors in registry order from a list or a comma-separated string", () => {
    expect(
      resolveConfig("/x", {
        profiles: {
          r9s: { flavors: ["reference", "openapi-generator-rust"], site: true },
          kluster: { flavors: "typedoc-markdown, mkdocs-material" },
          atoma: {},
        },
      }).profiles,
    ).toEqual({
      atoma: {},
      kluster: { flavors: ["mkdocs-material", "typedoc-markdown"] },
      r9s: { flavors: ["openapi-generator-rust", "reference"], site: true },
    });
    expect(resolveConfig("/x", { profiles: { r9s: { flavors: [] } } }).profiles).toEqual({ r9s: { flavors: [] } });
  });

  it("refuses a bad value with the JSON pointer of the value", () => {
    const refusal = (profiles: unknown) => () => resolveConfig("/x", { profiles: profiles as never });
    expect(refusal([])).toThrow(new OptionError("must be an object keyed by profile id", "/profiles"));
    expect(refusal({ R9s: {} })).toThrow('/profiles/R9s: "R9s" is not a profile id (lowercase letters, digits and dashes, starting with a letter)');
    expect(refusal({ r9s: ["reference"] })).toThrow("/profiles/r9s: must be an object with `flavors` and/or `site`");
    expect(refusal({ r9s: { flavor: "reference" } })).toThrow('/profiles/r9s/flavor: unknown key "flavor" (known: flavors, site)');
    expect(refusal({ r9s: { flavors: 1 } })).toThrow("/profiles/r9s/flavors: must be a list of flavor ids or a comma-separated string");
    expect(refusal({ r9s: { flavors: ["reference", "speakeasy"] } })).toThrow(`/profiles/r9s/flavors/1: unknown flavor "speakeasy" (known: ${KNOWN})`);
    expect(refusal({ r9s: { flavors: "reference,speakeasy" } })).toThrow(`/profiles/r9s/flavors: unknown flavor "speakeasy" (known: ${KNOWN})`);
    expect(refusal({ r9s: { flavors: [null] } })).toThrow("/profiles/r9s/flavors/0: must be a flavor id");
    expect(refusal({ r9s: { site: "yes" } })).toThrow("/profiles/r9s/site: must be true or false");
  });

  it("carries the pointer apart from the message, for the CLI's file#pointer line", () => {
    try {
      resolveConfig("/x", { profiles: { "a/b": {} } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OptionError);
      expect({ pointer: (error as OptionError).pointer, detail: (error as OptionError).detail }).toEqual({
        pointer: "/profiles/a~1b",
        detail: '"a/b" is not a profile id (lowercase letters, digits and dashes, starting with a letter)',
      });
    }
  });
});
