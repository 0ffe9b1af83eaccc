/**
 * The doc-flavor registry. Order is the order of `--help` and of generation; ids are folder names
 * under `generated/docs/` and under `templates/`.
 */
import type { DocFlavor } from "../flavor.js";
import { mkdocsMaterialFlavor } from "./mkdocs-material.js";
import { openapiGeneratorRustFlavor } from "./openapi-generator-rust.js";
import { referenceFlavor } from "./reference.js";
import { speakeasyPythonFlavor } from "./speakeasy-python.js";
import { typedocMarkdownFlavor } from "./typedoc-markdown.js";

export const flavors: readonly DocFlavor[] = [speakeasyPythonFlavor, openapiGeneratorRustFlavor, mkdocsMaterialFlavor, typedocMarkdownFlavor, referenceFlavor];

export const flavorIds: readonly string[] = flavors.map((flavor) => flavor.id);
