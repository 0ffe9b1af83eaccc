/**
 * The `typedoc-markdown` flavor: its writer (pages from the IR, rendered with `templates/typedoc-markdown/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { catalogEntry } from "../catalog.js";
import { defineFlavor } from "../flavor.js";
import { typedocMarkdownReader } from "./reader.js";
import { typedocMarkdownWriter } from "./writer.js";

export const typedocMarkdownFlavor = defineFlavor({
  ...catalogEntry("typedoc-markdown"),
  writer: typedocMarkdownWriter,
  reader: typedocMarkdownReader,
});
