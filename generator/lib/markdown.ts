/**
 * Markdown escaping shared by flavors that write GitHub-style tables and inline text: the one choke
 * point where spec text becomes markdown. Flavors whose real tool escapes differently keep their own
 * rules next to their type labels.
 */

/** Text for one table cell: no raw newline, pipe or HTML can break the row or inject markup. */
export function tableCell(text: string): string {
  return escapeHtml(text)
    .replace(/\r\n?|\n/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

/** Block text (descriptions): kept as markdown, but raw HTML tags are neutralised. */
export function blockText(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, "\n")).replace(/\n+$/, "");
}

/** Inline code that survives backticks inside the value (CommonMark: a longer fence). */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\r\n?|\n/g, " ")}${pad}${fence}`;
}

/**
 * `<` and `>` become entities so spec text cannot open HTML elements; `&` stays (entities in prose
 * are rare and harmless). Control characters other than tab and newline become U+FFFD, as CommonMark
 * prescribes for NUL, so no invisible byte reaches a page.
 */
function escapeHtml(text: string): string {
  return replaceControlCharacters(text.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/** Control characters other than tab, newline and CR become U+FFFD, as CommonMark does for NUL. */
export function replaceControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd");
}
