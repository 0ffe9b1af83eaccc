/**
 * The codegen split, measured inside one cold process: what `chatspec generate` does, step by step,
 * with a clock around each step, printed as one JSON object on stdout. The CLI's own timing hook
 * (CHATSPEC_TIMINGS=1) sees only load+lint, generate and write; this runner times each emitter
 * (types, validators, runtime, docs, package, site) the way generate() runs them, in registry
 * order on the same frozen document. Used by `npm run bench` only.
 *
 *   node dist/scripts/bench/phases.js --spec FILE --out DIR [--normalize] [--no-lint] [--flavors ids] [--skip ids]
 *
 * `--skip site,…` leaves emitters out, to see what the rest costs (diagnosis only; the bench's
 * figures come from the real CLI).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { compareCodeUnits } from "../../generator/lib/text.js";

const { values } = parseArgs({
  options: {
    spec: { type: "string" },
    out: { type: "string" },
    normalize: { type: "boolean", default: false },
    "no-lint": { type: "boolean", default: false },
    flavors: { type: "string" },
    skip: { type: "string" },
  },
});

const phases: Record<string, number> = { "start-up": performance.now() };
let last = performance.now();
const lap = (name: string): void => {
  const now = performance.now();
  phases[name] = (phases[name] ?? 0) + (now - last);
  last = now;
};

const cwd = process.cwd();
const { loadSpec } = await import("../../generator/io/load-spec.js");
const { loadCommandConfig } = await import("../commands/config.js");
// As the CLI resolves it (a redocly.yaml beside the spec wins); no config file: the bench passes flags.
const config = await loadCommandConfig(
  { spec: values.spec, out: values.out, flavors: values.flavors },
  { cwd, stdout: () => undefined, stderr: () => undefined },
  null,
);
const spec = await loadSpec({
  specPath: config.spec,
  redoclyPath: config.redocly,
  cwd,
  lint: !values["no-lint"],
  normalize: values.normalize,
  forGeneration: true,
});
lap("load+lint");

const [{ emitters }, { loadAssets }, { emitContext, handedOver }, { manifestFile }, outputDir] = await Promise.all([
  import("../../generator/emitters/index.js"),
  import("../../generator/io/load-templates.js"),
  import("../../generator/index.js"),
  import("../../generator/manifest.js"),
  import("../../generator/io/output-dir.js"),
]);
const assets = loadAssets();
// As the CLI hands it over (lint-and-generate.ts): frozen in place, not copied.
const context = emitContext(handedOver(spec.document), config, assets, spec.preparedValidators);
lap("prepare");
const files = [];
const skipped = new Set((values.skip ?? "").split(","));
for (const emitter of emitters) {
  if (skipped.has(emitter.id)) continue;
  files.push(...(await emitter.emit(context)));
  lap(emitter.id);
}
files.sort((a, b) => compareCodeUnits(a.path, b.path));
const all = [...files, manifestFile(files, { provenance: spec.provenance, config, assets })];
lap("manifest");
outputDir.replaceOutputDir(config.out, all, config.out);
lap("write");
process.stdout.write(`${JSON.stringify({ phases, files: all.length })}\n`);
