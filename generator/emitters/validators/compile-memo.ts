/**
 * Compilations a long-lived process keeps (`generate --watch`): AJV's work for a bundle it compiled
 * in an earlier run is reused when the bundle AJV sees (annotation-free.ts) and the options are the
 * same. A prose edit, the everyday edit, then compiles nothing. Off unless a process turns it on,
 * so a one-off `generate` holds no compilation longer than it uses it (the full OpenAI spec's four
 * variants are tens of MB). Keyed by content, so what is reused is what would be compiled again.
 */
import { hashTextOnce } from "../../lib/hash.js";
import { RecentlyUsed } from "../../lib/recently-used.js";

let kept: RecentlyUsed<string, unknown> | null = null;

/** Keeps the `count` compilations used last from now on (one run of the repository uses 20). */
export function keepCompilations(count: number): void {
  kept = new RecentlyUsed(count);
}

/** Keeps none from now on (the default): for a test that turned keeping on in a shared process. */
export function forgetCompilations(): void {
  kept = null;
}

/**
 * `make()`, or what it returned for the same key in an earlier call while compilations are kept.
 * The key is asked for only then (it serialises the whole bundle).
 */
export function keptOrMade<T>(key: () => string, make: () => T): T {
  if (kept === null) return make();
  // Not kept by hash.ts: a key is megabytes, and would push output texts out of the watch's hash budget.
  const hash = hashTextOnce(key());
  const found = kept.get(hash);
  if (found !== undefined) return found as T;
  const made = make();
  kept.set(hash, made);
  return made;
}
