/**
 * The one escaping choke point of the `openapi-generator-rust` flavor. Every piece of spec text that
 * lands in a page goes through `escapeCell`, in one of three modes that mirror how the real tool
 * produces that piece:
 *
 * - `"escape-text"`: `DefaultCodegen.escapeText` (what `{{{description}}}` prints): each `\t`, `\n`
 *   and `\r` becomes one space, `\` becomes `\\`, `"` becomes `\"`, then the Rust generator's
 *   `escapeUnsafeCharacters` breaks comment delimiters (star-slash becomes `*_/`, slash-star `/_*`). Single quotes and backticks stay.
 * - `"escape-text-html"`: the same, then jmustache's HTML escaper, because the real template prints
 *   those cells with double braces (`{{description}}` on oneOf pages, `{{value}}` on enum pages).
 * - `"literal"`: values printed raw by the template (`[default to {{{.}}}]`).
 *
 * On top of the real tool's behaviour, every mode guards the table row, in two ways:
 * - `<` becomes `&lt;`, so spec text cannot open an HTML element (`<script>`) in the rendered page.
 * - `|` becomes `\|`. The real tool leaves pipes alone, and a description containing one splits
 *   its row into extra cells (a known openapi-generator markdown bug). We deviate: a row must stay
 *   four cells for GitHub and for anything that parses these tables. A GFM pipe is a cell delimiter
 *   unless an odd run of backslashes precedes it, so the run before each pipe is made even first.
 *   After `escapeText` it always is (every `\` was doubled), so there the pipe just gains one `\`.
 */
import { replaceControlCharacters } from "../../lib/markdown.js";

export type EscapeMode = "escape-text" | "escape-text-html" | "literal";

/** jmustache's `Escapers.HTML` table, in its order (`&` first so entities are not escaped twice). */
const MUSTACHE_HTML: readonly (readonly [string, string])[] = [
  ["&", "&amp;"],
  ["'", "&#39;"],
  ['"', "&quot;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ["`", "&#x60;"],
  ["=", "&#x3D;"],
];

/** `guarded` (the default page set) adds the row guards below; without it the text is as the tool prints it. */
export function escapeCell(text: string, mode: EscapeMode, guarded = true): string {
  let result = text;
  if (mode !== "literal") {
    result = result
      .replace(/[\t\n\r]/g, " ")
      .replace(/\\/g, "\\\\")
      .replace(/"/g, '\\"')
      .replace(/\*\//g, "*_/")
      .replace(/\/\*/g, "/_*");
  }
  if (mode === "escape-text-html") {
    for (const [character, entity] of MUSTACHE_HTML) result = result.split(character).join(entity);
  }
  if (!guarded) return result;
  // Control characters (NUL and friends) become U+FFFD, as CommonMark does, so no invisible byte
  // reaches the page; the real tool copies them through.
  return replaceControlCharacters(result)
    .replace(/</g, "&lt;")
    .replace(/(\\*)\|/g, (_pipe: string, backslashes: string) => `${backslashes.length % 2 === 1 ? `${backslashes}\\` : backslashes}\\|`);
}
