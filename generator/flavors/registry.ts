/**
 * The doc-flavor registry: every flavor chatspec writes and drift reads, writer and reader loaded.
 * Ids are folder names under `generated/docs/`, `templates/` and here; what is known of a flavor
 * without loading it (id, description, settings) is in catalog.ts, whose order this list keeps.
 * Adding a flavor is one entry there and one line below.
 */
import type { Flavor } from "./flavor.js";
import { mkdocsMaterialFlavor } from "./mkdocs-material/index.js";
import { openapiGeneratorRustFlavor } from "./openapi-generator-rust/index.js";
import { referenceFlavor } from "./reference/index.js";
import { speakeasyPythonFlavor } from "./speakeasy-python/index.js";
import { typedocMarkdownFlavor } from "./typedoc-markdown/index.js";

export const flavors: readonly Flavor[] = [speakeasyPythonFlavor, openapiGeneratorRustFlavor, mkdocsMaterialFlavor, typedocMarkdownFlavor, referenceFlavor];

/** The flavor with this id, or undefined. */
export function flavorById(id: string): Flavor | undefined {
  return flavors.find((flavor) => flavor.id === id);
}
