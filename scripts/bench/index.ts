/**
 * `npm run bench`: chatspec against the tools people would otherwise use, side by side in one run
 * (see issue 7 and the README's Performance section). Prints markdown tables and writes
 * `bench/results.json`. Each figure is a median of at least 5 runs after a warm-up, and every
 * comparison alternates its candidates (A B A B …).
 *
 *   npm run bench                       # everything, a few minutes
 *   npm run bench -- --smoke            # one quick run of each: proves the suite works, nothing else
 *   npm run bench -- --only check,throughput --runs 7 --scale chat,openai --results FILE
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createContext, SCALE_SPECS, SUITES, workPath, type BenchContext, type BenchSettings, type SuiteId } from "./context.js";
import { expectExit } from "./processes.js";
import { renderReport, type BenchResults, type Failed } from "./report.js";
import { checkSuite } from "./suites/check.js";
import { codegenSuite } from "./suites/codegen.js";
import { coldStartSuite } from "./suites/coldstart.js";
import { scaleSuite } from "./suites/scale.js";
import { stallSuite } from "./suites/stall.js";
import { throughputSuite } from "./suites/throughput.js";
import { watchSuite } from "./suites/watch.js";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    runs: { type: "string" },
    warmup: { type: "string" },
    only: { type: "string" },
    scale: { type: "string" },
    "sample-ms": { type: "string" },
    results: { type: "string" },
  },
});

const smoke = values.smoke === true;
const settings: BenchSettings = {
  smoke,
  runs: smoke ? 1 : Math.max(5, Number(values.runs ?? 5)),
  warmup: smoke ? 0 : Number(values.warmup ?? 1),
  sampleMs: Number(values["sample-ms"] ?? (smoke ? 20 : 250)),
  only: new Set(list(values.only, SUITES)),
  scaleSpecs: list(values.scale, smoke ? SCALE_SPECS.filter((spec) => spec !== "openai-x2") : SCALE_SPECS),
};

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};
const ctx = createContext(settings, log);
const command = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
const results: { -readonly [K in keyof BenchResults]: BenchResults[K] } = {
  meta: { command, node: process.versions.node, cpus: os.cpus().length, runs: settings.runs, warmup: settings.warmup, smoke },
};
let failures = 0;

try {
  const run = async <T>(id: SuiteId, suite: () => Promise<T>): Promise<T | Failed | undefined> => {
    if (!settings.only.has(id)) return undefined;
    log(`${id}…`);
    try {
      return await suite();
    } catch (error) {
      failures++;
      const message = error instanceof Error ? error.message : String(error);
      log(`${id} failed: ${message}`);
      return { error: message.split("\n")[0] ?? message };
    }
  };
  results.codegen = await run("codegen", () => codegenSuite(ctx));
  results.check = await run("check", () => checkSuite(ctx));
  results.scale = await run("scale", () => scaleSuite(ctx));
  const needsPackage = settings.only.has("throughput") || settings.only.has("coldstart") || settings.only.has("stall");
  const out = needsPackage ? await generatePackage(ctx) : "";
  results.throughput = await run("throughput", () => throughputSuite(ctx, out));
  results.coldstart = await run("coldstart", () => coldStartSuite(ctx, out));
  results.stall = await run("stall", () => stallSuite(ctx, out));
  results.watch = await run("watch", () => watchSuite(ctx));
} finally {
  rmSync(ctx.work, { recursive: true, force: true });
}

const file = path.resolve(ctx.root, values.results ?? path.join("bench", "results.json"));
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify({ ...results, finishedAt: new Date().toISOString() }, null, 2)}\n`);
process.stdout.write(renderReport(results));
log(`results in ${path.relative(process.cwd(), file)}`);
process.exitCode = failures === 0 ? 0 : 1;

/** The generated package the in-process measurements load. */
async function generatePackage(context: BenchContext): Promise<string> {
  const out = workPath(context, "package", "main");
  expectExit(await context.node({ args: [context.cli, "generate", "--out", out, "--quiet"], cwd: context.root }), 0, "chatspec generate");
  return out;
}

function list<T extends string>(value: string | undefined, all: readonly T[]): T[] {
  if (value === undefined) return [...all];
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const unknown = items.filter((item) => !(all as readonly string[]).includes(item));
  if (unknown.length > 0) throw new Error(`unknown ${unknown.join(", ")} (known: ${all.join(", ")})`);
  return items as T[];
}
