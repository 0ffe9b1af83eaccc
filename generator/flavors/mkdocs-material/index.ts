/**
 * The `mkdocs-material` flavor: its writer (pages from the IR, rendered with `templates/mkdocs-material/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { catalogEntry } from "../catalog.js";
import { defineFlavor } from "../flavor.js";
import { mkdocsMaterialReader } from "./reader.js";
import { mkdocsMaterialWriter } from "./writer.js";

export const mkdocsMaterialFlavor = defineFlavor({
  ...catalogEntry("mkdocs-material"),
  writer: mkdocsMaterialWriter,
  reader: mkdocsMaterialReader,
});
