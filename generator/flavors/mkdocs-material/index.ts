/**
 * The `mkdocs-material` flavor: its writer (pages from the IR, rendered with `templates/mkdocs-material/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { defineFlavor } from "../flavor.js";
import { mkdocsMaterialReader } from "./reader.js";
import { mkdocsMaterialWriter } from "./writer.js";

export const mkdocsMaterialFlavor = defineFlavor({
  id: "mkdocs-material",
  description: 'MkDocs Material with PaperMoon\'s kluster markup: ++"type"++ keys, required spans, nested ??? child blocks',
  writer: mkdocsMaterialWriter,
  reader: mkdocsMaterialReader,
});
