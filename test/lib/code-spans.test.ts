/**
 * Code spans as CommonMark reads them, and the escaping that leaves them alone: `<` inside a code
 * span is literal text, so `` `Array<string>` `` must stay as written while a `<b>` in prose is
 * neutralised (Speakeasy tables, TypeDoc comments).
 */
import { describe, expect, it } from "vitest";
import { commentText } from "../../generator/flavors/typedoc-markdown/comment-text.js";
import { codeSpans, outsideCodeSpans } from "../../generator/lib/markdown.js";

describe("codeSpans", () => {
  it.each([
    ["a `b` c", [[2, 5]]],
    ["``a ` b`` c", [[0, 9]]],
    ["\\`not` `yes`", [[5, 8]]],
    ["`open only", []],
  ] as const)("%s", (text, spans) => {
    expect(codeSpans(text)).toEqual(spans);
  });
});

describe("outsideCodeSpans", () => {
  const entity = (text: string) => text.replace(/</g, "&lt;");

  it("transforms prose and keeps code spans", () => {
    expect(outsideCodeSpans("<b>x</b> and `Array<string>`", entity, "inline")).toBe("&lt;b>x&lt;/b> and `Array<string>`");
  });

  it("does not let a code span cross a blank line in paragraphs scope", () => {
    expect(outsideCodeSpans("`a\n\n<b>` c", entity, "paragraphs")).toBe("`a\n\n&lt;b>` c");
    expect(outsideCodeSpans("`a\n\n<b>` c", entity, "inline")).toBe("`a\n\n<b>` c");
  });
});

describe("TypeDoc comment text", () => {
  it("escapes what could open HTML in prose only, as TypeDoc prints code", () => {
    expect(commentText("Use `Array<string>`, not <b>bold</b>; a < b.")).toBe("Use `Array<string>`, not &lt;b>bold&lt;/b>; a < b.");
  });
});
