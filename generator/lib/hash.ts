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
import { readFileSync } from "node:fs";
import { RecentlyUsed } from "./recently-used.js";

/** Text → its hash, for the texts hashed last; null unless a process turned it on. */
let kept: RecentlyUsed<string, string> | null = null;

/**
 * Keeps the hashes of the texts hashed last, up to `maxLength` UTF-16 code units of text in all
 * (one run of the repository's outputs hashes about 10 million).
 */
export function keepHashes(maxLength: number): void {
  kept = new RecentlyUsed(maxLength, (text) => text.length);
}

/** SHA-256 of a text (UTF-8), hex. */
export function hashText(text: string): string {
  if (kept === null) return sha256(text);
  const found = kept.get(text);
  if (found !== undefined) return found;
  const made = sha256(text);
  kept.set(text, made);
  return made;
}

/**
 * SHA-256 of a file's bytes, hex, or null when there is no such file: the same hash as `hashText`
 * of its text when it is UTF-8, without decoding it (the fast check hashes a thousand output files).
 * Bytes that are not UTF-8 hash differently from any text, as a text read from them would.
 */
export function hashFileBytes(file: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return createHash("sha256").update(bytes).digest("hex");
}

/** SHA-256 of a text, as `hashText`, never kept: for a text hashed once, however long the process lives (a key of megabytes). */
export function hashTextOnce(text: string): string {
  return sha256(text);
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
