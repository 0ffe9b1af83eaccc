/**
 * chatspec's own reference type labels read back: `` `integer` ``, `` `string` (enum) ``,
 * `array of X`, `map of X`, `` `object` (any JSON object) ``, `[Name](Name.md)`, `any JSON value`,
 * `constant `…``, alternatives joined by " or ". `array of A or B` is ambiguous (an array of A-or-B,
 * or A-array or B); the right-binding reading comes first and the other is kept as an alternative.
 */
import type { DocType } from "../../drift/doc-model.js";
import { closest } from "../../drift/similarity.js";

const WORDS = ["string", "integer", "number", "boolean", "null", "object", "array of", "map of", "any JSON value", "constant"];

export interface ReferenceLabel {
  readonly type: DocType;
  readonly nullable: boolean;
  readonly alternatives: readonly DocType[];
}

export function readReferenceLabel(label: string): ReferenceLabel {
  const parts = splitOutsideCode(label.trim(), " or ");
  const nullable = parts.some((part) => part.trim() === "`null`");
  const rest = parts.filter((part) => part.trim() !== "`null`");
  const right = readAlternatives(rest, "right");
  const left = readAlternatives(rest, "left");
  return { type: right, nullable, alternatives: sameShape(left, right) ? [] : [left] };
}

/** Alternatives, where `array of`/`map of` takes everything after it (right) or only the next part (left). */
function readAlternatives(parts: readonly string[], binding: "right" | "left"): DocType {
  const variants: DocType[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = (parts[index] as string).trim();
    const container = /^(array|map) of (.*)$/s.exec(part);
    if (container !== null && binding === "right" && index < parts.length - 1) {
      const inner = readAlternatives([container[2] as string, ...parts.slice(index + 1)], binding);
      variants.push(container[1] === "array" ? { kind: "array", items: inner } : { kind: "map", values: inner });
      break;
    }
    variants.push(readOne(part, binding));
  }
  return variants.length === 1 ? (variants[0] as DocType) : { kind: "union", variants };
}

function readOne(part: string, binding: "right" | "left"): DocType {
  const container = /^(array|map) of (.*)$/s.exec(part);
  if (container !== null) {
    const inner = readAlternatives([container[2] as string], binding);
    return container[1] === "array" ? { kind: "array", items: inner } : { kind: "map", values: inner };
  }
  const link = /^\[([^\]]+)\]\([^()\s]*\)$/.exec(part);
  if (link !== null) return { kind: "model", name: link[1] as string };
  if (part === "any JSON value") return { kind: "any" };
  if (/^`object` \(any JSON object\)$/.test(part)) return { kind: "map", values: { kind: "any" } };
  const constant = /^constant (`+)\s?(.*?)\s?\1$/s.exec(part);
  if (constant !== null) return literalOf(constant[2] as string);
  const word = /^`([a-z]+)`( \(enum\))?$/.exec(part);
  if (word !== null) {
    switch (word[1]) {
      case "string":
        return { kind: "string" };
      case "integer":
        return { kind: "integer", bits: null };
      case "number":
        return { kind: "number", bits: null, integers: false };
      case "boolean":
        return { kind: "boolean" };
      case "object":
        return { kind: "object" };
      case "null":
        return { kind: "null" };
    }
  }
  return { kind: "unrecognized", text: part, suggestion: closest(part.replace(/`/g, ""), WORDS) };
}

/** Splits on `separator` where it is outside code spans and link brackets. */
function splitOutsideCode(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let fence = 0;
  let brackets = 0;
  for (let index = 0; index < text.length; ) {
    if (text[index] === "`") {
      let run = 0;
      while (text[index + run] === "`") run++;
      fence = fence === 0 ? run : fence === run ? 0 : fence;
      index += run;
      continue;
    }
    if (fence === 0 && text[index] === "[") brackets++;
    if (fence === 0 && text[index] === "]") brackets--;
    if (fence === 0 && brackets === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      index += separator.length;
      start = index;
      continue;
    }
    index++;
  }
  parts.push(text.slice(start));
  return parts;
}

function literalOf(json: string): DocType {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "literal", value };
    if (value === null) return { kind: "null" };
    return Array.isArray(value) ? { kind: "array", items: null } : { kind: "object" };
  } catch {
    return { kind: "any" };
  }
}

function sameShape(a: DocType, b: DocType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
