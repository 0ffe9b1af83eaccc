/**
 * The watch's run loop with a run the test finishes by hand: debounced changes, no overlapping
 * runs, one queued run for any number of changes during a run, a restart before the next run, and
 * a failed run left unreported only when a newer change was already coming.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExitCode } from "../generator/errors.js";
import type { RunOutput } from "../scripts/commands/warm-generator.js";
import { createWatchLoop } from "../scripts/commands/watch-loop.js";

const ok: RunOutput = { code: ExitCode.ok, stdout: "chatspec: ok\n", stderr: "" };
const failed: RunOutput = { code: ExitCode.usage, stdout: "", stderr: "chatspec: spec.yaml:3:1: invalid YAML\n" };

/** A loop whose runs wait for `finish`, recording what happened in order; `settled` is the loop's wait for late looks. */
function harness(settled?: () => Promise<void>) {
  const events: string[] = [];
  const pending: ((run: RunOutput) => void)[] = [];
  const loop = createWatchLoop({
    debounceMs: 10,
    ...(settled === undefined ? {} : { settled }),
    run: () => {
      events.push("run");
      return new Promise((resolve) => pending.push(resolve));
    },
    report: (run) => events.push(`report ${run.code}`),
    restart: (cause) => events.push(`restart ${cause}`),
  });
  /** Ends the oldest run in progress with `run`, then lets the loop go on. */
  const finish = async (run: RunOutput) => {
    pending.shift()?.(run);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { loop, events, finish };
}

// Every test drives the debounce with fake timers.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the watch's run loop", () => {
  it("runs once after changes settle for the debounce, and reports it", async () => {
    const { loop, events, finish } = harness();
    loop.changed();
    await vi.advanceTimersByTimeAsync(5);
    loop.changed();
    await vi.advanceTimersByTimeAsync(9);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(["run"]);
    await finish(ok);
    expect(events).toEqual(["run", "report 0"]);
  });

  it("never overlaps runs: changes during a run make one more run after it", async () => {
    const { loop, events, finish } = harness();
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual(["run"]);
    await finish(ok);
    expect(events).toEqual(["run", "report 0", "run"]);
    await finish(ok);
    expect(events).toEqual(["run", "report 0", "run", "report 0"]);
  });

  it("does not report a failed run when a change came during it (a save seen halfway); the next run reports", async () => {
    const { loop, events, finish } = harness();
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    // The rest of the save arrives while the run on the truncated file is still going, before its debounce ends.
    loop.changed();
    await finish(failed);
    expect(events).toEqual(["run"]);
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual(["run", "run"]);
    await finish(ok);
    expect(events).toEqual(["run", "run", "report 0"]);
  });

  it("waits for the late looks after a failed run: a change they find supersedes it", async () => {
    let lookDone: () => void = () => undefined;
    const { loop, events, finish } = harness(() => new Promise<void>((resolve) => (lookDone = resolve)));
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    await finish(failed);
    // The run is over, and nothing is reported while a late look is still to come.
    expect(events).toEqual(["run"]);
    loop.changed();
    lookDone();
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual(["run", "run"]);
    await finish(ok);
    expect(events).toEqual(["run", "run", "report 0"]);
  });

  it("reports a failed run when its late looks find nothing new", async () => {
    const { loop, events, finish } = harness(() => Promise.resolve());
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    await finish(failed);
    expect(events).toEqual(["run", "report 2"]);
  });

  it("reports a failed run when no change came during it, and a successful run even when one did", async () => {
    const { loop, events, finish } = harness();
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    await finish(failed);
    expect(events).toEqual(["run", "report 2"]);
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    loop.changed();
    await finish(ok);
    expect(events).toEqual(["run", "report 2", "run", "report 0"]);
  });

  it("restarts before the next run when a change asked for it, once", async () => {
    const { loop, events, finish } = harness();
    loop.changed("/project/chatspec.config.ts");
    await vi.advanceTimersByTimeAsync(10);
    await finish(ok);
    loop.changed();
    await vi.advanceTimersByTimeAsync(10);
    await finish(ok);
    expect(events).toEqual(["restart /project/chatspec.config.ts", "run", "report 0", "run", "report 0"]);
  });

  it("starts nothing once stopped, not even a debounced change", async () => {
    const { loop, events } = harness();
    loop.changed();
    loop.stop();
    await vi.advanceTimersByTimeAsync(50);
    await loop.runNow();
    expect(events).toEqual([]);
  });
});
