/**
 * (2) Check, cold process: `chatspec check` on an output folder nothing changed in (the manifest's
 * fast path), against `openapi-typescript --check` on the same spec, alternately; and the time to
 * detect one hand-edited output file (the fast path sees the hash differ and regenerates for the
 * diff), with `check --full` beside it for what every check cost before.
 */
import { appendFileSync, rmSync } from "node:fs";
import path from "node:path";
import { alternate } from "../alternate.js";
import { workPath, type BenchContext } from "../context.js";
import { expectExit, type RunResult } from "../processes.js";
import { pairedRatio } from "../stats.js";
import { timed, type TimedTool } from "./codegen.js";

export interface CheckResult {
  readonly chatspec: TimedTool;
  readonly openapiTypescript: TimedTool;
  /** chatspec check / openapi-typescript --check (target ≤ 0.25). */
  readonly ratio: number;
  /** `chatspec check` with one output file edited: exit 1, names the file. */
  readonly editedFile: TimedTool;
  /** `chatspec check --full` on the unchanged folder. */
  readonly full: TimedTool;
}

export async function checkSuite(ctx: BenchContext): Promise<CheckResult> {
  const clean = workPath(ctx, "check-out", "clean");
  const edited = workPath(ctx, "check-out", "edited");
  const types = path.join(ctx.work, "check-types.d.ts");
  for (const out of [clean, edited])
    expectExit(await ctx.node({ args: [ctx.cli, "generate", "--out", out, "--quiet"], cwd: ctx.root }), 0, "chatspec generate");
  appendFileSync(path.join(edited, "validators.js"), "// edited by hand\n");
  expectExit(await ctx.node({ args: [ctx.openapiTypescript, ctx.chatSpec, "-o", types], cwd: ctx.work }), 0, "openapi-typescript");

  const runs = await alternate<RunResult>(
    [
      {
        name: "chatspec",
        run: async () => expectExit(await ctx.node({ args: [ctx.cli, "check", "--out", clean, "--quiet"], cwd: ctx.root }), 0, "chatspec check"),
      },
      {
        name: "openapi-typescript",
        run: async () =>
          expectExit(await ctx.node({ args: [ctx.openapiTypescript, ctx.chatSpec, "-o", types, "--check"], cwd: ctx.work }), 0, "openapi-typescript --check"),
      },
      {
        name: "edited",
        run: async () => {
          const result = expectExit(await ctx.node({ args: [ctx.cli, "check", "--out", edited], cwd: ctx.root }), 1, "chatspec check (edited file)");
          if (!result.stdout.includes("validators.js")) throw new Error(`chatspec check did not name the edited file:\n${result.stdout}`);
          return result;
        },
      },
      {
        name: "full",
        run: async () =>
          expectExit(await ctx.node({ args: [ctx.cli, "check", "--full", "--out", clean, "--quiet"], cwd: ctx.root }), 0, "chatspec check --full"),
      },
    ],
    ctx.settings,
  );
  for (const out of [clean, edited]) rmSync(out, { recursive: true, force: true });
  const chatspec = runs.get("chatspec") ?? [];
  const ots = runs.get("openapi-typescript") ?? [];
  return {
    chatspec: timed(chatspec),
    openapiTypescript: timed(ots),
    ratio: pairedRatio(
      chatspec.map((run) => run.ms),
      ots.map((run) => run.ms),
    ),
    editedFile: timed(runs.get("edited") ?? []),
    full: timed(runs.get("full") ?? []),
  };
}
