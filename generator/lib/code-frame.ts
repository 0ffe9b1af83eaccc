/**
 * A short code frame for input errors: two lines of context and a caret under the column. Pure.
 */

/** `line` and `column` are 1-based; a position past the end frames the last line. */
export function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  const target = Math.max(0, line - 1);
  const first = Math.max(0, target - 2);
  const width = String(target + 1).length;
  const out: string[] = [];
  for (let index = first; index <= Math.min(target, lines.length - 1); index++) {
    out.push(`${index === target ? ">" : " "} ${String(index + 1).padStart(width)} | ${truncate(lines[index] ?? "")}`);
  }
  if (target >= lines.length) out.push(`> ${String(target + 1).padStart(width)} | `);
  out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, Math.min(column - 1, 160)))}^`);
  return out.join("\n");
}

/** Long lines (minified JSON) are cut so the frame stays short. */
function truncate(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
