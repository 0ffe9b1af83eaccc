/**
 * Size limits on a request body, checked before the body costs anything: on the raw bytes in one
 * linear scan, before the body is decoded or `JSON.parse` builds a single object, and on an already parsed value (a
 * framework parsed it) in one walk. A body with 400,000 keys or 2,000,000 array elements is refused
 * after reading the first few thousand, so it cannot stall the event loop.
 *
 * These are resource limits, not the spec's rules: `maxProperties`, `maxItems` and `maxLength` in the
 * spec stay the validators' job, with the validators' messages.
 */
import { encodePointerSegment } from "./json-pointer.js";

export interface BodyLimits {
  /** Deepest nesting of arrays and objects. */
  readonly maxDepth: number;
  /** Most keys in one object. */
  readonly maxObjectKeys: number;
  /** Most elements in one array. */
  readonly maxArrayLength: number;
  /** Longest string value, in UTF-16 code units (as JavaScript's `length` counts them). */
  readonly maxStringLength: number;
  /** Longest key, in UTF-16 code units: keys are names, and a 400 names the key it refuses. */
  readonly maxKeyLength: number;
}

/** Which limit a body broke: `key` is a key longer than `maxKeyLength`. */
export type LimitKind = "depth" | "keys" | "array" | "string" | "key";

/** The first limit a body breaks, and where: the JSON pointer of the container or string concerned. */
export interface LimitHit {
  readonly kind: LimitKind;
  readonly pointer: string;
}

const QUOTE = 34;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const BACKSLASH = 92;
const LETTER_U = 117;

/** Strings up to this many bytes are walked byte by byte; longer ones are crossed with `indexOf`. */
const SHORT_STRING = 64;

/** Bytes the scan passes over: whitespace, and those of numbers, `true`, `false` and `null`. */
const INERT = new Uint8Array(256);
for (const char of " \t\n\r0123456789+-.eEtrufalsn") INERT[char.charCodeAt(0)] = 1;

/**
 * The first limit the JSON body breaks, in text order, or null. Works on the raw UTF-8 bytes, so a
 * refused body is never even decoded. Linear: strings are crossed with `indexOf` jumps to the next
 * quote or backslash (both positions cached, so a string of escapes stays linear), and the scan
 * stops at the first limit broken. Malformed JSON is not this function's concern: it returns what it
 * saw, and `JSON.parse` reports the syntax error.
 */
export function scanJsonBytes(bytes: Uint8Array, limits: BodyLimits): LimitHit | null {
  const levels = limits.maxDepth + 2;
  // Per open container, by depth (1 = the outermost): object or array, keys or elements so far,
  // and for objects the raw bytes of the current key (to name it in a pointer, only on a hit).
  const isObject = new Uint8Array(levels);
  const counts = new Float64Array(levels);
  const keyStart = new Int32Array(levels);
  const keyEnd = new Int32Array(levels);
  let depth = 0;
  let expectingKey = false;
  let arrayJustOpened = false;
  let nextQuote = -1;
  let nextBackslash = -1;

  const pointerThrough = (level: number): string => {
    let pointer = "";
    for (let at = 1; at <= level; at++) {
      const segment = isObject[at] === 1 ? keyAt(bytes, keyStart[at] as number, keyEnd[at] as number) : String((counts[at] as number) - 1);
      pointer += `/${encodePointerSegment(segment)}`;
    }
    return pointer;
  };

  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    if (INERT[byte] === 1) continue;
    if (arrayJustOpened) {
      arrayJustOpened = false;
      if (byte !== CLOSE_ARRAY) counts[depth] = 1;
    }
    if (byte === QUOTE) {
      // Cross the string, counting its bytes with each escape as one unit: an upper bound of its
      // decoded length (a character takes at least one UTF-8 byte per UTF-16 unit). Most strings
      // are short keys and values: walk those byte by byte, and jump through the rest with
      // `indexOf`, which costs a call each time but crosses megabytes at memory speed.
      const start = index;
      let from = index + 1;
      const walkUntil = Math.min(bytes.length, from + SHORT_STRING);
      while (from < walkUntil && bytes[from] !== QUOTE && bytes[from] !== BACKSLASH) from++;
      let bound = from - start - 1;
      let end = from < walkUntil && bytes[from] === QUOTE ? from : -1;
      while (end === -1) {
        if (nextQuote < from) nextQuote = bytes.indexOf(QUOTE, from);
        if (nextQuote === -1) return null; // unterminated: JSON.parse says so
        if (nextBackslash !== -2 && nextBackslash < from) {
          // Escapes come in runs (`\u0001\u0001…`): look at the next byte before searching.
          nextBackslash = bytes[from] === BACKSLASH ? from : bytes.indexOf(BACKSLASH, from);
          if (nextBackslash === -1) nextBackslash = -2; // none left in the body
        }
        if (nextBackslash === -2 || nextBackslash > nextQuote) {
          bound += nextQuote - from;
          end = nextQuote;
        } else {
          bound += nextBackslash - from + 1;
          from = nextBackslash + (bytes[nextBackslash + 1] === LETTER_U ? 6 : 2);
        }
      }
      const isKey = expectingKey && isObject[depth] === 1;
      const limit = isKey ? limits.maxKeyLength : limits.maxStringLength;
      const tooLong = bound > limit && decodedLengthExceeds(bytes, start + 1, end, limit);
      if (isKey) {
        if (tooLong) return { kind: "key", pointer: pointerThrough(depth - 1) };
        counts[depth] = (counts[depth] as number) + 1;
        if ((counts[depth] as number) > limits.maxObjectKeys) return { kind: "keys", pointer: pointerThrough(depth - 1) };
        keyStart[depth] = start;
        keyEnd[depth] = end + 1;
        expectingKey = false;
      } else if (tooLong) return { kind: "string", pointer: pointerThrough(depth) };
      index = end;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (depth + 1 > limits.maxDepth) return { kind: "depth", pointer: pointerThrough(depth) };
      depth++;
      counts[depth] = 0;
      if (byte === OPEN_OBJECT) {
        isObject[depth] = 1;
        expectingKey = true;
      } else {
        isObject[depth] = 0;
        arrayJustOpened = true;
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth > 0) depth--;
      expectingKey = false;
    } else if (byte === COMMA && depth > 0) {
      if (isObject[depth] === 1) expectingKey = true;
      else {
        counts[depth] = (counts[depth] as number) + 1;
        if ((counts[depth] as number) > limits.maxArrayLength) return { kind: "array", pointer: pointerThrough(depth - 1) };
      }
    }
  }
  return null;
}

