/**
 * The doc-flavor registry: every flavor chatspec writes and drift reads. Order is the order of
 * `--help`, of generation, and of detection's tie-break; ids are folder names under
 * `generated/docs/`, `templates/` and here. Adding a flavor is one line below.
 */
import type { Flavor } from "./flavor.js";
import { mkdocsMaterialFlavor } from "./mkdocs-material/index.js";
import { openapiGeneratorRustFlavor } from "./openapi-generator-rust/index.js";
import { referenceFlavor } from "./reference/index.js";
import { speakeasyPythonFlavor } from "./speakeasy-python/index.js";
import { typedocMarkdownFlavor } from "./typedoc-markdown/index.js";

export const flavors: readonly Flavor[] = [speakeasyPythonFlavor, openapiGeneratorRustFlavor, mkdocsMaterialFlavor, typedocMarkdownFlavor, referenceFlavor];

export const flavorIds: readonly string[] = flavors.map((flavor) => flavor.id);

/** The flavor with this id, or undefined. */
export function flavorById(id: string): Flavor | undefined {
  return flavors.find((flavor) => flavor.id === id);
}
