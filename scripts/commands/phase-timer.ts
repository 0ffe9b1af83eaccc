/**
 * The opt-in timing hook of the CLI: with `CHATSPEC_TIMINGS=1` in the environment, a command prints
 * where its time went to stderr, one line, after it finishes:
 *
 *   chatspec timings: start-up 61 ms, load+lint 402 ms, generate 1012 ms, write 9 ms, total 1484 ms
 *
 * "start-up" is from process start (performance's time origin) to the first line of the command:
 * Node itself plus the CLI's own imports. Normal output is unchanged; without the variable this
 * costs nothing. `npm run bench` reads these lines for its codegen split.
 */
import { performance } from "node:perf_hooks";

export interface PhaseTimer {
  /** Ends the current phase under `name` and starts the next. */
  lap(name: string): void;
  /** Prints the line (when enabled). */
  report(): void;
}

export const TIMINGS_VARIABLE = "CHATSPEC_TIMINGS";

export function createPhaseTimer(environment: NodeJS.ProcessEnv, write: (text: string) => void): PhaseTimer {
  if (environment[TIMINGS_VARIABLE] !== "1") return { lap: () => undefined, report: () => undefined };
  const phases: [string, number][] = [["start-up", performance.now()]];
  let last = performance.now();
  return {
    lap(name) {
      const now = performance.now();
      phases.push([name, now - last]);
      last = now;
    },
    report() {
      const total = phases.reduce((sum, [, ms]) => sum + ms, 0);
      write(`chatspec timings: ${[...phases, ["total", total] as const].map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(", ")}\n`);
    },
  };
}

/** Parses a timings line back into milliseconds by phase; null when `text` has none. */
export function parseTimings(text: string): Record<string, number> | null {
  const line = text.split("\n").find((candidate) => candidate.startsWith("chatspec timings: "));
  if (line === undefined) return null;
  const phases: Record<string, number> = {};
  for (const part of line.slice("chatspec timings: ".length).split(", ")) {
    const match = /^(.+) (\d+) ms$/.exec(part);
    if (match !== null) phases[match[1] as string] = Number(match[2]);
  }
  return phases;
}
