/**
 * Speakeasy's markdown tables: one shared column width for every column, measured on the raw cells
 * (a newline counts as one character), then newlines written as `<br/>` with the padding computed
 * on that written text, so a cell with line breaks may overflow the column and is never cut.
 */
import { outsideCodeSpans, replaceControlCharacters } from "../../lib/markdown.js";

/**
 * The one place spec text becomes Speakeasy markdown. Speakeasy copies descriptions verbatim; two
 * changes keep hostile text from breaking a page, and neither touches the seeds' text:
 *
 * - Raw HTML (`html: escaped` only): outside code spans `<` becomes `&lt;`, so a `<script>` in a
 *   description stays text (`<br/>` is only ever written by the table itself). Inside a code span
 *   `<` is already literal, and an entity there would show as `&lt;`, so code spans are left alone.
 *   Speakeasy itself leaves HTML raw (egain `<br>`, `<li>`, `<code>` in descriptions), which is
 *   `html: raw`, the default: its pages are reproduced as written, and a spec's HTML is trusted as the
 *   real tool trusts it.
 * - In table cells `|` becomes `\|`. Whether Speakeasy escapes pipes was not verified (no real page
 *   with a pipe in a description was found). An unescaped pipe ends the cell and shifts every column
 *   after it, so escaping is the only choice that keeps the table's shape; `\|` is GFM's own escape,
 *   shown as `|` (inside code spans too). Backslashes right before a pipe are doubled, so text
 *   ending in `\` cannot cancel the escape.
 *
 * Line endings become `\n`; the table writes them as `<br/>`. The escaped text is what the column
 * width is measured on.
 */
export function escapeText(text: string, context: "table" | "block", html: "raw" | "escaped"): string {
  // Control characters (NUL and friends) become U+FFFD, as CommonMark does: no invisible byte reaches a page.
  const normalized = replaceControlCharacters(text.replace(/\r\n?/g, "\n"));
  // In a table cell the whole text is one line of inline markdown. In a block, a code span cannot
  // cross a blank line, so each paragraph is scanned on its own.
  const safe = html === "raw" ? normalized : outsideCodeSpans(normalized, (text) => text.replace(/</g, "&lt;"), context === "table" ? "inline" : "paragraphs");
  return context === "table" ? safe.replace(/(\\*)\|/g, (_match, slashes: string) => `${slashes}${slashes}\\|`) : safe;
}

/** Length in Unicode code points, as Speakeasy measures cells (not bytes, not UTF-16 units). */
function width(text: string): number {
  return [...text].length;
}

/**
 * Header, separator and body lines of a table. Cells are raw: already escaped, newlines kept as
 * `\n`. Every column gets the width of the widest raw cell of the whole table.
 */
export function padTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  // The width is measured before pipes are escaped: `\|` counts as one (honeyhive `updateconfigurationrequest.md`).
  const columnWidth = Math.max(...[header, ...rows].flatMap((row) => row.map((cell) => width(cell.replace(/\\\|/g, "|")))));
  const line = (cells: readonly string[]) =>
    `|${cells
      .map((cell) => {
        const text = cell.replace(/\n/g, "<br/>");
        return ` ${text}${" ".repeat(Math.max(0, columnWidth - width(text)))} `;
      })
      .join("|")}|`;
  const separator = `|${header.map(() => ` ${"-".repeat(columnWidth)} `).join("|")}|`;
  return [line(header), separator, ...rows.map(line)];
}
