/**
 * (5) Cold start: from process start to the first validation result, with our generated module
 * (import validators.js, validate the typical body) and with AJV compiling schema.json at run time
 * (the same options our generator compiles with: discriminator dispatch, formats), each against an
 * empty `node` process running an empty module, alternately. Then the package entry as most code
 * uses it (import index.js, `parse…` the typical body), and its first `parse…` of an invalid body,
 * which loads the all-errors validators (runtime/all-errors.ts) to report every problem. Plus the
 * size of the generated validator module: raw, minified (terser) and minified + gzipped.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { minify } from "terser";
import { alternate } from "../alternate.js";
import { BODIES } from "../bodies.js";
import type { BenchContext } from "../context.js";
import { expectExit, type RunResult } from "../processes.js";
import { pairedRatio } from "../stats.js";
import { timed, type TimedTool } from "./codegen.js";

export interface ColdStartResult {
  readonly empty: TimedTool;
  readonly generated: TimedTool;
  readonly runtimeAjv: TimedTool;
  /** index.js imported, the typical body parsed. */
  readonly packageValid: TimedTool;
  /** index.js imported, the invalid body parsed: every problem of it. */
  readonly packageInvalid: TimedTool;
  /** generated / empty (target ≤ 1.2). */
  readonly generatedRatio: number;
  readonly runtimeAjvRatio: number;
  readonly packageValidRatio: number;
  readonly packageInvalidRatio: number;
  readonly size: { readonly raw: number; readonly minified: number; readonly gzipped: number };
  /** What validators.js imports: the modules a cold start loads besides it. */
  readonly imports: readonly string[];
}

export async function coldStartSuite(ctx: BenchContext, out: string): Promise<ColdStartResult> {
  const typical = BODIES.find((body) => body.id === "typical")?.text ?? "{}";
  const invalid = BODIES.find((body) => body.id === "invalid")?.text ?? "{}";
  const parseScript = (name: string, body: string) =>
    script(
      ctx,
      name,
      `import { parseCreateChatCompletionRequest } from ${JSON.stringify(path.join(out, "index.js"))};
process.stdout.write(String(parseCreateChatCompletionRequest(${body}).ok));
`,
    );
  const scripts = {
    empty: script(ctx, "empty.mjs", ""),
    generated: script(
      ctx,
      "first-generated.mjs",
      `import { validateCreateChatCompletionRequest } from ${JSON.stringify(path.join(out, "validators.js"))};\nprocess.stdout.write(String(validateCreateChatCompletionRequest(${typical})));\n`,
    ),
    runtimeAjv: script(
      ctx,
      "first-ajv.mjs",
      [
        `import { readFileSync } from "node:fs";`,
        `import { Ajv2020 } from "ajv/dist/2020.js";`,
        `import addFormats from "ajv-formats";`,
        `const ajv = new Ajv2020({ strict: false, discriminator: true, allErrors: false });`,
        `addFormats(ajv);`,
        `const validate = ajv.compile(JSON.parse(readFileSync(${JSON.stringify(path.join(out, "schema.json"))}, "utf8")));`,
        `process.stdout.write(String(validate(${typical})));`,
        "",
      ].join("\n"),
    ),
    packageValid: parseScript("first-parse-valid.mjs", typical),
    packageInvalid: parseScript("first-parse-invalid.mjs", invalid),
  };
  const first =
    (file: string, prints = "true") =>
    async (): Promise<RunResult> => {
      const result = expectExit(await ctx.node({ args: [file], cwd: ctx.work }), 0, path.basename(file));
      if (file !== scripts.empty && result.stdout !== prints) throw new Error(`${path.basename(file)} printed ${JSON.stringify(result.stdout)}, not ${prints}`);
      return result;
    };
  const runs = await alternate<RunResult>(
    [
      { name: "empty", run: first(scripts.empty) },
      { name: "generated", run: first(scripts.generated) },
      { name: "runtimeAjv", run: first(scripts.runtimeAjv) },
      { name: "packageValid", run: first(scripts.packageValid) },
      { name: "packageInvalid", run: first(scripts.packageInvalid, "false") },
    ],
    { warmup: ctx.settings.warmup, runs: ctx.settings.smoke ? 1 : Math.max(ctx.settings.runs, 10) },
  );
  const ms = (name: string) => (runs.get(name) ?? []).map((run) => run.ms);
  const code = readFileSync(path.join(out, "validators.js"), "utf8");
  const minified = (await minify(code, { module: true, compress: true, mangle: true })).code ?? "";
  return {
    empty: timed(runs.get("empty") ?? []),
    generated: timed(runs.get("generated") ?? []),
    runtimeAjv: timed(runs.get("runtimeAjv") ?? []),
    packageValid: timed(runs.get("packageValid") ?? []),
    packageInvalid: timed(runs.get("packageInvalid") ?? []),
    generatedRatio: pairedRatio(ms("generated"), ms("empty")),
    runtimeAjvRatio: pairedRatio(ms("runtimeAjv"), ms("empty")),
    packageValidRatio: pairedRatio(ms("packageValid"), ms("empty")),
    packageInvalidRatio: pairedRatio(ms("packageInvalid"), ms("empty")),
    size: { raw: Buffer.byteLength(code), minified: Buffer.byteLength(minified), gzipped: gzipSync(minified, { level: 9 }).length },
    imports: [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1] as string),
  };
}

function script(ctx: BenchContext, name: string, text: string): string {
  const file = path.join(ctx.work, name);
  writeFileSync(file, text);
  return file;
}
