/**
 * Containment for description text that is pasted into a page's block structure. Spec prose is
 * markdown and stays markdown, but a description must never change the structure around it: an
 * unclosed code fence would swallow every later field, and a line that starts a pymdownx block
 * (`??? …`) or a heading would open a block of its own. Both the MkDocs and the TypeDoc flavors
 * paste descriptions between structural lines, so both use these helpers.
 */
import { blockText } from "../lib/markdown.js";

/**
 * Description markdown made safe to paste as a block: raw HTML neutralised (`blockText`, or the
 * flavor's own `neutralise`), lines that match `opener` backslash-escaped so they read as text, an
 * unclosed fence closed, whitespace-only lines emptied. Returns null for a missing or blank description.
 */
export function containedBlock(text: string | null, opener: RegExp, neutralise: (text: string) => string = blockText): string | null {
  if (text === null) return null;
  const lines = neutralise(text)
    .split("\n")
    .map((line) => (line.trim() === "" ? "" : line));
  const result = contain(lines, opener)
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
  return result === "" ? null : result;
}

/** Prefixes every non-blank line with `indent`; blank lines stay empty so no line has trailing spaces. */
export function indentLines(text: string, indent: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? "" : `${indent}${line}`))
    .join("\n");
}

/**
 * One pass over the lines, tracking CommonMark fences (a fence closes on a line of the same
 * character at least as long). Outside fences, lines matching `opener` get a backslash before
 * their first mark (`??? x` → `\??? x`; a backslash before ASCII punctuation is a CommonMark escape,
 * so the text reads the same), and trailing whitespace goes: it is invisible and breaks diffs, and
 * a hard break (two or more trailing spaces before a non-blank line) becomes the equivalent
 * backslash break. Inside fences nothing changes but trailing whitespace, since code is shown
 * verbatim. When the text ends inside a fence, a matching closing line is appended so the fence
 * ends with the description instead of at the end of the page.
 */
function contain(lines: readonly string[], opener: RegExp): string[] {
  const out: string[] = [];
  let open: string | null = null;
  lines.forEach((line, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    const trimmed = line.replace(/[ \t]+$/, "");
    if (fence !== null) {
      const marks = fence[1] as string;
      const rest = fence[2] as string;
      if (open === null) {
        // A backtick fence whose info string holds a backtick is not a fence (CommonMark 4.5).
        if (!(marks.startsWith("`") && rest.includes("`"))) open = marks;
      } else if (marks[0] === open[0] && marks.length >= open.length && rest.trim() === "") {
        open = null;
      }
      out.push(trimmed);
    } else if (open !== null) {
      out.push(trimmed);
    } else {
      const hardBreak = / {2,}$/.test(line) && trimmed !== "" && (lines[index + 1] ?? "").trim() !== "";
      const text = opener.test(trimmed) ? trimmed.replace(/^(\s*)(\S)/, "$1\\$2") : trimmed;
      out.push(hardBreak ? `${text}\\` : text);
    }
  });
  if (open !== null) out.push(open);
  return out;
}
