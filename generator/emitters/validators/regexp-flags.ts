/**
 * Whether a bundle's patterns may be compiled without RegExp's `u` flag. V8 runs a non-unicode
 * RegExp faster: the name pattern `^[a-zA-Z0-9_-]{1,64}$` is 8% of validating the bench's large
 * request, which validates 5.5% faster without the flag. JSON Schema's `pattern` means the `u` flag,
 * so this is allowed only where dropping it cannot change a verdict.
 *
 * Without `u`, a pattern sees code units instead of code points: an atom can then match half of a
 * surrogate pair, and some escapes read differently (`\u{41}`, `\p{L}`). A pattern is kept flag-free
 * only when it is printable ASCII and every atom is one that matches no surrogate in either mode:
 * literal ASCII, a non-negated class of them, `\d \w \s`, an escaped syntax character; plus groups,
 * alternation, quantifiers and the anchors `^ $ \b`. Such a pattern finds a match at the same places
 * in both modes (no atom can consume any part of a character beyond U+FFFF), so `test()` agrees.
 * Validity with `u` is lint's job (chatspec/pattern-valid); this only reads valid patterns. Anything
 * else (`.`, `[^…]`, `\D`, `\S`, `\W`, `\p`, `\u`, `\x`, back-references, non-ASCII) keeps the flag,
 * for every pattern of the bundle, since AJV's option is per instance.
 */
import { isJsonObject, type JsonValue } from "../../openapi.js";

/** Every `pattern` string and `patternProperties` key in `value` (examples and defaults included: more is only safer). */
export function bundlePatterns(value: JsonValue): string[] {
  const found: string[] = [];
  const visit = (node: JsonValue): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isJsonObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key === "pattern" && typeof child === "string") found.push(child);
        if (key === "patternProperties" && isJsonObject(child)) found.push(...Object.keys(child));
        visit(child);
      }
    }
  };
  visit(value);
  return found;
}

/** Escapes that match the same characters, none of them a surrogate, with and without `u`. */
const SAFE_ESCAPES = new Set(["d", "w", "s", "b", "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/", "-"]);

/** Whether `pattern` (valid with `u`) has the same verdicts without it. */
export function sameWithoutUnicodeFlag(pattern: string): boolean {
  if (!/^[\x20-\x7e]*$/.test(pattern)) return false;
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (char === "\\") {
      const next = pattern[index + 1];
      // Inside a class `\b` is a backspace, an ASCII control: still no surrogate.
      if (next === undefined || !SAFE_ESCAPES.has(next)) return false;
      index++;
    } else if (inClass) {
      if (char === "]") inClass = false;
    } else if (char === "[") {
      if (pattern[index + 1] === "^") return false;
      inClass = true;
    } else if (char === ".") {
      return false;
    }
  }
  return true;
}

/** Whether AJV may compile every pattern of `bundle` without the `u` flag. */
export function patternsNeedNoUnicodeFlag(bundle: JsonValue): boolean {
  return bundlePatterns(bundle).every(sameWithoutUnicodeFlag);
}
