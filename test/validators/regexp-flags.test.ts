/**
 * Patterns are compiled without the `u` flag only where that cannot change a verdict
 * (emitters/validators/regexp-flags.ts): the predicate's table, a property test that such patterns
 * answer the same on strings full of astral characters and lone surrogates, and the generated code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundlePatterns, patternsNeedNoUnicodeFlag, sameWithoutUnicodeFlag } from "../../generator/emitters/validators/regexp-flags.js";
import { ROOT } from "../helpers.js";

describe("sameWithoutUnicodeFlag", () => {
  it.each([
    ["^[a-zA-Z0-9_-]{1,64}$", true],
    ["^[0-9]+$", true],
    ["^\\d{3}-\\w+\\s?$", true],
    ["^(?:foo|bar)\\.json$", true],
    ["[\\]\\-]", true],
    ["\\bword\\b", true],
    ["", true],
    ["^.{1,64}$", false], // `.` matches half of a surrogate pair without `u`
    ["^[^x]{1,3}$", false], // so does a negated class
    ["^\\S+$", false],
    ["^\\D$", false],
    ["^\\W$", false],
    ["^\\p{L}+$", false], // a property with `u`, the letters "p{L}" without
    ["^\\u{41}$", false], // "A" with `u`, 41 times "u" without
    ["^\\x41$", false],
    ["^(a)\\1$", false],
    ["^é$", false],
    ["^😀$", false],
  ])("%s: %s", (pattern, expected) => {
    expect(sameWithoutUnicodeFlag(pattern)).toBe(expected);
  });

  it.each([
    ["^.$", "😀"],
    ["^[^x]$", "😀"],
    ["^\\S$", "😀"],
    ["^\\D$", "😀"],
    ["^\\W$", "😀"],
    ["^\\p{L}+$", "é"],
    ["^\\u{41}$", "A"],
  ])("rejects %s, which answers %s differently without the flag", (pattern, text) => {
    expect(sameWithoutUnicodeFlag(pattern)).toBe(false);
    expect(new RegExp(pattern, "u").test(text)).toBe(true);
    expect(new RegExp(pattern).test(text)).toBe(false);
  });

  it("answers the same with and without the flag, for every accepted pattern, on any string", () => {
    const accepted = ["^[a-zA-Z0-9_-]{1,64}$", "^[0-9]+$", "^\\d{3}-\\w+\\s?$", "^(?:foo|bar)\\.json$", "\\bword\\b", "a*", "(?!a)", "(?<=x)[a-c]{2}$"];
    for (const pattern of accepted) {
      // The predicate reads patterns that are valid with `u` (lint refuses the others).
      expect(() => new RegExp(pattern, "u")).not.toThrow();
      expect(sameWithoutUnicodeFlag(pattern)).toBe(true);
    }
    const piece = fc.constantFrom(
      "a",
      "b",
      "c",
      "x",
      "Z",
      "0",
      "7",
      "_",
      "-",
      ".",
      " ",
      "\t",
      "\u00a0",
      "\ufeff",
      "é",
      "😀",
      "\ud83d",
      "\ude00",
      "foo",
      "bar",
      "word",
      ".json",
    );
    fc.assert(
      fc.property(fc.constantFrom(...accepted), fc.array(piece, { maxLength: 12 }), (pattern, pieces) => {
        const text = pieces.join("");
        expect(new RegExp(pattern).test(text)).toBe(new RegExp(pattern, "u").test(text));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});

describe("patternsNeedNoUnicodeFlag", () => {
  it("reads `pattern` strings and `patternProperties` keys anywhere, and needs all of them safe", () => {
    const bundle = {
      $defs: {
        A: { properties: { name: { type: "string", pattern: "^[a-z]+$" }, pattern: { type: "string" } } },
        B: { patternProperties: { "^x-.*$": true } },
      },
    };
    expect(bundlePatterns(bundle)).toEqual(["^[a-z]+$", "^x-.*$"]);
    expect(patternsNeedNoUnicodeFlag(bundle)).toBe(false);
    expect(patternsNeedNoUnicodeFlag({ $defs: { A: bundle.$defs.A } })).toBe(true);
  });

  it("lets the canonical validators compile their two patterns without the flag", () => {
    const code = readFileSync(path.join(ROOT, "generated/validators.js"), "utf8");
    expect(code.match(/new RegExp\([^)]*\)/g)).toEqual(['new RegExp("^[a-zA-Z0-9_-]{1,64}$", "")', 'new RegExp("^[0-9]+$", "")']);
  });
});
