/**
 * The `openapi-generator-rust` flavor: its writer (pages from the IR, rendered with `templates/openapi-generator-rust/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { catalogEntry } from "../catalog.js";
import { defineFlavor } from "../flavor.js";
import { openapiGeneratorRustReader } from "./reader.js";
import { openapiGeneratorRustWriter } from "./writer.js";

export const openapiGeneratorRustFlavor = defineFlavor({
  ...catalogEntry("openapi-generator-rust"),
  writer: openapiGeneratorRustWriter,
  reader: openapiGeneratorRustReader,
});
