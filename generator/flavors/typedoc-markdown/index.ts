/**
 * The `typedoc-markdown` flavor: its writer (pages from the IR, rendered with `templates/typedoc-markdown/`) and its
 * reader (pages in this style back to the facts drift compares).
 */
import { defineFlavor } from "../flavor.js";
import { typedocMarkdownReader } from "./reader.js";
import { typedocMarkdownWriter } from "./writer.js";

export const typedocMarkdownFlavor = defineFlavor({
  id: "typedoc-markdown",
  description: "typedoc-plugin-markdown 4.12 pages for the generated TypeScript types (interfaces/ and type-aliases/)",
  writer: typedocMarkdownWriter,
  reader: typedocMarkdownReader,
});
