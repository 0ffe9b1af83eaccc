/**
 * The `speakeasy-python` flavor: its writer (pages from the IR, rendered with `templates/speakeasy-python/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { defineFlavor } from "../flavor.js";
import { speakeasyPythonReader } from "./reader.js";
import { SPEAKEASY_SETTINGS } from "./settings.js";
import { speakeasyPythonWriter } from "./writer.js";

export const speakeasyPythonFlavor = defineFlavor({
  id: "speakeasy-python",
  description: "Speakeasy Python SDK model docs (docs/models/*.md), byte for byte",
  writer: speakeasyPythonWriter,
  reader: speakeasyPythonReader,
  options: SPEAKEASY_SETTINGS,
});
