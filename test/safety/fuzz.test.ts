/**
 * Fuzzing with fast-check (fixed seeds, run counts in the test names): mutated specs never crash
 * chatspec, and random JSON never makes the generated validators, formatErrors or the server
 * check throw.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  createRequestValidator,
  describeErrors,
  formatErrors,
  validateCreateChatCompletionRequest as validate,
  validateCreateChatCompletionRequestStrict as validateStrict,
} from "../../generated/index.js";
import { auditPage } from "../../generator/drift/audit.js";
import { flavorIds } from "../../generator/flavors/catalog.js";
import { ChatspecError } from "../../generator/errors.js";
import { buildModel } from "../../generator/ir/build.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { ROOT, SEED_PAGES_DIR, projectTempDir, runCli } from "../helpers.js";

const canonical = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");
const SPEC_RUNS = 12;
const VALUE_RUNS = 2000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a node of the tree, so a mutation can pick one. */
function paths(node: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(node)) return [...here, ...node.flatMap((child, index) => paths(child, [...prefix, index]))];
  if (node !== null && typeof node === "object") return [...here, ...Object.entries(node).flatMap(([key, child]) => paths(child, [...prefix, key]))];
  return here;
}

function mutate(tree: Json, at: (string | number)[], replacement: Json, kind: "replace" | "delete"): Json {
  if (at.length === 0) return kind === "replace" ? replacement : null;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  if (Array.isArray(tree)) {
    const copy = [...tree];
    if (rest.length === 0 && kind === "delete") copy.splice(head as number, 1);
    else copy[head as number] = mutate(copy[head as number] as Json, rest, replacement, kind);
    return copy;
  }
  if (tree !== null && typeof tree === "object") {
    const copy = { ...tree };
    if (rest.length === 0 && kind === "delete") delete copy[head];
    else copy[head] = mutate(copy[head] as Json, rest, replacement, kind);
    return copy;
  }
  return tree;
}

/** Runs `check` on a spec text in-process and asserts it ended in a known way. */
async function assertHandled(text: string): Promise<number> {
  const dir = projectTempDir("fuzz");
  writeFileSync(path.join(dir, "openapi.yaml"), text);
  const result = await runCli(["check", "--spec", path.join(dir, "openapi.yaml"), "--out", path.join(dir, "out")]);
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toContain("internal error");
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (result.code === 2) expect(result.stderr.split("\n")[0]).toMatch(/^\S.*: .+/);
  return result.code;
}

describe("mutated specs", () => {
  const tree = parse(canonical) as Json;
  const allPaths = paths(tree).filter((at) => at.length > 0);

  it(`structure mutations (${SPEC_RUNS} runs) end in success, findings or a one-line input error`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: allPaths.length - 1 }),
        fc.constantFrom<"replace" | "delete">("replace", "delete"),
        fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
        async (index, kind, value) => {
          await assertHandled(stringify(mutate(tree, allPaths[index] as (string | number)[], value, kind)));
        },
      ),
      { numRuns: SPEC_RUNS, seed: 20261122 },
    );
  }, 300_000);

  it(`text mutations (${SPEC_RUNS} runs) end in success, findings or a one-line input error`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: canonical.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }), async (at, cut, insert) => {
        await assertHandled(canonical.slice(0, at) + insert + canonical.slice(at + cut));
      }),
      { numRuns: SPEC_RUNS, seed: 20261123 },
    );
  }, 300_000);
});

describe("random JSON", () => {
  it(`never makes the validators or the error formatting throw (${VALUE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            { model: fc.jsonValue(), messages: fc.jsonValue(), temperature: fc.jsonValue(), stop: fc.jsonValue(), tools: fc.jsonValue() },
            { requiredKeys: [] },
          ),
        ),
        (value) => {
          for (const check of [validate, validateStrict]) {
            if (!check(value)) {
              expect(formatErrors(check.errors).length).toBeGreaterThan(0);
              expect(describeErrors(check.errors, value).length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: VALUE_RUNS, seed: 20261124 },
    );
  });

  it(`never makes the server check throw, on parsed values or raw text (${VALUE_RUNS} runs)`, () => {
    const validator = createRequestValidator();
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), (body) => {
        const result = validator.check(body);
        if (!result.ok) expect(result.body.error.type).toBe("invalid_request_error");
      }),
      { numRuns: VALUE_RUNS, seed: 20261125 },
    );
  });
});

describe("the drift parser", async () => {
  const { document } = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false });
  const spec = { document, model: buildModel(document) };
  const seeds = readdirSync(SEED_PAGES_DIR)
    .sort()
    .map((file) => readFileSync(path.join(SEED_PAGES_DIR, file), "utf8"));

  it(`never throws anything but a one-line input error, on random text and mutated seeds (${VALUE_RUNS} runs)`, () => {
    const mutatedSeed = fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat({ max: 200 }), fc.string({ maxLength: 20 })).map(([seed, at, cut, insert]) => {
      const start = at % seed.length;
      return seed.slice(0, start) + insert + seed.slice(start + cut);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), mutatedSeed), fc.constantFrom(undefined, ...flavorIds), (text, flavor) => {
        try {
          auditPage("page.md", text, spec, flavor === undefined ? {} : { flavor });
        } catch (error) {
          expect(error).toBeInstanceOf(ChatspecError);
        }
      }),
      { numRuns: VALUE_RUNS, seed: 20261126 },
    );
  });
});
