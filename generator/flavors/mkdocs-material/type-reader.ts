/**
 * The kluster / PaperMoon type words of MkDocs Material pages read back (doc-flavors 1C): free text
 * inside `++"…"++`, one JSON type word per alternative joined by " or " (`string or array or null`).
 * The words are coarse: `array` says nothing about its items and `object` covers maps too.
 */
import type { DocType } from "../../drift/doc-model.js";
import { closest } from "../../drift/similarity.js";

const WORDS: Readonly<Record<string, DocType>> = {
  string: { kind: "string" },
  integer: { kind: "integer", bits: null },
  number: { kind: "number", bits: null, integers: false },
  boolean: { kind: "boolean" },
  object: { kind: "object" },
  array: { kind: "array", items: null },
  map: { kind: "map", values: null },
  any: { kind: "any" },
  null: { kind: "null" },
};

export interface KlusterLabel {
  readonly type: DocType;
  readonly nullable: boolean;
}

export function readKlusterLabel(label: string): KlusterLabel {
  const words = label
    .trim()
    .split(/\s+or\s+/)
    .filter((word) => word !== "");
  const nullable = words.some((word) => word.toLowerCase() === "null");
  const variants = words.filter((word) => word.toLowerCase() !== "null").map(readWord);
  const type: DocType = variants.length === 1 ? (variants[0] as DocType) : variants.length === 0 ? { kind: "null" } : { kind: "union", variants };
  return { type, nullable };
}

function readWord(word: string): DocType {
  return WORDS[word.toLowerCase()] ?? { kind: "unrecognized", text: word, suggestion: closest(word, Object.keys(WORDS)) };
}
