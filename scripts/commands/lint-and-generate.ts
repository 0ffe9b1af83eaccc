/**
 * The in-memory half of `generate` and `check`: load (lint included) → generate, each phase handing
 * its result to the next as a value. loadSpec's result (the document, its problems, its provenance
 * and the validators its example check compiled) and loadProfiles' result go to generate() whole;
 * nothing is left behind in a module for a later phase to find.
 *
 * The site page depends on the bundled spec alone, and renders in a child process: it starts as
 * soon as loadSpec returns, so that process works on the other core while the profiles load and
 * lint here, and goes to generate() as a promise (SpecInput.sitePage). A run that stops before
 * generating (lint errors, an input error) aborts it.
 */
import type { ResolvedConfig } from "../../generator/config.js";
import type { GeneratedFile } from "../../generator/index.js";
import type { LintProblem, LoadedSpec } from "../../generator/io/load-spec.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import type { OutputFormat } from "../format-output.js";
import { specPolicy, type CommonFlags } from "./flags.js";
import { colorsOf, type CommandIo } from "./io.js";
import { reportLint } from "./lint.js";
import type { PhaseTimer } from "./phase-timer.js";
import { withValidatorCache } from "./validator-cache.js";

export interface InMemoryRun {
  /** The generated files, or null when lint found errors (they are printed already). */
  readonly files: GeneratedFile[] | null;
  readonly problems: readonly LintProblem[];
}

/**
 * `lintAlreadyPassed`: check's fast path matched every input, lint policy included, against the
 * manifest of a run that linted clean (only output files differ), so lint is not run again.
 */
export async function lintAndGenerate(
  config: ResolvedConfig,
  io: CommandIo,
  format: OutputFormat = "text",
  flags: CommonFlags = {},
  timer?: PhaseTimer,
  lintAlreadyPassed = false,
): Promise<InMemoryRun> {
  return withValidatorCache(flags, io, async () => {
    const lint = flags.lint !== false;
    // Redocly and AJV are heavy: they load only in the commands that use them, not for --help or --version.
    const { loadSpec } = await import("../../generator/io/load-spec.js");
    const spec = await loadSpec({
      specPath: config.spec,
      redoclyPath: config.redocly,
      cwd: io.cwd,
      lint,
      lintAlreadyPassed,
      forGeneration: true,
      ...specPolicy(flags),
    });
    // Not when the spec's own lint already failed: the run stops before generating.
    const lintFailed = spec.problems.some((problem) => problem.severity === "error");
    const site = config.outputs.includes("site") && flags.profile === undefined && !lintFailed ? await startSitePage(spec.document) : null;
    try {
      const files = await generateFrom(spec, site?.page ?? null, config, io, format, flags, timer, lintAlreadyPassed);
      if (files.files === null) site?.abort();
      return files;
    } catch (error) {
      site?.abort();
      throw error;
    }
  });
}

/** The site page of `document`, rendering from now on; `abort` when it is no longer wanted. */
async function startSitePage(document: OpenApiDocument): Promise<{ page: Promise<string>; abort: () => void }> {
  const [{ sitePage }, { loadAssets }] = await Promise.all([
    import("../../generator/emitters/site/emitter.js"),
    import("../../generator/io/load-templates.js"),
  ]);
  const controller = new AbortController();
  const page = sitePage(document, loadAssets().renderSite, controller.signal);
  // Awaited by the site emitter; until then (or when the run stops first) a failure must not surface as an unhandled rejection.
  page.catch(() => undefined);
  return { page, abort: () => controller.abort() };
}

async function generateFrom(
  spec: LoadedSpec,
  sitePage: Promise<string> | null,
  config: ResolvedConfig,
  io: CommandIo,
  format: OutputFormat,
  flags: CommonFlags,
  timer: PhaseTimer | undefined,
  lintAlreadyPassed: boolean,
): Promise<InMemoryRun> {
  const lint = flags.lint !== false;
  const [{ loadProfiles }, { withOverlays }] = await Promise.all([
    import("../../generator/io/load-profiles.js"),
    import("../../generator/check/provenance.js"),
  ]);
  // Provider profiles beside the spec (spec/profiles/*.overlay.yaml), applied and linted like the spec.
  const loaded = await loadProfiles({
    specPath: config.spec,
    redoclyPath: config.redocly,
    cwd: io.cwd,
    document: spec.document,
    lint: lint && !lintAlreadyPassed,
    forGeneration: true,
    ...(flags.profile === undefined ? {} : { only: flags.profile }),
  });
  const allProblems = [...spec.problems, ...loaded.problems];
  timer?.lap("load+lint");
  const failed = reportLint(allProblems, io, format);
  if (failed) return { files: null, problems: allProblems };
  if (spec.upgraded !== null && format === "text" && !flags.quiet) {
    const line = (await import("../../generator/upgrade/index.js")).formatUpgradeReport(spec.upgraded);
    io.stdout(`${colorsOf(io, "stdout").dim(line)}\n`);
  }
  if (spec.normalized !== null && format === "text" && !flags.quiet) {
    const line = (await import("../../generator/normalize/index.js")).formatReport(spec.normalized);
    if (line !== null) io.stdout(`${colorsOf(io, "stdout").dim(line)}\n`);
  }
  // The types emitter loads the TypeScript compiler: from V8's cached code when the last run left it.
  (await import("../../generator/io/compile-cache.js")).enableCompileCache(["typescript"]);
  const [{ generate, generateProfile, handedOver }, { loadAssets }] = await Promise.all([
    import("../../generator/index.js"),
    import("../../generator/io/load-templates.js"),
  ]);
  const only = flags.profile === undefined ? undefined : loaded.profiles[0];
  // The manifest pins the overlays with the spec's files, so the fast check sees an edited overlay.
  // The profiles are applied (to copies), so the loaded document is generate()'s alone from here.
  const input = { ...spec, document: handedOver(spec.document), provenance: withOverlays(spec.provenance, loaded.overlayHashes), sitePage };
  const files =
    only === undefined ? await generate(input, config, loadAssets(), { profiles: loaded.profiles }) : await generateProfile(only, config, loadAssets());
  timer?.lap("generate");
  return { files, problems: allProblems };
}
