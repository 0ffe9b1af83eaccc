/**
 * The validator module store on disk (emitters/validators/module-store.ts):
 * `node_modules/.cache/chatspec/validators/` of the project the command runs in (find-cache-dir's
 * convention, so `CACHE_DIR` moves it and `rm -rf node_modules/.cache` clears it), none outside a
 * package.
 *
 * An entry is named by the hash of its inputs; this adds chatspec's own code to them: entries live
 * in a folder named after the code's identity (every source file of the generator that is running,
 * and AJV's package.json), so a changed rewrite pass, a new AJV or another build never meets an
 * entry an older one wrote. Folders of other identities are removed, and within one only the entries
 * used last are kept (`MAX_ENTRIES`, `MAX_BYTES`).
 *
 * A store only makes a run faster, never different: an entry is written whole (a temporary file
 * renamed over it), any entry that cannot be read is a miss, and any failure to write is ignored.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import findCacheDirectory from "find-cache-dir";
import type { ModuleStore } from "../emitters/validators/module-store.js";
import { RecentlyUsed } from "../lib/recently-used.js";

/**
 * What pruning keeps: the entries used last, at most this many and this many bytes. The repository's
 * outputs are 25 entries and 4.5 MB a run; OpenAI's spec is 4 modules of about 4 MB each.
 */
const MAX_ENTRIES = 200;
const MAX_BYTES = 256 * 1024 * 1024;

/** The generator's own folder, in the build that is running (dist/generator, or generator/ under a TypeScript loader). */
const GENERATOR_DIR = fileURLToPath(new URL("..", import.meta.url));

/**
 * What a store keeps in memory, in UTF-16 code units: the texts it read or wrote last (the repository's
 * 20 modules are about 4.5 million). A long-lived process (`generate --watch`) then reads nothing again,
 * and hands out the very strings it handed out before, which V8 has already flattened and hashed.
 */
const MEMORY_BUDGET = 32_000_000;

/** The stores this process opened, by folder: one per project, however many commands it runs. */
const opened = new Map<string, ModuleStore>();

/** The store of the project around `cwd`, or null when there is none (no package.json above it, or its node_modules is not writable). */
export function openModuleStore(cwd: string): ModuleStore | null {
  const base = findCacheDirectory({ name: "chatspec", cwd });
  if (base === undefined) return null;
  const root = path.join(base, "validators");
  let store = opened.get(root);
  if (store === undefined) {
    store = directoryStore(root, runningCodeIdentity);
    opened.set(root, store);
  }
  return store;
}

/**
 * A store in `root`, its entries in a folder named by `identity()` (asked for once, at the first read or
 * write). `limits`: what pruning keeps (a test's own).
 */
export function directoryStore(root: string, identity: () => string, limits = { entries: MAX_ENTRIES, bytes: MAX_BYTES }): ModuleStore {
  let folder: string | null = null;
  let pruned = false;
  const remembered = new RecentlyUsed<string, string>(MEMORY_BUDGET, (_key, text) => text.length);
  const entries = (): string => {
    folder ??= path.join(root, identity());
    return folder;
  };
  return {
    read(key) {
      const known = remembered.get(key);
      if (known !== undefined) return known;
      const file = path.join(entries(), key);
      try {
        const text = readFileSync(file, "utf8");
        // Marks it used: pruning keeps what was used last.
        const now = new Date();
        utimesSync(file, now, now);
        remembered.set(key, text);
        return text;
      } catch {
        return null;
      }
    },
    write(key, text) {
      remembered.set(key, text);
      const dir = entries();
      const file = path.join(dir, key);
      const staging = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(staging, text);
        renameSync(staging, file);
      } catch {
        removeQuietly(staging);
        return;
      }
      if (!pruned) {
        pruned = true;
        prune(root, path.basename(dir), limits);
      }
    },
  };
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Its folder cannot be reached either: there is nothing to remove.
  }
}

/** Removes the folders of other identities, and the entries of `current` beyond the MAX_ENTRIES and MAX_BYTES used last. */
function prune(root: string, current: string, limits: { entries: number; bytes: number }): void {
  try {
    for (const name of readdirSync(root)) if (name !== current) rmSync(path.join(root, name), { recursive: true, force: true });
    const dir = path.join(root, current);
    const used = readdirSync(dir)
      .map((name) => {
        const stat = statSync(path.join(dir, name));
        return { name, at: stat.mtimeMs, size: stat.size };
      })
      .sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
    let bytes = 0;
    used.forEach(({ name, size }, index) => {
      bytes += size;
      if (index >= limits.entries || bytes > limits.bytes) rmSync(path.join(dir, name), { force: true });
    });
  } catch {
    // Another process pruned meanwhile, or the folder went: nothing to keep tidy.
  }
}

let identityOfThisProcess: string | null = null;

/** codeIdentity, read once per process: the code a process runs is the code it loaded at its start. */
function runningCodeIdentity(): string {
  identityOfThisProcess ??= codeIdentity();
  return identityOfThisProcess;
}

/**
 * SHA-256 of every source file of the running generator (path and bytes, in path order; not the
 * declaration files) and of AJV's package.json: what makes a module from a bundle. `generatorDir`:
 * another tree's, for a test.
 */
export function codeIdentity(generatorDir = GENERATOR_DIR): string {
  const hash = createHash("sha256");
  const files = (readdirSync(generatorDir, { recursive: true }) as string[])
    .filter((file) => /\.[jt]s$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\u0000`)
      .update(readFileSync(path.join(generatorDir, file)))
      .update("\u0000");
  hash.update(readFileSync(createRequire(import.meta.url).resolve("ajv/package.json")));
  return hash.digest("hex").slice(0, 32);
}
