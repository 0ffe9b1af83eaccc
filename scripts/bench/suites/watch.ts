/**
 * (7) The warm watch: `chatspec generate --watch` on a copy of spec/ (with its profiles and the
 * repository's config, so the outputs are the repository's), and, alternately, openapi-typescript's
 * cold run on the same spec. Each watch round rewrites one field's description and times from the
 * write to the watch's summary line, which it prints once the output folder is on disk: the
 * debounce, the change detection, lint, every emitter and the write. Target: at most 0.3 times
 * openapi-typescript's cold run.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { alternate } from "../alternate.js";
import { workPath, type BenchContext } from "../context.js";
import { expectExit } from "../processes.js";
import { editableSpecCopy } from "./codegen.js";
import { median, pairedRatio } from "../stats.js";

export interface WatchResult {
  /** Median ms from the spec's write to the watch's summary line. */
  readonly editToDiskMs: number;
  readonly samples: readonly number[];
  /** openapi-typescript's cold run on the same spec, median ms. */
  readonly openapiTypescriptMs: number;
  /** editToDisk / openapi-typescript, median of paired ratios. */
  readonly ratio: number;
  /** The watch's summary line of the last round. */
  readonly lastLine: string;
}

export const WATCH_RATIO_TARGET = 0.3;

export async function watchSuite(ctx: BenchContext): Promise<WatchResult> {
  const { spec, edit } = editableSpecCopy(ctx, "watch");
  const out = workPath(ctx, "watch", "out");

  const child = spawn(process.execPath, [ctx.cli, "generate", "--watch", "--spec", spec, "--out", out], { cwd: ctx.root, stdio: ["ignore", "pipe", "pipe"] });
  let waiter: ((line: string) => void) | null = null;
  let buffer = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts) waiter?.(line);
  });
  child.stderr.resume();
  const nextLine = () => new Promise<string>((resolve) => (waiter = resolve));
  try {
    const first = await nextLine();
    if (!first.startsWith("chatspec: ")) throw new Error(`bench: the watch's first run failed: ${first}`);
    let lastLine = first;
    const runs = await alternate<{ ms: number }>(
      [
        {
          name: "watch",
          run: async (round) => {
            // The next run must see a new text: each round writes a description of its own.
            const line = nextLine();
            const started = performance.now();
            edit(round);
            lastLine = await line;
            if (lastLine.startsWith("chatspec: failed")) throw new Error(`bench: a watch run failed: ${lastLine}`);
            return { ms: performance.now() - started };
          },
        },
        {
          name: "openapi-typescript",
          run: async (round) => {
            const types = `${workPath(ctx, "watch-ots", round)}.d.ts`;
            return expectExit(await ctx.node({ args: [ctx.openapiTypescript, ctx.chatSpec, "-o", types], cwd: ctx.work }), 0, "openapi-typescript");
          },
        },
      ],
      ctx.settings,
    );
    const watch = (runs.get("watch") ?? []).map((run) => run.ms);
    const ots = (runs.get("openapi-typescript") ?? []).map((run) => run.ms);
    return {
      editToDiskMs: median(watch),
      samples: watch.map(Math.round),
      openapiTypescriptMs: median(ots),
      ratio: pairedRatio(watch, ots),
      lastLine,
    };
  } finally {
    child.kill("SIGTERM");
  }
}
