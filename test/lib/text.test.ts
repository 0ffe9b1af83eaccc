import { describe, expect, it } from "vitest";
import { normalizeNewlines } from "../../generator/lib/text.js";

describe("normalizeNewlines", () => {
  it.each([
    ["", "\n"],
    ["\n\n", "\n"],
    ["a", "a\n"],
    ["a\n\n\n", "a\n"],
    ["a\r\nb\rc\r\n\r\n", "a\nb\nc\n"],
    ["\r\r\n", "\n"],
    ["a\n\nb\n", "a\n\nb\n"],
    ["a\n \n", "a\n \n"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeNewlines(text)).toBe(expected);
  });
});
