/**
 * The `reference` flavor: its writer (pages from the IR, rendered with `templates/reference/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { catalogEntry } from "../catalog.js";
import { defineFlavor } from "../flavor.js";
import { referenceReader } from "./reader.js";
import { referenceWriter } from "./writer.js";

export const referenceFlavor = defineFlavor({
  ...catalogEntry("reference"),
  writer: referenceWriter,
  reader: referenceReader,
});
