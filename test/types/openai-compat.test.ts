/**
 * Our request type against the official `openai` SDK's (7.57.0): the type-level assertions live in
 * `openai-compat.ts`. Here tsc checks that file alone (so a broken assertion fails inside vitest,
 * not only in `npm test`'s tsc step), every `@ts-expect-error` is shown to guard exactly one real
 * error, every deliberate difference in `DIFFERENCES` is cited by the directives or proven by the
 * validator, and every SDK-typed body that must be ours is accepted by the validator.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { validateCreateChatCompletionRequest, validateCreateChatCompletionRequestStrict } from "../../generated/index.js";
import { CORPUS_DIR, projectTempDir, ROOT } from "../helpers.js";
import { allParams, audio, DIFFERENCES, nonStreaming, runtimeOnly, sdkOnly, streaming, toolChoices, tools } from "./openai-compat.js";

const run = promisify(execFile);
const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
const assertionFile = path.join(ROOT, "test/types/openai-compat.ts");
const source = readFileSync(assertionFile, "utf8");
const cleanup: string[] = [];

afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

/** Type-checks one file with the repository's compiler options (strict, noUnusedLocals, …); returns tsc's diagnostics. */
async function typeCheck(file: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chatspec-openai-compat-"));
  cleanup.push(dir);
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ extends: path.join(ROOT, "tsconfig.base.json"), compilerOptions: { noEmit: true, types: [] }, files: [file] }),
  );
  const result = await run(process.execPath, [tsc, "--noEmit", "-p", path.join(dir, "tsconfig.json")], { cwd: ROOT }).catch(
    (error: { stdout: string }) => error,
  );
  return result.stdout.split("\n").filter((line) => line.trim() !== "");
}

/** Every `// @ts-expect-error [id] …` line: 1-based line number and the cited difference id. */
const directives = source.split("\n").flatMap((line, index) => {
  const match = /^\s*\/\/ @ts-expect-error(?: \[([^\]]+)\])?/.exec(line);
  return match === null ? [] : [{ line: index + 1, id: match[1] ?? null }];
});

describe("openai-compat.ts under tsc", () => {
  it("type-checks with zero errors (every assertion holds and no @ts-expect-error is unused)", async () => {
    expect(await typeCheck(assertionFile)).toEqual([]);
  });

  it("has exactly one real error under every @ts-expect-error", async () => {
    expect(directives).toHaveLength(11);
    // Blank each directive (keeping line numbers), in a copy whose imports still resolve.
    const dir = projectTempDir("openai-compat");
    cleanup.push(dir);
    const lines = source.split("\n");
    for (const { line } of directives) lines[line - 1] = "";
    const mutated = lines.join("\n").replace(`from "../../generated/index.js"`, `from "../../../generated/index.js"`);
    expect(mutated).toContain(`from "../../../generated/index.js"`);
    const file = path.join(dir, "openai-compat.ts");
    writeFileSync(file, mutated);
    const errors = (await typeCheck(file)).filter((line) => line.includes("error TS"));
    const found = errors.map((line) => /\((\d+),\d+\): error (TS\d+)/.exec(line)?.slice(1, 3).join(" "));
    // TS2322: "not assignable" (an Assignable<…> that is false, or a value of the wrong type);
    // TS2353: an object literal with a property the target type does not have; TS2561: the same,
    // with a spelling suggestion ("did you mean 'top_p'?" for top_k).
    const codes = ["TS2322", "TS2322", "TS2322", "TS2322", "TS2322", "TS2322", "TS2353", "TS2322", "TS2561", "TS2322", "TS2322"];
    expect(found).toEqual(directives.map(({ line }, index) => `${line + 1} ${codes[index]}`));
  });
});

