/**
 * A parser for the property rows of openapi-generator `rust` model docs:
 * `**name** | type | description | notes`, pieces joined by `" | "`, no outer pipes. Pipes escaped
 * as GFM does it (`\|`, an odd run of backslashes before the pipe) stay inside their cell, so a
 * row that does not split into exactly four cells is a broken row and throws.
 */

export interface PropertyRow {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly notes: string;
}

/** Splits a table line on the pipes that are cell delimiters (not preceded by an odd run of `\`). */
export function splitCells(line: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] !== "|") continue;
    let backslashes = 0;
    while (index - backslashes - 1 >= 0 && line[index - backslashes - 1] === "\\") backslashes += 1;
    if (backslashes % 2 === 1) continue;
    cells.push(line.slice(start, index));
    start = index + 1;
  }
  cells.push(line.slice(start));
  return cells;
}

export function parsePropertyRow(line: string): PropertyRow {
  const cells = splitCells(line);
  if (cells.length !== 4) throw new Error(`expected 4 cells, got ${cells.length}: ${line}`);
  const [name, type, description, notes] = cells as [string, string, string, string];
  const nameMatch = /^\*\*(.+)\*\* $/.exec(name);
  const typeMatch = /^ (.+) $/.exec(type);
  const descriptionMatch = /^ (.*) $/s.exec(description);
  const notesMatch = /^ (.*)$/.exec(notes);
  if (nameMatch === null || typeMatch === null || descriptionMatch === null || notesMatch === null) throw new Error(`malformed property row: ${line}`);
  return { name: nameMatch[1] as string, type: typeMatch[1] as string, description: descriptionMatch[1] as string, notes: notesMatch[1] as string };
}

/** Every property row of a page (`## Properties`, or each mapped model of a discriminator page), in page order. */
export function parsePropertyRows(page: string): PropertyRow[] {
  return page
    .split("\n")
    .filter((line) => line.startsWith("**"))
    .map(parsePropertyRow);
}
