/**
 * Spec prose as TypeDoc prints a TSDoc comment: verbatim markdown. The one change is where the text
 * could open raw HTML: a `<` that starts a tag, a comment or a processing instruction (`<b>`,
 * `</x>`, `<!--`, `<?`) becomes `&lt;`, which reads the same in prose. Other angle brackets
 * (`a < b`, `->`), autolinks (`<https://…>`) and escaped brackets (`\<`) stay as TypeDoc prints them.
 * Code is not told apart, so `` `Array<string>` `` shows the entity there: the price of a page that
 * no description can inject HTML into (TypeDoc itself would print it raw, in code and out).
 */
import { replaceControlCharacters } from "../../lib/markdown.js";

/** A `<` that can start raw HTML in CommonMark (before a letter, `/`, `!` or `?`), unless a backslash escapes it or it opens a URI autolink. */
const HTML_START = /(?<!\\)<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)(?=[A-Za-z/!?])/g;

export function commentText(text: string): string {
  return replaceControlCharacters(text.replace(/\r\n?/g, "\n")).replace(/\n+$/, "").replace(HTML_START, "&lt;");
}
