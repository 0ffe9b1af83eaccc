/**
 * The catalog (what the config and `--help` know of a flavor without loading it) and the registry
 * (the flavors loaded) list the same flavors, in the same order, with the same settings.
 */
import { describe, expect, it } from "vitest";
import { flavorCatalog } from "../../generator/flavors/catalog.js";
import { flavors } from "../../generator/flavors/registry.js";

describe("the flavor catalog", () => {
  it("is the registry without writers and readers", () => {
    expect(flavors.map((flavor) => flavor.id)).toEqual(["speakeasy-python", "openapi-generator-rust", "mkdocs-material", "typedoc-markdown", "reference"]);
    expect(flavors.map(({ id, description, options }) => ({ id, description, options }))).toEqual(
      flavorCatalog.map(({ id, description, options }) => ({ id, description, options })),
    );
  });
});
