/**
 * The watch's late look at each changed file. chokidar 4 drops a file's change events for 50 ms
 * after each one it emits (`_throttle(EV.CHANGE, path, 50)` in its index.js): a second write within
 * that window reaches nobody. The watch's debounce is shorter than that (watch-loop.ts), so a run
 * can start, read the file, and miss a write that follows inside the window.
 *
 * So when a run starts, the stat of every file changed since the run before is noted, and once the
 * window of each change event has passed, the file is looked at again: a stat that moved since the
 * run started means a write the run may not have seen, which counts as a change. The comparison is
 * with the stat at the run's start, not at the event: chokidar's event can come from the first half
 * of a save (a truncate, then the write), and the run reads the whole file.
 */
import { type Stats, statSync } from "node:fs";

/** chokidar's window, plus a margin for its timer to fire first. */
export const LATE_LOOK_MS = 55;

export interface LateLooks {
  /** A watched file changed (chokidar's event); a change event gets a late look. */
  observed(event: string, file: string): void;
  /** A run starts now: notes the stat of every file changed since the last run started. */
  runStarts(): void;
  /** Resolves once every late look scheduled so far has been made. */
  settled(): Promise<void>;
}

/** `changed(file)`: what a late look that found a new write calls (the watch's own change handler). */
export function createLateLooks(changed: (file: string) => void, delayMs = LATE_LOOK_MS): LateLooks {
  /** Files changed since the last run started. */
  const sinceRun = new Set<string>();
  /** A file's stat when the last run started (null: it did not exist), for the files changed before it. */
  const atRunStart = new Map<string, Stats | null>();
  const pending = new Set<Promise<void>>();

  const look = (file: string): void => {
    // No run has started since the event: the run still to come reads the file as it is then.
    if (!atRunStart.has(file)) return;
    const before = atRunStart.get(file) ?? null;
    const now = statSync(file, { throwIfNoEntry: false }) ?? null;
    if (!sameFile(before, now)) {
      atRunStart.delete(file);
      changed(file);
    }
  };

  return {
    observed(event, file) {
      sinceRun.add(file);
      atRunStart.delete(file);
      if (event !== "change") return;
      const done = new Promise<void>((resolve) =>
        setTimeout(() => {
          look(file);
          resolve();
        }, delayMs),
      );
      pending.add(done);
      void done.then(() => pending.delete(done));
    },
    runStarts() {
      for (const file of sinceRun) atRunStart.set(file, statSync(file, { throwIfNoEntry: false }) ?? null);
      sinceRun.clear();
    },
    async settled() {
      await Promise.all(pending);
    },
  };
}

function sameFile(a: Stats | null, b: Stats | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
