/**
 * (4) Validation throughput, in this process: ops/s of our generated validator, of AJV compiling the
 * same schema at run time without discriminator support (every `oneOf` branch tried in turn), of
 * @exodus/schemasafe (with its own discriminator support), and of `JSON.parse` of the same body,
 * the unit. Samples alternate between the candidates (A B C D A B C D …); each figure is the median.
 * Every candidate's verdict on every body is checked first, so nothing fast-but-wrong is timed.
 *
 * Baseline settings: AJV 2020 `strict: false` (the schema's OpenAPI annotations are unknown to a
 * plain AJV) with ajv-formats; schemasafe with `allowUnusedKeywords` for the same reason, and
 * without `format: int64`, a number format it has no implementation of.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { BODIES, type Body } from "../bodies.js";
import type { BenchContext } from "../context.js";
import { median } from "../stats.js";

export type Validate = (data: unknown) => boolean;

export interface ThroughputRow {
  readonly body: Body["id"];
  readonly bytes: number;
  /** ops/s by candidate. */
  readonly ops: Readonly<Record<CandidateId, number>>;
  /** ops/s ÷ JSON.parse's ops/s, by validator. */
  readonly vsParse: Readonly<Record<Exclude<CandidateId, "JSON.parse">, number>>;
}

export type CandidateId = "chatspec" | "ajv (runtime, no discriminator)" | "schemasafe" | "JSON.parse";

/** Loads the three validators for the output folder `out` (a generated package). */
export async function loadValidators(out: string): Promise<Record<Exclude<CandidateId, "JSON.parse">, Validate>> {
  const generated = (await import(pathToFileURL(path.join(out, "validators.js")).href)) as { validateCreateChatCompletionRequest: Validate };
  const schema = JSON.parse(readFileSync(path.join(out, "schema.json"), "utf8")) as Record<string, unknown>;
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  const ajvValidate = ajv.compile(schema);
  const { validator } = require("@exodus/schemasafe") as typeof import("@exodus/schemasafe");
  const safe = validator(withoutInt64(schema) as Parameters<typeof validator>[0], { includeErrors: false, allowUnusedKeywords: true });
  return {
    chatspec: (data) => generated.validateCreateChatCompletionRequest(data),
    "ajv (runtime, no discriminator)": (data) => ajvValidate(data),
    schemasafe: (data) => safe(data as Parameters<typeof safe>[0]),
  };
}

export async function throughputSuite(ctx: BenchContext, out: string): Promise<ThroughputRow[]> {
  const validators = await loadValidators(out);
  for (const body of BODIES) {
    for (const [name, validate] of Object.entries(validators)) {
      if (validate(body.value) !== body.valid) throw new Error(`${name} says the ${body.id} body is ${body.valid ? "invalid" : "valid"}`);
    }
  }
  const rows: ThroughputRow[] = [];
  for (const body of BODIES) {
    const candidates: [CandidateId, () => unknown][] = [
      ...Object.entries(validators).map(([name, validate]) => [name as CandidateId, () => validate(body.value)] as [CandidateId, () => unknown]),
      ["JSON.parse", () => JSON.parse(body.text)],
    ];
    const samples = new Map<CandidateId, number[]>(candidates.map(([name]) => [name, []]));
    const { warmup, runs, sampleMs } = ctx.settings;
    for (let round = 0; round < warmup + runs; round++) {
      for (const [name, fn] of candidates) {
        const rate = opsPerSecond(fn, sampleMs);
        if (round >= warmup) samples.get(name)?.push(rate);
      }
    }
    const ops = Object.fromEntries(candidates.map(([name]) => [name, median(samples.get(name) ?? [])])) as Record<CandidateId, number>;
    const vsParse = Object.fromEntries(Object.keys(validators).map((name) => [name, ops[name as CandidateId] / ops["JSON.parse"]])) as ThroughputRow["vsParse"];
    rows.push({ body: body.id, bytes: Buffer.byteLength(body.text), ops, vsParse });
    ctx.log(`throughput: ${body.id} done`);
  }
  return rows;
}

/** Calls `fn` in batches for about `ms` milliseconds; returns calls per second. */
function opsPerSecond(fn: () => unknown, ms: number): number {
  let calls = 0;
  let batch = 16;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let index = 0; index < batch; index++) fn();
    calls += batch;
    elapsed = performance.now() - started;
    if (elapsed < ms / 20) batch *= 2;
  }
  return calls / (elapsed / 1000);
}

function withoutInt64(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInt64);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "format" && child === "int64") continue;
    out[key] = key === "enum" || key === "const" || key === "default" || key === "examples" ? child : withoutInt64(child);
  }
  return out;
}
