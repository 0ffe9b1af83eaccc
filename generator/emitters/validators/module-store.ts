/**
 * The validator modules of earlier runs, for a new process: AJV's compilations are most of a
 * `generate` after a prose edit (the everyday edit), and what they produce depends only on the bundle
 * AJV sees (annotation-free.ts), the options and chatspec's own code. With a store in use, each
 * module text and each verdict of the request-example check is looked up by the hash of exactly
 * those inputs before anything is compiled, and kept after it is.
 *
 * The store itself is I/O and is handed in at the edge (`useModuleStore`, the CLI's commands; see
 * io/module-store-dir.ts, which also puts the code's identity into every key). None is in use by
 * default, so a library call compiles as before. A long-lived process keeps its AJV instances
 * as well (compile-memo.ts); the two do not depend on each other.
 */
import { hashTextOnce } from "../../lib/hash.js";

/** Texts by key. `read` gives null for anything it cannot give back whole; `write` never throws. */
export interface ModuleStore {
  read(key: string): string | null;
  write(key: string, text: string): void;
}

let store: ModuleStore | null = null;

/** Looks module texts and verdicts up in `next` from now on; null stops it. */
export function useModuleStore(next: ModuleStore | null): void {
  store = next;
}

/**
 * The text stored for `key()`'s inputs, else `make()`'s, which is then stored. `key` describes every
 * input of `make` (it is asked for only when a store is in use: it can be megabytes).
 */
export async function storedOrMade(key: () => string, make: () => Promise<string>): Promise<string> {
  if (store === null) return make();
  const name = entryName("module", key());
  const found = store.read(name);
  if (found !== null) return found;
  const made = await make();
  store.write(name, made);
  return made;
}

/**
 * Whether a check with exactly the inputs `key()` describes passed in an earlier run. Only passes are
 * kept (`rememberPassed`): a failure's report can depend on more than its verdict, so it is made anew.
 */
export function passedBefore(key: () => string): boolean {
  return store !== null && store.read(entryName("pass", key())) !== null;
}

export function rememberPassed(key: () => string): void {
  store?.write(entryName("pass", key()), "");
}

function entryName(kind: "module" | "pass", key: string): string {
  return `${kind}-${hashTextOnce(`${kind}\u0000${key}`)}`;
}
