/**
 * The English of the readable errors: quoting values, lists and counts. Small on purpose, so every
 * message reads the same way.
 */

/** A value as JSON, cut to 60 characters (a 10 kB string is no use in a one-line message). */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Markdown from the spec (a rule's description) as plain text, without its closing full stop. */
export function plain(markdown: string): string {
  return markdown.replace(/`/g, "").replace(/\.$/, "");
}

/** `a`, `a or b`, `a, b or c`. */
export function listOr(items: readonly string[]): string {
  return items.length <= 2 ? items.join(" or ") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/** `1 item`, `2 items`; `pluralForm` for irregular words (`entry`, `entries`). */
export function plural(count: number, singular: string, pluralForm: string = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `a` or `an` before `word`. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
