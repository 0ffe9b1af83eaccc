/**
 * The bench's pure parts (statistics, alternation, the timing line, the duplicated spec, the report)
 * with literal expectations, and the whole suite once in `--smoke` mode, reduced to the chat spec
 * for the scale suite: it only proves the suite runs. Speed goals live in `npm run bench`, never here.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { alternate } from "../../scripts/bench/alternate.js";
import { doubleSpec } from "../../scripts/bench/double-spec.js";
import { createPhaseTimer, parseTimings } from "../../scripts/commands/phase-timer.js";
import { renderReport, type BenchResults } from "../../scripts/bench/report.js";
import { median, pairedRatio } from "../../scripts/bench/stats.js";
import { ROOT, projectTempDir } from "../helpers.js";

const execFileAsync = promisify(execFile);

describe("statistics", () => {
  it("takes medians and paired ratios", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(pairedRatio([2, 9, 4], [1, 3, 4])).toBe(2);
  });
});

describe("alternate", () => {
  it("runs the candidates in turn and drops the warm-up rounds", async () => {
    const calls: string[] = [];
    const candidate = (name: string) => ({
      name,
      run: async (round: number) => {
        calls.push(`${name}${round}`);
        return round;
      },
    });
    const results = await alternate([candidate("A"), candidate("B")], { warmup: 1, runs: 2 });
    expect(calls).toEqual(["A0", "B0", "A1", "B1", "A2", "B2"]);
    expect(results).toEqual(
      new Map([
        ["A", [1, 2]],
        ["B", [1, 2]],
      ]),
    );
  });
});

describe("the timing hook", () => {
  it("prints nothing unless CHATSPEC_TIMINGS=1", () => {
    let written = "";
    const off = createPhaseTimer({}, (text) => (written += text));
    off.lap("load+lint");
    off.report();
    expect(written).toBe("");
    const on = createPhaseTimer({ CHATSPEC_TIMINGS: "1" }, (text) => (written += text));
    on.lap("load+lint");
    on.report();
    expect(written).toMatch(/^chatspec timings: start-up \d+ ms, load\+lint \d+ ms, total \d+ ms\n$/);
  });

  it("parses its line back", () => {
    expect(parseTimings("noise\nchatspec timings: start-up 61 ms, load+lint 402 ms, total 463 ms\n")).toEqual({ "start-up": 61, "load+lint": 402, total: 463 });
    expect(parseTimings("nothing here")).toBeNull();
  });
});

describe("doubleSpec", () => {
  it("copies every schema and path, renames the copies and retargets their refs", () => {
    const doubled = doubleSpec({
      openapi: "3.1.0",
      paths: { "/a": { post: { operationId: "makeA", requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } } } } } },
      components: { schemas: { A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } }, B: { type: "string" } } },
    });
    expect(doubled).toEqual({
      openapi: "3.1.0",
      paths: {
        "/a": { post: { operationId: "makeA", requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } } } } },
        "/x2/a": { post: { operationId: "makeA_x2", requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/A_x2" } } } } } },
      },
      components: {
        schemas: {
          A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } },
          B: { type: "string" },
          A_x2: { type: "object", properties: { b: { $ref: "#/components/schemas/B_x2" } } },
          B_x2: { type: "string" },
        },
      },
    });
  });
});

describe("renderReport", () => {
  it("prints the stall table with each body's target, and counts the bodies within it", () => {
    const row = { id: "x", bytes: 2_000_000, refused: true, answer: "400 too_many_keys" };
    const text = renderReport({
      meta: { command: "npm run bench", node: "20.20.2", cpus: 2, runs: 5, warmup: 1, smoke: false },
      stall: [
        { ...row, description: "many keys", validatorStallMs: 4, parseStallMs: 300, ratio: 4 / 300, met: true },
        { ...row, description: "long string", refused: false, answer: "200", validatorStallMs: 60, parseStallMs: 30, ratio: 2, met: false },
      ],
    });
    expect(text).toContain("| many keys | 1.9 MB | 400 too_many_keys | 4 ms | 300 ms | ≤ 50 ms | met |");
    expect(text).toContain("| long string | 1.9 MB | 200 | 60 ms | 30 ms | ≤ 1.5× parse (2.00×) | missed |");
    expect(text).toContain("| hostile bodies within their stall target | 1 of 2 | 2 of 2 | missed |");
  });

  it("prints the watch table and its target", () => {
    const text = renderReport({
      meta: { command: "npm run bench", node: "20.20.2", cpus: 2, runs: 5, warmup: 1, smoke: false },
      watch: {
        editToDiskMs: 3330,
        samples: [5080, 3325, 2149],
        openapiTypescriptMs: 1870,
        ratio: 2.04,
        lastLine: "chatspec: 9 files in out/ (2 written, 0 removed) in 1.98 s",
      },
    });
    expect(text).toContain("| `generate --watch`: spec written → summary line (files on disk) | 3.33 s | 5080, 3325, 2149 |");
    expect(text).toContain("| openapi-typescript, cold process, same spec | 1.87 s |  |");
    expect(text).toContain("| watch: edit to disk vs openapi-typescript cold | 2.04× | ≤ 0.3× | missed |");
  });

  it("marks each target met or missed", () => {
    const tool = (ms: number) => ({ ms, maxRss: 100 * 1024 * 1024, samples: [ms] });
    const results: BenchResults = {
      meta: { command: "npm run bench", node: "20.20.2", cpus: 2, runs: 5, warmup: 1, smoke: false },
      check: { chatspec: tool(130), openapiTypescript: tool(640), ratio: 0.2, editedFile: tool(2900), full: tool(2800) },
      coldstart: {
        empty: tool(60),
        generated: tool(78),
        runtimeAjv: tool(200),
        packageValid: tool(90),
        packageInvalid: tool(110),
        generatedRatio: 1.3,
        runtimeAjvRatio: 3.33,
        packageValidRatio: 1.5,
        packageInvalidRatio: 1.83,
        size: { raw: 590000, minified: 436000, gzipped: 56000 },
        imports: ["./runtime/formats.js", "./runtime/string-length.js"],
      },
    };
    const text = renderReport(results);
    expect(text).toContain("| check vs openapi-typescript --check | 0.20× | ≤ 0.25× | met |");
    expect(text).toContain("| cold start vs empty node | 1.30× | ≤ 1.2× | missed |");
    expect(text).toContain("| generated package (index.js), first parse of a valid body | 90 ms | 1.50× |");
    expect(text).toContain("| generated package, first parse of an invalid body (every problem) | 110 ms | 1.83× |");
    expect(text).toContain("### 1. Codegen, cold process (canonical spec)\n\nnot run");
    expect(text).toContain(
      "validators.js: 576.2 KB raw, 425.8 KB minified, 54.7 KB minified + gzipped; it imports `./runtime/formats.js`, `./runtime/string-length.js`.",
    );
  });

  it("shows the codegen ratio with its two reference points (Redocly's lint alone, lint + types in one process), the in-place pair and the in-place type edit", () => {
    const tool = (ms: number) => ({ ms, maxRss: 100 * 1024 * 1024, samples: [ms] });
    const text = renderReport({
      meta: { command: "npm run bench", node: "20.20.2", cpus: 2, runs: 5, warmup: 1, smoke: false },
      codegen: {
        chatspec: tool(2100),
        openapiTypescript: tool(650),
        ratio: 3.23,
        redoclyLint: tool(410),
        lintAndTypes: tool(670),
        lintAndTypesRatio: 1.03,
        inPlace: tool(1900),
        openapiTypescriptInPlace: tool(640),
        inPlaceRatio: 2.97,
        inPlaceTypeEdit: tool(2000),
        inPlaceTypeEditRatio: 3.12,
        cliPhases: { "start-up": 95, total: 2100 },
        emitterPhases: { typescript: 180 },
        files: 346,
      },
    });
    expect(text).toContain("| chatspec generate (346 canonical files, plus profiles; no validator cache) | 2.10 s | 100.0 MB |");
    expect(text).toContain("| reference: redocly lint alone (same spec, same redocly.yaml) | 410 ms | 100.0 MB |");
    expect(text).toContain("| reference: chatspec lint + types only, one process (1.03× openapi-typescript) | 670 ms | 100.0 MB |");
    expect(text).toContain(
      "| chatspec generate in place, after a one-description edit (validators from the cache) | 1.90 s | 100.0 MB |\n| openapi-typescript in place, same edited spec | 640 ms | 100.0 MB |\n| ratio in place (target ≤ 1.0×) | 2.97× |  |",
    );
    expect(text).toContain(
      "| reference: chatspec generate in place, after a one-bound edit (validators compiled again; 3.12× openapi-typescript) | 2.00 s | 100.0 MB |",
    );
    expect(text).toContain("| ratio (target ≤ 1.5×) | 3.23× |  |");
    expect(text).toContain("| codegen into a fresh folder vs openapi-typescript | 3.23× | ≤ 1.5× | missed |");
    expect(text).toContain("| codegen in place after an edit vs openapi-typescript | 2.97× | ≤ 1.0× | missed |");
  });

  it("adds the reference points (types + validators, every output, in place with the cache) under the scale table, or their error", () => {
    const tool = (ms: number) => ({ ms, maxRss: 300 * 1024 * 1024, samples: [ms] });
    const row = { spec: "openai" as const, bytes: 2_936_012, componentSchemas: 1422, chatspec: tool(3700), openapiTypescript: tool(1620), ratio: 2.28 };
    const meta = { command: "npm run bench", node: "20.20.2", cpus: 2, runs: 5, warmup: 1, smoke: false };
    expect(renderReport({ meta, scale: [{ ...row, typesAndValidators: { tool: tool(2900), ratio: 1.79 } }] })).toContain(
      "| openai | 2.8 MB | 1422 | 3.70 s | 300.0 MB | 1.62 s | 300.0 MB | 2.28× |\n\nReference point, openai: one chatspec process that only normalises, bundles and emits the types and validators (phase runner): 2.90 s, 300.0 MB peak RSS (1.79× openapi-typescript).",
    );
    expect(renderReport({ meta, scale: [{ ...row, typesAndValidators: { error: "phase runner exited 2" } }] })).toContain(
      "(phase runner): failed: phase runner exited 2.",
    );
    expect(renderReport({ meta, scale: [{ ...row, everyOutput: { tool: tool(4400), ratio: 2.71 } }] })).toContain(
      "Reference point, openai: the same `generate` with every output, the Redoc site included (its renderer's child process not counted): 4.40 s, 300.0 MB peak RSS (2.71× openapi-typescript).",
    );
    expect(renderReport({ meta, scale: [{ ...row, inPlaceCached: { tool: tool(1900), ratio: 1.17 } }] })).toContain(
      "Reference point, openai: the same `generate` into its previous output after a one-description edit, the validators from the cache the run before left: 1.90 s, 300.0 MB peak RSS (1.17× openapi-typescript).",
    );
    expect(renderReport({ meta, scale: [row] })).not.toContain("Reference point");
  });

  it("prints a ratio that misses by less than the rounding with one more digit, and one exactly at the limit as met", () => {
    const tool = (ms: number) => ({ ms, maxRss: 100 * 1024 * 1024, samples: [ms] });
    const coldstart = (generatedRatio: number): BenchResults["coldstart"] => ({
      empty: tool(60),
      generated: tool(72),
      runtimeAjv: tool(200),
      packageValid: tool(90),
      packageInvalid: tool(110),
      generatedRatio,
      runtimeAjvRatio: 3.33,
      packageValidRatio: 1.5,
      packageInvalidRatio: 1.83,
      size: { raw: 1, minified: 1, gzipped: 1 },
      imports: [],
    });
    const meta = { command: "npm run bench", node: "20.20.2", cpus: 2, runs: 5, warmup: 1, smoke: false };
    expect(renderReport({ meta, coldstart: coldstart(1.2041) })).toContain("| cold start vs empty node | 1.204× | ≤ 1.2× | missed |");
    expect(renderReport({ meta, coldstart: coldstart(1.2) })).toContain("| cold start vs empty node | 1.20× | ≤ 1.2× | met |");
    expect(renderReport({ meta, coldstart: coldstart(1.1962) })).toContain("| cold start vs empty node | 1.20× | ≤ 1.2× | met |");
  });
});

describe("npm run bench -- --smoke", () => {
  const entry = path.join(ROOT, "dist/scripts/bench/index.js");
  // The bench is not part of `npm run build` (tsconfig.build.json leaves it out); it is compiled
  // here as `npm run bench` compiles it, on top of the built CLI it measures.
  const built = path.join(ROOT, "dist/scripts/cli.js");
  it.skipIf(!existsSync(built))(
    "runs every suite once (scale on the chat spec only) and writes the results",
    async () => {
      await execFileAsync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.bench.json")], { cwd: ROOT });
      expect(existsSync(entry)).toBe(true);
      const results = path.join(projectTempDir("bench"), "results.json");
      const { stdout } = await execFileAsync(process.execPath, [entry, "--smoke", "--scale", "chat", "--results", results], {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
      const written = JSON.parse(readFileSync(results, "utf8")) as Record<string, unknown>;
      expect(Object.keys(written)).toEqual(["meta", "codegen", "check", "scale", "throughput", "coldstart", "stall", "watch", "finishedAt"]);
      for (const suite of ["codegen", "check", "throughput", "coldstart", "stall", "watch"]) expect(written[suite]).not.toHaveProperty("error");
      // The watch's one edit reached the disk: its summary line names the rewritten files.
      expect((written.watch as { lastLine: string }).lastLine).toMatch(/^chatspec: \d+ files in .+ \(\d+ written, 0 removed\) in /);
      expect((written.stall as { id: string; answer: string }[]).map((row) => `${row.id} ${row.answer}`)).toEqual([
        "deep 400 nesting_too_deep",
        "metadata-keys 400 too_many_keys",
        "logit-bias-keys 400 too_many_keys",
        "stop-zeros 400 array_too_long",
        "messages-long 400 array_too_long",
        "huge-key 400 key_too_long",
        "proto-keys 200",
        "long-string 200",
        "escapes 200",
        "many-messages 200",
        "wide-tools 200",
      ]);
      expect((written.scale as { spec: string }[]).map((row) => row.spec)).toEqual(["chat"]);
      expect(JSON.stringify(written.scale)).not.toContain('"error"');
      expect(stdout).toContain("SMOKE RUN, numbers mean nothing");
      expect(stdout).toContain("### 7. Warm watch: from a spec edit to the files on disk");
      expect(stdout).toContain("### Targets");
    },
    420_000,
  );
});
