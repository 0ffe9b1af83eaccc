/**
 * Compilations a long-lived process keeps (`generate --watch`): AJV's work for a bundle it compiled
 * in an earlier run is reused when the bundle AJV sees (annotation-free.ts) and the options are the
 * same. A prose edit, the everyday edit, then compiles nothing. Off unless a process turns it on,
 * so a one-off `generate` holds no compilation longer than it uses it (the full OpenAI spec's four
 * variants are tens of MB). Keyed by content, so what is reused is what would be compiled again.
 */
import { hashText } from "../../lib/hash.js";

let kept: Map<string, unknown> | null = null;
let capacity = 0;

/** Keeps the `count` compilations used last from now on (one run of the repository uses 20). */
export function keepCompilations(count: number): void {
  kept = new Map();
  capacity = count;
}

/**
 * `make()`, or what it returned for the same key in an earlier call while compilations are kept.
 * The key is asked for only then (it serialises the whole bundle).
 */
export function keptOrMade<T>(key: () => string, make: () => T): T {
  if (kept === null) return make();
  const hash = hashText(key());
  const found = kept.get(hash);
  if (found !== undefined) {
    // Most recently used last: the first entry is the one to drop.
    kept.delete(hash);
    kept.set(hash, found);
    return found as T;
  }
  const made = make();
  kept.set(hash, made);
  if (kept.size > capacity) kept.delete(kept.keys().next().value as string);
  return made;
}
