/**
 * TypeDoc comes in two dialects: typedoc-plugin-markdown pages and TypeDoc HTML flattened to text
 * (seed 004). Both are the `typedoc-markdown` flavor; this picks the reader by what the text holds.
 */
import type { DocPage } from "../doc-model.js";
import { parseTypedocMarkdown as parseMarkdown } from "./typedoc-markdown.js";
import { looksLikeFlattenedTypedoc, parseTypedocText } from "./typedoc-text.js";

export { looksLikeFlattenedTypedoc };

export function parseTypedocMarkdown(text: string): DocPage {
  return /^# (Interface|Type Alias): /m.test(text) || !looksLikeFlattenedTypedoc(text) ? parseMarkdown(text) : parseTypedocText(text);
}
