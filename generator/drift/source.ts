/**
 * Small text helpers every parser shares: lines, cell splitting that keeps the column each cell
 * starts at (so a finding can point at the Type cell rather than the row), undoing the escapes
 * pages put into cells, and the bracket-aware splitting type labels need.
 */

/** Lines without their terminators (LF, CRLF or CR). */
export function lines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

/** No-break spaces (text pasted from a rendered page, seed 003) read as spaces; same length, so columns hold. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\u00a0/g, " ");
}

/** A cell of a table row: its text as written and the 1-based column of its first character. */
export interface Cell {
  readonly text: string;
  readonly column: number;
}

/**
 * Splits a row on the pipes GFM treats as delimiters (not preceded by an odd run of backslashes).
 * With `outer`, the row has leading and trailing pipes, whose empty outside cells are dropped.
 */
export function splitCells(line: string, outer: boolean): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let index = 0; index < line.length; index++) {
    if (line[index] !== "|") continue;
    let backslashes = 0;
    while (index - backslashes - 1 >= 0 && line[index - backslashes - 1] === "\\") backslashes++;
    if (backslashes % 2 === 1) continue;
    cells.push({ text: line.slice(start, index), column: start + 1 });
    start = index + 1;
  }
  cells.push({ text: line.slice(start), column: start + 1 });
  return outer ? cells.slice(1, -1) : cells;
}

/** The cell with surrounding spaces removed, its column moved to the first non-space character. */
export function trimCell(cell: Cell): Cell {
  const leading = cell.text.length - cell.text.trimStart().length;
  return { text: cell.text.trim(), column: cell.column + leading };
}

/** `\|` → `|`, `\\` → `\`: GFM's escapes inside a table cell. */
export function unescapeCell(text: string): string {
  return text.replace(/\\([\\|])/g, "$1");
}

/** `&lt;` and friends back to characters (pages escape `<` so spec text cannot open HTML). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x60;/g, "`")
    .replace(/&#x3D;/g, "=")
    .replace(/&amp;/g, "&");
}

/** The text of a link that spans the whole string (its text may hold brackets), or null. */
export function wholeLink(text: string): string | null {
  if (!text.startsWith("[")) return null;
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "[") depth++;
    else if (char === "]") {
      depth--;
      if (depth === 0) {
        const rest = text.slice(index + 1);
        return /^\([^()\s]*\)$/.test(rest) ? text.slice(1, index) : null;
      }
    }
  }
  return null;
}

/** Splits on `separator` outside brackets and parentheses. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === "[" || char === "(" || char === "<") depth++;
    else if (char === "]" || char === ")" || char === ">") depth--;
    else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index).trim());
      start = index + separator.length;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** How many of a flavor's signature constructs the text holds: the score detection compares. */
export function signatureCount(signatures: readonly RegExp[], text: string): number {
  return signatures.filter((pattern) => pattern.test(text)).length;
}
