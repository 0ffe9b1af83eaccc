/**
 * (3) Scale: `chatspec generate --normalize --no-lint --flavors reference --outputs package,docs`
 * on the chat spec, OpenAI's OpenAPI 3.0 spec of December 2024 (converted to 3.1 as chatspec loads
 * it), OpenAI's full spec and that spec duplicated, against openapi-typescript on the same file,
 * alternately: wall time and peak RSS (the child's own `maxRSS`). A spec a tool fails on is reported
 * with its error, not dropped.
 *
 * What is measured is what the target of the full spec names: types, validators and one doc flavor.
 * `--outputs package,docs` writes the types, the validators (for the request bodies and everything
 * they reach), the package runtime and files, and the reference docs; it leaves out the Redoc site,
 * which the target does not name (and whose Redocly child process `maxRSS` would not count anyway).
 *
 * On the full spec, two more candidates are reference points: one chatspec process that only
 * normalises, bundles and compiles the types and validators (the phase runner with the other
 * emitters skipped), so the report shows how much of the budget those two steps alone take; and the
 * same `generate` with every output, the site included (its renderer's child process not counted);
 * and the everyday run, the same `generate` into its previous output after one description changed,
 * with the validator cache the run before left. Every other chatspec candidate runs with
 * `--no-cache`: a fresh folder is a fresh checkout.
 *
 * `--no-lint`: OpenAI's descriptions do not meet the house rules and Redocly's own rules report
 * hundreds of problems in it; lint policy for a foreign spec is the user's (see README).
 */
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import type { JsonObject } from "../../../generator/openapi.js";
import { alternate } from "../alternate.js";
import { workPath, type BenchContext, type ScaleSpecId } from "../context.js";
import { doubleSpec } from "../double-spec.js";
import { expectExit, type RunResult } from "../processes.js";
import { pairedRatio } from "../stats.js";
import { descriptionEdit, editableSpecCopy, timed, type TimedTool } from "./codegen.js";

export interface ScaleRow {
  readonly spec: ScaleSpecId;
  readonly bytes: number;
  readonly componentSchemas: number;
  readonly chatspec: TimedTool | { readonly error: string };
  readonly openapiTypescript: TimedTool | { readonly error: string };
  /** chatspec / openapi-typescript (target ≤ 1.5 on the full spec). */
  readonly ratio: number;
  /** Full spec only: types + validators in one process, and its paired ratio to openapi-typescript. */
  readonly typesAndValidators?: ReferencePoint;
  /** Full spec only: the same `generate` with every output (the site too), and its paired ratio. */
  readonly everyOutput?: ReferencePoint;
  /** Full spec only: the same `generate` into its previous output after a one-description edit, validators from the cache. */
  readonly inPlaceCached?: ReferencePoint;
}

export type ReferencePoint = { readonly tool: TimedTool; readonly ratio: number } | { readonly error: string };

/** What the target measures: types, validators (with the package around them) and one doc flavor; no site. */
const SCALE_OUTPUTS = "package,docs";

/** The scale spec that also measures the types + validators reference point. */
const REFERENCE_SPEC: ScaleSpecId = "openai";

