/**
 * Facts stated in description prose, the only place many flavors can state them: defaults
 * ("Defaults to `0`.", "Defaults to null", "The default is `medium`."), a numeric range ("between 0
 * and 2", "from -100 to 100"), enum values ("(low, medium, high)", "supported values are `a`, `b`
 * and `c`"), deprecation ("Deprecated: …", "deprecated in favor of") and the provider-extension
 * disclaimer ("non-standard", "provider-specific", "not part of OpenAI's API").
 *
 * Prose is read conservatively, since a description says many things: only the first range
 * statement counts (later ones are usually about something else: "values between -1 and 1 should
 * decrease … likelihood"), and only lists in the two shapes above count as enums.
 */
import type { DocText, SourcePos } from "./doc-model.js";

export interface ProseDefault {
  readonly text: string;
  /** Offset of the value in the description. */
  readonly offset: number;
}

const DEFAULT_PATTERNS = [/\bDefaults? to\s+(`+)\s?(.+?)\s?\1/g, /\bDefaults? to\s+([^\s`.,;:)]+(?:\.\d+)?)/g, /\b[Tt]he default is\s+(`+)\s?(.+?)\s?\1/g];

export function proseDefaults(text: string): ProseDefault[] {
  const found: ProseDefault[] = [];
  for (const pattern of DEFAULT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = (match.length > 2 ? match[2] : match[1]) as string;
      const offset = (match.index ?? 0) + match[0].length - value.length;
      if (!found.some((other) => Math.abs(other.offset - offset) < 3)) found.push({ text: value, offset });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

export interface ProseRange {
  readonly min: number;
  readonly max: number;
  readonly text: string;
  readonly offset: number;
}

const NUMBER = "(-?\\d+(?:\\.\\d+)?)";
const RANGE = new RegExp(`\\b(?:between\\s+${NUMBER}\\s+and\\s+${NUMBER}|from\\s+${NUMBER}\\s+to\\s+${NUMBER})(?![\\d%])`, "i");

export function proseRange(text: string): ProseRange | null {
  const match = RANGE.exec(text);
  if (match === null) return null;
  const min = Number(match[1] ?? match[3]);
  const max = Number(match[2] ?? match[4]);
  return { min, max, text: match[0], offset: match.index };
}

export interface ProseValues {
  readonly values: readonly string[];
  readonly offset: number;
  /** False for a list of examples ("(e.g., int, float)"), which need not name every value. */
  readonly exhaustive: boolean;
}

/** What opens a list of examples rather than of all values: "e.g.", "for example", "such as". */
const EXAMPLES = /^(?:e\.g\.|for example|such as)\s*,?\s*/i;

const TOKEN = /^(`?)([a-z][a-z0-9_.-]*)\1$/;

/**
 * Values listed as `(a, b, c)` or after "supported values are"; null when the prose has no such list.
 * A parenthesis right after one of the `known` values glosses that value rather than listing values
 * ("real (genuine, unmodified) or fake (AI-generated)"). One opening with "e.g." lists examples
 * (mammoth NumericFormat's `numtype`: "The data type of the number (e.g., int, float)."): its
 * values are read, and it is not taken to name them all.
 */
export function proseEnumValues(text: string, known: readonly string[] = []): ProseValues | null {
  const supported = /\bsupported values are\s+([^.]*(?:\.[a-z0-9][^.]*)*)/i.exec(text);
  if (supported !== null) {
    const values = listTokens(supported[1] as string);
    if (values !== null) return { values, offset: supported.index, exhaustive: true };
  }
  for (const match of text.matchAll(/\(([^()]+)\)/g)) {
    const before = /([A-Za-z0-9_.-]+)\s*$/.exec(text.slice(0, match.index ?? 0));
    if (before !== null && known.includes(before[1] as string)) continue;
    const inside = match[1] as string;
    const examples = EXAMPLES.exec(inside);
    const values = listTokens(inside.slice(examples?.[0].length ?? 0));
    if (values !== null) return { values, offset: match.index ?? 0, exhaustive: examples === null };
  }
  return null;
}

function listTokens(list: string): string[] | null {
  const parts = list
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length < 2) return null;
  const values: string[] = [];
  for (const part of parts) {
    const token = TOKEN.exec(part);
    if (token === null) return null;
    values.push(token[2] as string);
  }
  return values;
}

export function saysDeprecated(text: string): boolean {
  return /\bdeprecated\b/i.test(text);
}

export function saysProviderExtension(text: string): boolean {
  return /\bnon[- ]?(standard|OpenAI)\b|\bprovider[- ]specific\b|\bprovider extension\b|\bnot part of OpenAI/i.test(text);
}

/** The source position of `offset` within a description (which may span lines, or sit on one with `<br/>` breaks). */
export function positionIn(description: DocText, offset: number): SourcePos {
  const { text, at, inline } = description;
  const breaks = text.slice(0, offset).split("\n");
  if (inline !== undefined) return { line: at.line, column: at.column + offset + (breaks.length - 1) * (inline.length - 1) };
  if (breaks.length === 1) return { line: at.line, column: at.column + offset };
  return { line: at.line + breaks.length - 1, column: (breaks[breaks.length - 1] as string).length + 1 };
}
