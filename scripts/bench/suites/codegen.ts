/**
 * (1) Codegen, cold process: `chatspec generate` (lint, types, validators, runtime, every doc flavor,
 * package, site) on the canonical spec, against `openapi-typescript spec/openapi.yaml -o …` alone,
 * alternately, with no validator cache (`--no-cache`: a fresh folder is a fresh checkout, a CI run).
 * The split comes from two places: the CLI's CHATSPEC_TIMINGS line of each timed run
 * (start-up, load+lint, generate, write) and, in separate cold processes, the phase runner
 * (phases.ts), which times each emitter.
 *
 * Two reference points show how much of the budget the first two steps alone take: Redocly's own
 * `lint` on the same spec and config, and one chatspec process that only lints and writes the types
 * (the phase runner with every other emitter skipped), each in the same alternation.
 *
 * A second pair measures the everyday run: both tools regenerate their output in place after one
 * field's description changed (a copy of spec/ with its profiles, edited before each chatspec run),
 * so only the files that changed are written, and the validators come from the cache the run before
 * left (node_modules/.cache/chatspec/validators). A reference point edits a bound instead, which
 * changes every package's validators, so they are compiled again.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { alternate } from "../alternate.js";
import { workPath, type BenchContext } from "../context.js";
import { parseTimings } from "../../commands/phase-timer.js";
import { expectExit, type RunResult } from "../processes.js";
import { median, pairedRatio } from "../stats.js";

export interface TimedTool {
  readonly ms: number;
  readonly maxRss: number;
  readonly samples: readonly number[];
}

export interface CodegenResult {
  readonly chatspec: TimedTool;
  readonly openapiTypescript: TimedTool;
  /** chatspec / openapi-typescript into a fresh folder, median of paired ratios (target ≤ 1.5). */
  readonly ratio: number;
  /** `redocly lint` on the same spec with the project's redocly.yaml. */
  readonly redoclyLint: TimedTool;
  /** One chatspec process that lints and emits the types only (no validators, docs, site or profiles). */
  readonly lintAndTypes: TimedTool;
  /** lintAndTypes / openapi-typescript, median of paired ratios. */
  readonly lintAndTypesRatio: number;
  /** chatspec generate into its previous output, after a one-description edit of the spec. */
  readonly inPlace: TimedTool;
  /** openapi-typescript into its previous output file, on the same edited spec. */
  readonly openapiTypescriptInPlace: TimedTool;
  /** inPlace / openapiTypescriptInPlace, median of paired ratios (target ≤ 1.0). */
  readonly inPlaceRatio: number;
  /** chatspec generate into its previous output, after an edit of one field's bound (the validators change). */
  readonly inPlaceTypeEdit: TimedTool;
  /** inPlaceTypeEdit / openapiTypescriptInPlace, median of paired ratios. */
  readonly inPlaceTypeEditRatio: number;
  /** Median ms per phase from the CLI's timing hook. */
  readonly cliPhases: Readonly<Record<string, number>>;
  /** Median ms per phase from the phase runner (one per emitter). */
  readonly emitterPhases: Readonly<Record<string, number>>;
  readonly files: number;
}

