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

/**
 * `transform` applied to the text outside CommonMark code spans, which are kept as written: inside a
 * code span `<` is already literal, and an entity there would show as `&lt;`. A code span cannot
 * cross a blank line, so with `paragraphs` each paragraph is scanned on its own.
 */
export function outsideCodeSpans(text: string, transform: (plain: string) => string, scope: "inline" | "paragraphs"): string {
  const chunks = scope === "inline" ? [text] : text.split(/(\n[ \t]*\n)/);
  return chunks
    .map((chunk) => {
      let result = "";
      let from = 0;
      for (const [start, end] of codeSpans(chunk)) {
        result += transform(chunk.slice(from, start)) + chunk.slice(start, end);
        from = end;
      }
      return result + transform(chunk.slice(from));
    })
    .join("");
}

/**
 * [start, end) of each CommonMark code span: a run of n backticks up to the next run of exactly n.
 * A backslash-escaped backtick does not open a span; a run with no closing run is plain text.
 */
export function codeSpans(text: string): [number, number][] {
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
