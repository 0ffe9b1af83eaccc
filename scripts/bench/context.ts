/**
 * Where the bench finds things and how it runs them. Everything it writes goes under
 * `node_modules/.cache/chatspec-bench/<pid>/` (inside the project, so generated modules resolve
 * `ajv` from node_modules; git-ignored with node_modules) and is removed at the end; the results go
 * to `bench/results.json`.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createRunner, type NodeCommand, type RunResult } from "./processes.js";

export interface BenchSettings {
  /** One quick run of each measurement, no warm-up: checks that the suite works, nothing else. */
  readonly smoke: boolean;
  readonly warmup: number;
  readonly runs: number;
  /** Milliseconds per throughput sample. */
  readonly sampleMs: number;
  /** Suites to run (all by default). */
  readonly only: ReadonlySet<SuiteId>;
  /** Specs of the scale suite, smallest first. */
  readonly scaleSpecs: readonly ScaleSpecId[];
}

/**
 * The canonical chat spec, OpenAI's spec of December 2024 (OpenAPI 3.0, 0.9 MB: read through the 3.0
 * conversion), OpenAI's full spec (3 MB), and that spec with everything duplicated (~6 MB).
 */
export type ScaleSpecId = "chat" | "openai-3.0" | "openai" | "openai-x2";
export const SCALE_SPECS: readonly ScaleSpecId[] = ["chat", "openai-3.0", "openai", "openai-x2"];

export type SuiteId = "codegen" | "check" | "scale" | "throughput" | "coldstart" | "stall" | "watch";
export const SUITES: readonly SuiteId[] = ["codegen", "check", "scale", "throughput", "coldstart", "stall", "watch"];

export interface BenchContext {
  readonly settings: BenchSettings;
  readonly root: string;
  readonly work: string;
  /** `scripts/chatspec.js`. */
  readonly cli: string;
  /** openapi-typescript's CLI entry. */
  readonly openapiTypescript: string;
  /** Redocly CLI's entry (the lint the targets were measured against). */
  readonly redoclyCli: string;
  /** The compiled phase runner (phases.ts). */
  readonly phases: string;
  readonly chatSpec: string;
  readonly openaiSpec: string;
  /** OpenAI's spec of December 2024, OpenAPI 3.0.0 (test/fixtures/specs/openai-2024-12.SOURCE.md). */
  readonly openai30Spec: string;
  readonly node: (command: NodeCommand) => Promise<RunResult>;
  readonly log: (line: string) => void;
}

export function createContext(settings: BenchSettings, log: (line: string) => void): BenchContext {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve("chatspec/package.json"));
  const work = path.join(root, "node_modules", ".cache", "chatspec-bench", String(process.pid));
  mkdirSync(work, { recursive: true });
  const openapiTypescript = path.join(path.dirname(require.resolve("openapi-typescript/package.json")), "bin", "cli.js");
  return {
    settings,
    root,
    work,
    cli: path.join(root, "scripts", "chatspec.js"),
    openapiTypescript,
    redoclyCli: path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js"),
    phases: path.join(root, "dist", "scripts", "bench", "phases.js"),
    chatSpec: path.join(root, "spec", "openapi.yaml"),
    openaiSpec: path.resolve(root, "test", "fixtures", "reference", "openai-openapi.yaml"),
    openai30Spec: path.resolve(root, "test", "fixtures", "specs", "openai-2024-12.yaml"),
    node: createRunner(work),
    log,
  };
}

/** A fresh path under the work folder for round `round` of `what`. */
export function workPath(ctx: BenchContext, what: string, round: number | string): string {
  return path.join(ctx.work, `${what}-${round}`);
}
