/**
 * The one content hash: the manifest's file hashes, its input hashes and the prebuilt runtime's keys.
 *
 * A long-lived process (`generate --watch`) turns on `keepHashes`: a text hashed before is then
 * looked up instead of hashed again. A one-field edit changes a few dozen of the thousand files a
 * run writes, and SHA-256 over the other 10 MB was a tenth of a warm run; a Map lookup compares the
 * text itself, so a text is found only when it is the same text. Off by default: a one-off run
 * would only hold the texts longer.
 */
import { createHash } from "node:crypto";

/** Text → its hash, least recently used first; null unless a process turned it on. */
let kept: Map<string, string> | null = null;
let keptLength = 0;
let budget = 0;

/**
 * Keeps the hashes of the texts hashed last, up to `maxLength` UTF-16 code units of text in all
 * (one run of the repository's outputs hashes about 10 million).
 */
export function keepHashes(maxLength: number): void {
  kept = new Map();
  keptLength = 0;
  budget = maxLength;
}

/** SHA-256 of a text (UTF-8), hex. */
export function hashText(text: string): string {
  if (kept === null) return sha256(text);
  const found = kept.get(text);
  if (found !== undefined) {
    // Most recently used last: the first entry is the one to drop.
    kept.delete(text);
    kept.set(text, found);
    return found;
  }
  const made = sha256(text);
  kept.set(text, made);
  keptLength += text.length;
  for (const oldest of kept.keys()) {
    if (keptLength <= budget) break;
    kept.delete(oldest);
    keptLength -= oldest.length;
  }
  return made;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
