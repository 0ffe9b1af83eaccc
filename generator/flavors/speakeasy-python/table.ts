/**
 * Speakeasy's markdown tables: one shared column width for every column, measured on the raw cells
 * (a newline counts as one character), then newlines written as `<br/>` with the padding computed
 * on that written text, so a cell with line breaks may overflow the column and is never cut.
 */
import { replaceControlCharacters } from "../../lib/markdown.js";

/**
 * The one place spec text becomes Speakeasy markdown. Speakeasy copies descriptions verbatim; two
 * changes keep hostile text from breaking a page, and neither touches the seeds' text:
 *
 * - Raw HTML: outside code spans `<` becomes `&lt;`, so a `<script>` in a description stays text
 *   (`<br/>` is only ever written by the table itself). Inside a code span `<` is already literal,
 *   and an entity there would show as `&lt;`, so code spans are left alone.
 * - In table cells `|` becomes `\|`. Whether Speakeasy escapes pipes was not verified (no real page
 *   with a pipe in a description was found). An unescaped pipe ends the cell and shifts every column
 *   after it, so escaping is the only choice that keeps the table's shape; `\|` is GFM's own escape,
 *   shown as `|` (inside code spans too). Backslashes right before a pipe are doubled, so text
 *   ending in `\` cannot cancel the escape.
 *
 * Line endings become `\n`; the table writes them as `<br/>`. The escaped text is what the column
 * width is measured on.
 */
export function escapeText(text: string, context: "table" | "block"): string {
  // Control characters (NUL and friends) become U+FFFD, as CommonMark does: no invisible byte reaches a page.
  const normalized = replaceControlCharacters(text.replace(/\r\n?/g, "\n"));
  // In a table cell the whole text is one line of inline markdown. In a block, a code span cannot
  // cross a blank line, so each paragraph is scanned on its own.
  const chunks = context === "table" ? [normalized] : normalized.split(/(\n[ \t]*\n)/);
  const html = chunks.map(escapeHtmlOutsideCode).join("");
  return context === "table" ? html.replace(/(\\*)\|/g, (_match, slashes: string) => `${slashes}${slashes}\\|`) : html;
}

function escapeHtmlOutsideCode(text: string): string {
  let html = "";
  let from = 0;
  for (const [start, end] of codeSpans(text)) {
    html += text.slice(from, start).replace(/</g, "&lt;") + text.slice(start, end);
    from = end;
  }
  return html + text.slice(from).replace(/</g, "&lt;");
}

/**
 * [start, end) of each CommonMark code span: a run of n backticks up to the next run of exactly n.
 * A backslash-escaped backtick does not open a span; a run with no closing run is plain text.
 */
function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const runLength = (at: number) => {
    let end = at;
    while (text[end] === "`") end++;
    return end - at;
  };
  let index = 0;
  while (index < text.length) {
    if (text[index] === "\\") index += 2;
    else if (text[index] !== "`") index++;
    else {
      const length = runLength(index);
      let close = index + length;
      while (close < text.length && !(text[close] === "`" && runLength(close) === length)) close += text[close] === "`" ? runLength(close) : 1;
      if (close >= text.length) index += length;
      else {
        spans.push([index, close + length]);
        index = close + length;
      }
    }
  }
  return spans;
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
  const columnWidth = Math.max(...[header, ...rows].flatMap((row) => row.map(width)));
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
