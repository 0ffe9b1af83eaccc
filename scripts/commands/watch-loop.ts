/**
 * When `generate --watch` runs, and which runs it reports: changes are debounced, runs never
 * overlap (a change during a run queues one more run after it), and a run that failed while a newer
 * change was already coming is not reported.
 *
 * The debounce is short because every millisecond of it is one the user waits for the files. The
 * cost of a short one is that a save can be seen halfway: an editor that truncates the file and
 * then writes it, with a pause between the two longer than the debounce, starts a run on the
 * truncated file. That run fails, but the rest of the save arrives as a change while it runs (or
 * is found by a late look, `settled`, which a failed run waits for), so the failure is not worth a
 * line: the run after it, on the whole file, reports. A run that failed with no newer change in
 * sight is always reported.
 */
import { ExitCode } from "../../generator/errors.js";
import type { RunOutput } from "./warm-generator.js";

/** How long the watch waits after a change for more: an editor's save (a write, or a rename over the file) and a checkout arrive within a few milliseconds. */
export const DEBOUNCE_MS = 15;

export interface WatchLoopOptions {
  /** One run, start to finish. */
  readonly run: () => Promise<RunOutput>;
  /** Reports a run (the watch prints its one line). */
  readonly report: (run: RunOutput) => void;
  /**
   * Resolves once every change that may still be reported late has been (watch.ts looks at each
   * changed file again after chokidar's throttle window: late-looks.ts). Awaited only after a failed run, before
   * deciding whether a newer change supersedes it.
   */
  readonly settled?: () => Promise<void>;
  /** Called before a run when `changed` was told that a restart is needed. */
  readonly restart: (cause: string) => void;
  readonly debounceMs?: number;
}

export interface WatchLoop {
  /** A watched file changed; `restartCause`: the file, when the change needs a fresh process. */
  changed(restartCause?: string): void;
  /** Runs now (the first run), or once more after the one in progress. Resolves when no run is left. */
  runNow(): Promise<void>;
  /** No run starts from now on: a pending debounce is dropped. */
  stop(): void;
}

export function createWatchLoop(options: WatchLoopOptions): WatchLoop {
  let running = false;
  let again = false;
  /** A change arrived since the run in progress started (debounced or not). */
  let changedDuringRun = false;
  let restartFor: string | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const runNow = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      changedDuringRun = false;
      if (restartFor !== null) {
        options.restart(restartFor);
        restartFor = null;
      }
      const run = await options.run();
      if (run.code !== ExitCode.ok) await options.settled?.();
      const superseded = run.code !== ExitCode.ok && (changedDuringRun || again);
      if (!superseded) options.report(run);
    } while (again && !stopped);
    running = false;
  };

  return {
    changed(restartCause) {
      if (restartCause !== undefined) restartFor = restartCause;
      if (running) changedDuringRun = true;
      clearTimeout(timer);
      timer = setTimeout(() => void runNow(), options.debounceMs ?? DEBOUNCE_MS);
    },
    runNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
