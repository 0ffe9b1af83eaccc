/**
 * Sentences of a markdown description, compared as a reader sees them (link text without the URL,
 * code without backticks), so the page can leave out of one text what another beside it already
 * says. Used where the site shows a union field's description above its branch's own (Redoc shows
 * both in one field): a sentence both say would be read twice. Pure.
 */

/** One sentence as rendered: markdown marks removed, spaces squashed. */
export function visibleSentence(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** A line's sentences, as written: split after `.`, `!` or `?` followed by a space. */
function sentencesOfLine(line: string): string[] {
  return line.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== "");
}

/** Every sentence of a markdown text, as rendered (list markers and headings dropped). */
export function sentencesOf(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+\.|#+)\s+/, ""))
    .flatMap(sentencesOfLine)
    .map(visibleSentence)
    .filter((sentence) => sentence !== "");
}

/** `text` without the sentences `said` already says; list items and paragraphs left empty go too. */
export function withoutSaid(text: string, said: string): string {
  const known = new Set(sentencesOf(said));
  const lines = text.split("\n").flatMap((line): string[] => {
    const marker = /^\s*(?:[-*+]|\d+\.)\s+/.exec(line)?.[0] ?? "";
    const body = line.slice(marker.length);
    if (body.trim() === "") return [line];
    const kept = sentencesOfLine(body).filter((sentence) => !known.has(visibleSentence(sentence)));
    return kept.length === 0 ? [] : [`${marker}${kept.join(" ")}`];
  });
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
