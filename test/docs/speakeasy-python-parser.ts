/**
 * A small reader of Speakeasy field tables, for comparing our pages with real Speakeasy pages cell
 * by cell: the rows of the `## Fields` table as {field, type, required, description}.
 */

export interface FieldRow {
  /** The wire-style name, without the backticks and the strike-through of a deprecated field. */
  readonly field: string;
  readonly deprecated: boolean;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** Cells of a table line, trimmed. */
export function tableCells(line: string): string[] {
  return splitRow(line).map((cell) => cell.trim());
}

/** Cells of a table line as written (padding kept). Splits on pipes not escaped by an odd run of backslashes, as GFM does. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let slashes = 0;
  for (const char of line) {
    if (char === "|" && slashes % 2 === 0) {
      cells.push(current);
      current = "";
    } else current += char;
    slashes = char === "\\" ? slashes + 1 : 0;
  }
  cells.push(current);
  return cells.slice(1, -1);
}

/** The table lines (header, separator, rows) that follow a `## <section>` heading. */
export function tableLines(markdown: string, section: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${section}`);
  if (start < 0) return [];
  const first = lines.findIndex((line, index) => index > start && line.startsWith("|"));
  if (first < 0) return [];
  const end = lines.findIndex((line, index) => index > first && !line.startsWith("|"));
  return lines.slice(first, end < 0 ? lines.length : end);
}

/** The rows of a page's `## Fields` table, columns found by their header names. */
export function parseFieldsTable(markdown: string): FieldRow[] {
  const [header, , ...rows] = tableLines(markdown, "Fields");
  if (header === undefined) return [];
  const columns = tableCells(header);
  const column = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? "";
  return rows.map((line) => {
    const cells = tableCells(line);
    const name = column(cells, "Field");
    return {
      field: name.replace(/^~~|~~$/g, "").replace(/^`|`$/g, ""),
      deprecated: name.startsWith("~~"),
      type: column(cells, "Type"),
      required: column(cells, "Required") === ":heavy_check_mark:",
      description: column(cells, "Description"),
    };
  });
}

/**
 * The text of a cell outside its code spans (CommonMark: a run of n backticks up to the next run of
 * exactly n; a backslash-escaped backtick opens none), where raw HTML would be live.
 */
export function outsideCodeSpans(text: string): string {
  let outside = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === "\\") {
      outside += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== "`") {
      outside += char;
      index++;
      continue;
    }
    const run = /^`+/.exec(text.slice(index))?.[0] ?? "`";
    const closing = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
    closing.lastIndex = index + run.length;
    const match = closing.exec(text);
    if (match === null) {
      outside += run;
      index += run.length;
    } else index = match.index + run.length;
  }
  return outside;
}
