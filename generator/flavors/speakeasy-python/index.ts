/**
 * The `speakeasy-python` flavor: its writer (pages from the IR, rendered with `templates/speakeasy-python/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { catalogEntry } from "../catalog.js";
import { defineFlavor } from "../flavor.js";
import { speakeasyPythonReader } from "./reader.js";
import { speakeasyPythonWriter } from "./writer.js";

export const speakeasyPythonFlavor = defineFlavor({
  ...catalogEntry("speakeasy-python"),
  writer: speakeasyPythonWriter,
  reader: speakeasyPythonReader,
});