/**
 * Whether the decoded length (UTF-16 units) of a JSON string's raw bytes between its quotes is over
 * `limit`: one unit per escape, one per UTF-8 lead byte, two for a four-byte sequence (a surrogate
 * pair). Only run on a string whose upper bound is over the limit; stops as soon as it is.
 */
function decodedLengthExceeds(bytes: Uint8Array, from: number, to: number, limit: number): boolean {
  let length = 0;
  for (let index = from; index < to; index++) {
    const byte = bytes[index] as number;
    if (byte === BACKSLASH) {
      index += bytes[index + 1] === LETTER_U ? 5 : 1;
      length++;
    } else if ((byte & 0xc0) !== 0x80) length += byte >= 0xf0 ? 2 : 1;
    if (length > limit) return true;
  }
  return false;
}

/** A key's raw JSON bytes, decoded (it is short: longer keys were refused before anyone asks). */
function keyAt(bytes: Uint8Array, start: number, end: number): string {
  const raw = new TextDecoder().decode(bytes.subarray(start, end));
  if (!raw.includes("\\")) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * The first limit an already parsed value breaks, in document order, or null. Iterative, so no
 * depth can overflow the stack; pointers are built only for the hit.
 */
export function scanParsedValue(value: unknown, limits: BodyLimits): LimitHit | null {
  interface Visit {
    readonly node: unknown;
    readonly depth: number;
    readonly parent: Visit | null;
    readonly segment: string;
  }
  const pointerOf = (visit: Visit | null): string => {
    const segments: string[] = [];
    for (let at = visit; at !== null && at.parent !== null; at = at.parent) segments.push(encodePointerSegment(at.segment));
    return segments.length === 0 ? "" : `/${segments.reverse().join("/")}`;
  };
  const stack: Visit[] = [{ node: value, depth: 0, parent: null, segment: "" }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { node } = visit;
    if (typeof node === "string") {
      if (node.length > limits.maxStringLength) return { kind: "string", pointer: pointerOf(visit) };
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    if (visit.depth + 1 > limits.maxDepth) return { kind: "depth", pointer: pointerOf(visit) };
    if (Array.isArray(node)) {
      if (node.length > limits.maxArrayLength) return { kind: "array", pointer: pointerOf(visit) };
      for (let index = node.length - 1; index >= 0; index--) stack.push({ node: node[index], depth: visit.depth + 1, parent: visit, segment: String(index) });
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > limits.maxObjectKeys) return { kind: "keys", pointer: pointerOf(visit) };
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      if (key.length > limits.maxKeyLength) return { kind: "key", pointer: pointerOf(visit) };
      stack.push({ node: (node as Record<string, unknown>)[key], depth: visit.depth + 1, parent: visit, segment: key });
    }
  }
  return null;
}