export async function scaleSuite(ctx: BenchContext): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const spec of ctx.settings.scaleSpecs) {
    const file = specFile(ctx, spec);
    const parsed = parse(readFileSync(file, "utf8")) as JsonObject;
    const schemas = (parsed.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {};
    ctx.log(`scale: ${spec} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB)`);
    const chatspecRuns: RunResult[] = [];
    const otsRuns: RunResult[] = [];
    const errors: { chatspec?: string; ots?: string; reference?: string; every?: string; inPlace?: string } = {};
    const guard = async (which: "chatspec" | "ots" | "reference" | "every" | "inPlace", run: () => Promise<RunResult>): Promise<RunResult | null> => {
      if (errors[which] !== undefined) return null;
      try {
        return await run();
      } catch (error) {
        errors[which] = (error instanceof Error ? error.message : String(error)).split("\n").slice(0, 3).join(" ");
        return null;
      }
    };
    // One chatspec process writing into a fresh folder of its own, removed after the run.
    const intoFolder =
      (which: "chatspec" | "reference" | "every", folder: string, label: string, args: (out: string) => string[]) =>
      (round: number): Promise<RunResult | null> =>
        guard(which, async () => {
          const out = workPath(ctx, folder, round);
          const result = expectExit(await ctx.node({ args: args(out), cwd: ctx.root }), 0, label);
          rmSync(out, { recursive: true, force: true });
          return result;
        });
    // How every chatspec candidate reads the spec: as a foreign one (normalised, not held to the house rules), one doc flavor.
    const foreignSpec = (out: string, from = file): string[] => ["--spec", from, "--out", out, "--normalize", "--no-lint", "--flavors", "reference"];
    let edited: { spec: string; edit: (round: number) => void } | undefined;
    const runs = await alternate<RunResult | null>(
      [
        {
          name: "chatspec",
          run: intoFolder("chatspec", `scale-${spec}`, `chatspec generate (${spec})`, (out) => [
            ctx.cli,
            "generate",
            ...foreignSpec(out),
            "--outputs",
            SCALE_OUTPUTS,
            "--quiet",
            "--no-cache",
          ]),
        },
        {
          name: "openapi-typescript",
          run: (round) =>
            guard("ots", async () => {
              const out = `${workPath(ctx, `scale-ots-${spec}`, round)}.d.ts`;
              const result = expectExit(await ctx.node({ args: [ctx.openapiTypescript, file, "-o", out], cwd: ctx.work }), 0, `openapi-typescript (${spec})`);
              rmSync(out, { force: true });
              return result;
            }),
        },
        ...(spec === REFERENCE_SPEC
          ? [
              {
                name: "types+validators",
                run: intoFolder("reference", `scale-reference-${spec}`, `phase runner, types + validators (${spec})`, (out) => [
                  ctx.phases,
                  ...foreignSpec(out),
                  "--skip",
                  "runtime,docs,package,site",
                ]),
              },
              {
                name: "in place, cached",
                run: (round: number) =>
                  guard("inPlace", async () => {
                    edited ??= editableSpecCopy(ctx, `scale-in-place-${spec}`, descriptionEdit("ID of the model to use"), file);
                    edited.edit(round);
                    return expectExit(
                      await ctx.node({
                        args: [
                          ctx.cli,
                          "generate",
                          ...foreignSpec(workPath(ctx, `scale-in-place-${spec}`, "out"), edited.spec),
                          "--outputs",
                          SCALE_OUTPUTS,
                          "--quiet",
                        ],
                        cwd: ctx.root,
                      }),
                      0,
                      `chatspec generate in place (${spec})`,
                    );
                  }),
              },
              {
                name: "every output",
                run: intoFolder("every", `scale-every-${spec}`, `chatspec generate, every output (${spec})`, (out) => [
                  ctx.cli,
                  "generate",
                  ...foreignSpec(out),
                  "--quiet",
                  "--no-cache",
                ]),
              },
            ]
          : []),
      ],
      ctx.settings,
    );
    const done = (name: string): RunResult[] => (runs.get(name) ?? []).filter((run): run is RunResult => run !== null);
    const referencePoint = (error: string | undefined, referenceRuns: RunResult[]): ReferencePoint =>
      error === undefined && errors.ots === undefined
        ? {
            tool: timed(referenceRuns),
            ratio: pairedRatio(
              referenceRuns.map((run) => run.ms),
              otsRuns.map((run) => run.ms),
            ),
          }
        : { error: error ?? `openapi-typescript: ${errors.ots}` };
    for (const run of runs.get("chatspec") ?? []) if (run !== null) chatspecRuns.push(run);
    for (const run of runs.get("openapi-typescript") ?? []) if (run !== null) otsRuns.push(run);
    rows.push({
      spec,
      bytes: statSync(file).size,
      componentSchemas: Object.keys(schemas).length,
      chatspec: errors.chatspec === undefined ? timed(chatspecRuns) : { error: errors.chatspec },
      openapiTypescript: errors.ots === undefined ? timed(otsRuns) : { error: errors.ots },
      ratio:
        errors.chatspec === undefined && errors.ots === undefined
          ? pairedRatio(
              chatspecRuns.map((run) => run.ms),
              otsRuns.map((run) => run.ms),
            )
          : Number.NaN,
      ...(spec === REFERENCE_SPEC
        ? {
            typesAndValidators: referencePoint(errors.reference, done("types+validators")),
            everyOutput: referencePoint(errors.every, done("every output")),
            inPlaceCached: referencePoint(errors.inPlace, done("in place, cached")),
          }
        : {}),
    });
  }
  return rows;
}

/** The file of a scale spec; the duplicated one is written on first use. */
function specFile(ctx: BenchContext, spec: ScaleSpecId): string {
  if (spec === "chat") return ctx.chatSpec;
  if (spec === "openai-3.0") return ctx.openai30Spec;
  if (spec === "openai") return ctx.openaiSpec;
  const file = path.join(ctx.work, "openai-x2.yaml");
  writeFileSync(file, stringify(doubleSpec(parse(readFileSync(ctx.openaiSpec, "utf8")) as JsonObject), { lineWidth: 0 }));
  return file;
}