describe("the table of deliberate differences", () => {
  const ids = DIFFERENCES.map((difference) => difference.id);

  it("lists each difference once, with every column filled", () => {
    expect(ids).toEqual([
      "top_k",
      "image-detail-original",
      "breakpoint-ttl",
      "stream-split",
      "logit_bias-keys",
      "stream_options-requires-stream",
      "top_logprobs-requires-logprobs",
      "audio-modality-requires-audio",
    ]);
    for (const difference of DIFFERENCES) {
      for (const column of [difference.field, difference.theirs, difference.ours]) expect(column.trim()).not.toBe("");
      expect(difference.why.length).toBeGreaterThan(80);
    }
  });

  it("cites a listed difference in every directive and every type-level difference in a directive", () => {
    expect(directives.filter(({ id }) => id === null || !ids.includes(id as (typeof ids)[number]))).toEqual([]);
    const cited = new Set(directives.map(({ id }) => id));
    const typeLevel = DIFFERENCES.filter((difference) => difference.kind === "type").map((difference) => difference.id);
    expect(typeLevel.filter((id) => !cited.has(id))).toEqual([]);
    // Runtime-only differences have identical types, so no directive may claim one.
    const runtime = DIFFERENCES.filter((difference) => difference.kind === "runtime").map((difference) => difference.id);
    expect(runtime.filter((id) => cited.has(id))).toEqual([]);
    expect(Object.keys(runtimeOnly).sort()).toEqual([...runtime].sort());
  });
});

describe("SDK-typed bodies at runtime", () => {
  const valid = { allParams, streaming, nonStreaming, tools, audio, ...Object.fromEntries(toolChoices.map((body, index) => [`toolChoices[${index}]`, body])) };

  it.each(Object.entries(valid))("%s is accepted by both validators", (_name, body) => {
    expect(validateCreateChatCompletionRequest(body), JSON.stringify(validateCreateChatCompletionRequest.errors)).toBe(true);
    expect(validateCreateChatCompletionRequestStrict(body), JSON.stringify(validateCreateChatCompletionRequestStrict.errors)).toBe(true);
  });

  it("the all-params body is the SDK's own all-params test with only the two rejected values changed", () => {
    const corpus = JSON.parse(readFileSync(path.join(CORPUS_DIR, "007-node-test-all-params-current.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(allParams).sort()).toEqual(Object.keys(corpus).sort());
    expect(Object.keys(allParams)).toHaveLength(37);
    const changed = Object.keys(corpus).filter((key) => JSON.stringify(corpus[key]) !== JSON.stringify(allParams[key as keyof typeof allParams]));
    expect(changed).toEqual(["logit_bias", "stream"]);
    expect(validateCreateChatCompletionRequest(corpus)).toBe(false);
    expect(validateCreateChatCompletionRequest({ ...corpus, logit_bias: allParams.logit_bias })).toBe(false);
    expect(validateCreateChatCompletionRequest({ ...corpus, stream: true })).toBe(false);
  });

  // Each runtime-only difference: both type systems accept the body, our validator rejects it.
  it.each([
    ["logit_bias-keys", { instancePath: "/logit_bias", keyword: "propertyNames", params: { propertyName: "foo" } }],
    ["stream_options-requires-stream", { instancePath: "/stream", keyword: "const", params: { allowedValue: true } }],
    ["top_logprobs-requires-logprobs", { instancePath: "", keyword: "required", params: { missingProperty: "logprobs" } }],
    ["audio-modality-requires-audio", { instancePath: "", keyword: "required", params: { missingProperty: "audio" } }],
  ] as const)("%s: the validator rejects what the types allow", (id, expected) => {
    expect(validateCreateChatCompletionRequest(runtimeOnly[id])).toBe(false);
    expect(validateCreateChatCompletionRequest.errors).toContainEqual(expect.objectContaining(expected));
  });

  it('SDK-only values: detail "original" is rejected by both validators; a breakpoint ttl only by the strict one', () => {
    const detail = sdkOnly["image-detail-original"];
    expect(validateCreateChatCompletionRequest(detail)).toBe(false);
    expect(validateCreateChatCompletionRequest.errors).toContainEqual(
      expect.objectContaining({ instancePath: "/messages/0/content/0/image_url/detail", keyword: "enum", params: { allowedValues: ["auto", "low", "high"] } }),
    );
    expect(validateCreateChatCompletionRequestStrict(detail)).toBe(false);
    const ttl = sdkOnly["breakpoint-ttl"];
    expect(validateCreateChatCompletionRequest(ttl)).toBe(true);
    expect(validateCreateChatCompletionRequestStrict(ttl)).toBe(false);
    expect(validateCreateChatCompletionRequestStrict.errors).toContainEqual(
      expect.objectContaining({ instancePath: "/messages/0/content/0/prompt_cache_breakpoint", params: { unevaluatedProperty: "ttl" } }),
    );
  });
});
