/**
 * The `openapi-generator-rust` flavor: its writer (pages from the IR, rendered with `templates/openapi-generator-rust/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { defineFlavor } from "../flavor.js";
import { openapiGeneratorRustReader } from "./reader.js";
import { RUST_SETTINGS } from "./settings.js";
import { openapiGeneratorRustWriter } from "./writer.js";

export const openapiGeneratorRustFlavor = defineFlavor({
  id: "openapi-generator-rust",
  description: "openapi-generator `rust` model docs (docs/<Model>.md), byte-compatible with the real tool",
  writer: openapiGeneratorRustWriter,
  reader: openapiGeneratorRustReader,
  options: RUST_SETTINGS,
});