export async function codegenSuite(ctx: BenchContext): Promise<CodegenResult> {
  const edited = editableSpecCopy(ctx);
  const inPlaceTypes = `${workPath(ctx, "codegen-in-place", "ots")}.d.ts`;
  /** `generate` into the same folder each round, after `copy`'s edit of the round (the cache the run before left in use). */
  const generateInPlace = (copy: ReturnType<typeof editableSpecCopy>, folder: string, label: string) => {
    const out = workPath(ctx, folder, "out");
    let round = 0;
    return async (): Promise<RunResult> => {
      copy.edit(++round);
      return expectExit(await ctx.node({ args: [ctx.cli, "generate", "--spec", copy.spec, "--out", out, "--quiet"], cwd: ctx.root }), 0, label);
    };
  };
  const runs = await alternate<RunResult>(
    [
      {
        name: "chatspec",
        run: async (round) => {
          const out = workPath(ctx, "codegen-out", round);
          const result = expectExit(
            // A fresh folder is a fresh checkout (a CI run): no validator cache either.
            await ctx.node({ args: [ctx.cli, "generate", "--out", out, "--quiet", "--no-cache"], cwd: ctx.root, env: { CHATSPEC_TIMINGS: "1" } }),
            0,
            "chatspec generate",
          );
          rmSync(out, { recursive: true, force: true });
          return result;
        },
      },
      {
        name: "openapi-typescript",
        run: async (round) => {
          const out = `${workPath(ctx, "codegen-ots", round)}.d.ts`;
          const result = expectExit(await ctx.node({ args: [ctx.openapiTypescript, ctx.chatSpec, "-o", out], cwd: ctx.work }), 0, "openapi-typescript");
          rmSync(out, { force: true });
          return result;
        },
      },
      {
        name: "redocly lint",
        run: async () =>
          expectExit(
            await ctx.node({
              args: [ctx.redoclyCli, "lint", ctx.chatSpec, "--format", "summary"],
              cwd: ctx.root,
              env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
            }),
            0,
            "redocly lint",
          ),
      },
      {
        name: "lint+types",
        run: async (round) => {
          const out = workPath(ctx, "codegen-lint-types", round);
          const result = expectExit(
            await ctx.node({ args: [ctx.phases, "--spec", ctx.chatSpec, "--out", out, "--skip", "validators,runtime,docs,package,site"], cwd: ctx.root }),
            0,
            "phase runner (lint and types)",
          );
          rmSync(out, { recursive: true, force: true });
          return result;
        },
      },
      { name: "chatspec in place", run: generateInPlace(edited, "codegen-in-place", "chatspec generate in place") },
      // A bound of one field changes the validators too: every package's modules are compiled again.
      {
        name: "chatspec in place, type edit",
        run: generateInPlace(editableSpecCopy(ctx, "codegen-type-edit", TYPE_EDIT), "codegen-type-edit", "chatspec generate in place (type edit)"),
      },
      {
        name: "openapi-typescript in place",
        run: async () =>
          expectExit(await ctx.node({ args: [ctx.openapiTypescript, edited.spec, "-o", inPlaceTypes], cwd: ctx.work }), 0, "openapi-typescript in place"),
      },
      {
        name: "phases",
        run: async (round) => {
          const out = workPath(ctx, "codegen-phases", round);
          const result = expectExit(await ctx.node({ args: [ctx.phases, "--spec", ctx.chatSpec, "--out", out], cwd: ctx.root }), 0, "phase runner");
          rmSync(out, { recursive: true, force: true });
          return result;
        },
      },
    ],
    ctx.settings,
  );
  const chatspec = runs.get("chatspec") ?? [];
  const ots = runs.get("openapi-typescript") ?? [];
  const lintAndTypes = runs.get("lint+types") ?? [];
  const inPlace = runs.get("chatspec in place") ?? [];
  const otsInPlace = runs.get("openapi-typescript in place") ?? [];
  const phaseRuns = (runs.get("phases") ?? []).map((run) => JSON.parse(run.stdout) as { phases: Record<string, number>; files: number });
  return {
    chatspec: timed(chatspec),
    openapiTypescript: timed(ots),
    ratio: pairedRatio(
      chatspec.map((run) => run.ms),
      ots.map((run) => run.ms),
    ),
    redoclyLint: timed(runs.get("redocly lint") ?? []),
    lintAndTypes: timed(lintAndTypes),
    lintAndTypesRatio: pairedRatio(
      lintAndTypes.map((run) => run.ms),
      ots.map((run) => run.ms),
    ),
    inPlace: timed(inPlace),
    openapiTypescriptInPlace: timed(otsInPlace),
    inPlaceRatio: pairedRatio(
      inPlace.map((run) => run.ms),
      otsInPlace.map((run) => run.ms),
    ),
    inPlaceTypeEdit: timed(runs.get("chatspec in place, type edit") ?? []),
    inPlaceTypeEditRatio: pairedRatio(
      (runs.get("chatspec in place, type edit") ?? []).map((run) => run.ms),
      otsInPlace.map((run) => run.ms),
    ),
    cliPhases: medianPhases(chatspec.map((run) => parseTimings(run.stderr) ?? {})),
    emitterPhases: medianPhases(phaseRuns.map((run) => run.phases)),
    files: phaseRuns[0]?.files ?? Number.NaN,
  };
}

/**
 * spec/ (the spec and its profiles) copied into the work folder, with an edit that rewrites one
 * field's description to a new text each time, as a user's change would.
 */
export function editableSpecCopy(
  ctx: BenchContext,
  folder = "codegen-in-place",
  edit: SpecEdit = descriptionEdit("Model ID used to generate the response"),
  from = ctx.chatSpec,
): { spec: string; edit: (round: number) => void } {
  const dir = workPath(ctx, folder, "spec");
  cpSync(path.dirname(from), dir, { recursive: true });
  const spec = path.join(dir, path.basename(from));
  const original = readFileSync(spec, "utf8");
  if (!original.includes(edit.anchor)) throw new Error(`bench: ${path.basename(from)} no longer contains "${edit.anchor}"; pick another field to edit`);
  return { spec, edit: (round) => writeFileSync(spec, original.replace(edit.anchor, edit.replacement(round))) };
}

/** A one-field edit of the spec: `anchor`, a text it contains once, becomes `replacement(round)`. */
export interface SpecEdit {
  readonly anchor: string;
  readonly replacement: (round: number) => string;
}

/** The everyday edit: the description that begins with `anchor` reworded, a new wording each round. */
export function descriptionEdit(anchor: string): SpecEdit {
  return { anchor, replacement: (round) => `${anchor} (edit ${round})` };
}

/** An edit that reaches the validators: `top_logprobs`' upper bound, a new one each round. */
const TYPE_EDIT: SpecEdit = {
  anchor: "          maximum: 20\n        user:",
  replacement: (round) => `          maximum: ${20 + round}\n        user:`,
};

export function timed(runs: readonly RunResult[]): TimedTool {
  return { ms: median(runs.map((run) => run.ms)), maxRss: median(runs.map((run) => run.maxRss)), samples: runs.map((run) => Math.round(run.ms)) };
}

/** The median of each phase across runs, phases in first-seen order. */
export function medianPhases(runs: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(names.map((name) => [name, median(runs.map((run) => run[name] ?? 0))]));
}
