/**
 * The schema, the validators and the TypeScript type agree, property-based: random requests
 * generated from `generated/schema.json` (test/support/schema-arbitrary.ts, fixed seed) must pass
 * both validators and type-check as `CreateChatCompletionRequest` (one tsc run over all samples);
 * and every single-constraint mutation of them (test/support/schema-mutations.ts) must be rejected
 * by both validators at the expected JSON pointer, except unknown properties of an open object,
 * which only the strict validator rejects (a closed one, `additionalProperties: false`, both).
 */
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  validateCreateChatCompletionRequest as validate,
  validateCreateChatCompletionRequestStrict as validateStrict,
  type Validator,
} from "../../generated/index.js";
import { ROOT, projectTempDir } from "../helpers.js";
import { schemaArbitrary, type SchemaBundle } from "../support/schema-arbitrary.js";
import { MUTATION_KINDS, applicableKinds, mutationSites, type Mutation, type MutationKind } from "../support/schema-mutations.js";

const ROOT_DEF = "CreateChatCompletionRequest";
const SEED = 20_260_601;
const SAMPLES = 300;

const run = promisify(execFile);
const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
const bundle = JSON.parse(readFileSync(path.join(ROOT, "generated/schema.json"), "utf8")) as SchemaBundle;
const samples = fc.sample(schemaArbitrary(bundle, ROOT_DEF), { seed: SEED, numRuns: SAMPLES });

let project: string | undefined;
afterAll(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
});

const errorsOf = (validator: Validator<unknown>) => (validator.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));

/** Why `validator` does not reject `body` as `mutation` expects, or null when it does. */
function misfit(validator: Validator<unknown>, body: unknown, mutation: Mutation): string | null {
  if (validator(body)) return "accepted";
  const errors = validator.errors ?? [];
  const first = errors[0];
  if (first?.instancePath !== mutation.firstErrorPointer)
    return `first error at ${JSON.stringify(first?.instancePath)}, expected ${JSON.stringify(mutation.firstErrorPointer)}`;
  if (!errors.some((error) => error.instancePath === mutation.pointer && mutation.keywords.includes(error.keyword))) {
    return `no ${mutation.keywords.join("|")} error at ${JSON.stringify(mutation.pointer)}`;
  }
  return null;
}

describe(`${SAMPLES} random valid requests (seed ${SEED})`, () => {
  it("pass the default and the strict validator", () => {
    const rejected = samples.flatMap((sample, index) =>
      [validate, validateStrict].flatMap((validator) =>
        validator(sample) ? [] : [{ index, validator: validator === validate ? "default" : "strict", errors: errorsOf(validator), sample }],
      ),
    );
    expect(rejected.slice(0, 3)).toEqual([]);
  });

  it("type-check as CreateChatCompletionRequest (one tsc run)", async () => {
    project = projectTempDir("equivalence");
    const generated = path.relative(project, path.join(ROOT, "generated/index.js")).split(path.sep).join("/");
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ["samples.ts"],
      }),
    );
    writeFileSync(
      path.join(project, "samples.ts"),
      [
        `import type { CreateChatCompletionRequest } from "${generated}";`,
        ``,
        ...samples.map((sample, index) => `export const s${index}: CreateChatCompletionRequest = ${JSON.stringify(sample)};`),
        ``,
      ].join("\n"),
    );
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout: string }) => error,
    );
    expect("stdout" in result ? result.stdout.split("\n").slice(0, 20).join("\n") : "").toBe("");
  });

  it("have every single-constraint mutation rejected at the expected pointer", () => {
    const counts = Object.fromEntries(MUTATION_KINDS.map((kind) => [kind, 0])) as Record<MutationKind, number>;
    const failures: { sample: number; mutation: string; kind: MutationKind; validator: string; problem: string; errors: unknown }[] = [];
    let total = 0;
    samples.forEach((sample, index) => {
      for (const mutation of mutationSites(bundle, ROOT_DEF, sample)) {
        total++;
        counts[mutation.kind]++;
        const body = mutation.apply();
        const checks: [string, Validator<unknown>, string | null][] = mutation.strictOnly
          ? [
              ["default", validate, validate(body) ? null : "rejected an unknown property"],
              ["strict", validateStrict, misfit(validateStrict, body, mutation)],
            ]
          : [
              ["default", validate, misfit(validate, body, mutation)],
              ["strict", validateStrict, misfit(validateStrict, body, mutation)],
            ];
        for (const [name, validator, problem] of checks) {
          if (problem !== null)
            failures.push({
              sample: index,
              mutation: mutation.description,
              kind: mutation.kind,
              validator: name,
              problem,
              errors: errorsOf(validator).slice(0, 3),
            });
        }
      }
    });
    console.log(
      `equivalence: ${samples.length} samples, ${total} mutations (each checked against both validators)\n` +
        MUTATION_KINDS.map(
          (kind) => `  ${kind.padEnd(16)} ${counts[kind]}${applicableKinds(bundle).includes(kind) ? "" : " (keyword not used by the schema)"}`,
        ).join("\n"),
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(total).toBeGreaterThan(1000);
    // Every kind whose keyword the schema uses ran (the canonical schema has no `minLength`); the
    // length check guards applicableKinds itself.
    const applicable = applicableKinds(bundle);
    expect(applicable.length).toBeGreaterThanOrEqual(MUTATION_KINDS.length - 1);
    expect(applicable.filter((kind) => counts[kind] === 0)).toEqual([]);
  });
});
