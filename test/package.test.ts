/**
 * The generated package works as an installed dependency: `npm pack`, install the tarball into a
 * fresh project outside this repository, import it from plain Node, and type-check a consumer with
 * `moduleResolution: "nodenext"`. The same tsc run type-checks every corpus body the validator
 * accepts against the generated request type (so types and validators agree on real traffic), and
 * known-invalid shapes must fail to type-check.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCreateChatCompletionRequest } from "../generated/index.js";
import { OUTPUT_FILES, ROOT, loadCorpus } from "./helpers.js";

const run = promisify(execFile);
const packageName = (JSON.parse(readFileSync(path.join(ROOT, "generated/package.json"), "utf8")) as { name: string }).name;
const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");

let project: string;

beforeAll(async () => {
  project = mkdtempSync(path.join(os.tmpdir(), "chatspec-consumer-"));
  const { stdout } = await run("npm", ["pack", path.join(ROOT, "generated"), "--pack-destination", project, "--silent"], { cwd: project });
  const tarball = stdout.trim().split("\n").at(-1) as string;
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", `./${tarball}`, "--prefer-offline", "--no-audit", "--no-fund", "--silent"], { cwd: project });
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("the generated package, installed from its tarball", () => {
  it("imports from plain Node and validates", async () => {
    writeFileSync(
      path.join(project, "plain.mjs"),
      [
        `import { validateCreateChatCompletionRequest, validateCreateChatCompletionRequestStrict } from "${packageName}";`,
        `import schema from "${packageName}/schema.json" with { type: "json" };`,
        `const ok = validateCreateChatCompletionRequest({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] });`,
        `const bad = validateCreateChatCompletionRequest({ model: "gpt-4o", messages: [{ role: "tool", content: "x" }] });`,
        `const strict = validateCreateChatCompletionRequestStrict({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], max_token: 1 });`,
        `console.log(JSON.stringify({ ok, bad, error: validateCreateChatCompletionRequest.errors[0].params, strict, ref: schema.$ref }));`,
      ].join("\n"),
    );
    const { stdout } = await run(process.execPath, ["plain.mjs"], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      bad: false,
      error: { missingProperty: "tool_call_id" },
      strict: false,
      ref: "#/$defs/CreateChatCompletionRequest",
    });
  });

  it("exports each validator module alone under its subpath", async () => {
    writeFileSync(
      path.join(project, "subpaths.mjs"),
      [
        `const open = await import("${packageName}/validators");`,
        `const strict = await import("${packageName}/validators-strict");`,
        `const all = await import("${packageName}/validators-all-errors");`,
        `const strictAll = await import("${packageName}/validators-strict-all-errors");`,
        `const body = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], max_token: 1, n: 0 };`,
        `const verdicts = [open.validateCreateChatCompletionRequest(body), strict.validateCreateChatCompletionRequestStrict(body), all.validateCreateChatCompletionRequestAllErrors(body), strictAll.validateCreateChatCompletionRequestStrictAllErrors(body)];`,
        `const counts = [strict.validateCreateChatCompletionRequestStrict.errors.length, strictAll.validateCreateChatCompletionRequestStrictAllErrors.errors.length];`,
        `console.log(JSON.stringify({ modules: [open, strict, all, strictAll].map(Object.keys), verdicts, counts }));`,
      ].join("\n"),
    );
    const { stdout } = await run(process.execPath, ["subpaths.mjs"], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({
      modules: [
        ["validateCreateChatCompletionRequest"],
        ["validateCreateChatCompletionRequestStrict"],
        ["validateCreateChatCompletionRequestAllErrors"],
        ["validateCreateChatCompletionRequestStrictAllErrors"],
      ],
      verdicts: [false, false, false, false],
      counts: [1, 2],
    });
  });

  it("reports every problem from plain Node, loading the all-errors validators only once a body is invalid", async () => {
    // A copy of the installed package without its all-errors modules: importing it and checking
    // valid bodies must not need them, and an invalid body then gets its first problem.
    const copy = path.join(project, "without-all-errors");
    cpSync(path.join(project, "node_modules", packageName), copy, { recursive: true });
    for (const file of ["validators-all-errors.js", "validators-strict-all-errors.js"]) rmSync(path.join(copy, file));
    writeFileSync(
      path.join(project, "every-problem.mjs"),
      [
        `import * as installed from "${packageName}";`,
        `import * as copy from "./without-all-errors/index.js";`,
        `const valid = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] };`,
        `const invalid = { ...valid, n: 0, logit_bias: { "12": 500 } };`,
        `const params = (result) => (result.ok ? [] : result.errors.map((problem) => problem.param));`,
        `const copyValid = [copy.parseCreateChatCompletionRequest(valid).ok, copy.parseCreateChatCompletionRequest(valid, { strict: true }).ok, copy.createRequestValidator().check(valid).ok];`,
        `const copyInvalid = params(copy.parseCreateChatCompletionRequest(invalid));`,
        `const every = params(installed.parseCreateChatCompletionRequest(invalid));`,
        `const everyStrict = params(installed.parseCreateChatCompletionRequest({ ...invalid, max_token: 1 }, { strict: true }));`,
        `const server = installed.createRequestValidator().check(JSON.stringify(invalid)).body.error;`,
        `console.log(JSON.stringify({ copyValid, copyInvalid, every, everyStrict, server: [server.param, server.errors.map((detail) => detail.param)] }));`,
      ].join("\n"),
    );
    const { stdout, stderr } = await run(process.execPath, ["every-problem.mjs"], { cwd: project });
    expect(stderr).toBe(""); // no warning about loading an ES module with require
    expect(JSON.parse(stdout)).toEqual({
      copyValid: [true, true, true],
      copyInvalid: ["logit_bias[12]"],
      every: ["logit_bias[12]", "n"],
      everyStrict: ["logit_bias[12]", "n", "max_token"],
      server: ["logit_bias[12]", ["logit_bias[12]", "n"]],
    });
  });

  it("ships only the package files", async () => {
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json", path.join(ROOT, "generated")], { cwd: project });
    const [{ files }] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const paths = files.map((file) => file.path);
    expect(paths.filter((file) => !file.startsWith("docs/")).sort()).toEqual([...OUTPUT_FILES].sort());
    expect(paths).toContain("docs/reference/CreateChatCompletionRequest.md");
  });

  it("type-checks a consumer and every accepted corpus body with tsc (nodenext)", async () => {
    const accepted = [...loadCorpus()].filter(([, body]) => validateCreateChatCompletionRequest(body));
    expect(accepted).toHaveLength(28);
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        include: ["*.ts"],
      }),
    );
    writeFileSync(
      path.join(project, "consumer.ts"),
      [
        `import { validateCreateChatCompletionRequest, type CreateChatCompletionRequest, type ChatCompletionRequestMessage } from "${packageName}";`,
        ``,
        `/** Accepts any object assignable to the request type; extra provider keys are allowed, as on the wire. */`,
        `export function accept<T extends CreateChatCompletionRequest>(body: T): T { return body; }`,
        ``,
        `const input: unknown = JSON.parse("{}");`,
        `if (validateCreateChatCompletionRequest(input)) {`,
        `  const messages: ChatCompletionRequestMessage[] = input.messages;`,
        `  const temperature: number | null | undefined = input.temperature;`,
        `  void messages; void temperature;`,
        `}`,
        ``,
        `// Known-invalid shapes must not type-check.`,
        `// @ts-expect-error an unknown role`,
        `accept({ model: "m", messages: [{ role: "robot", content: "x" }] });`,
        `// @ts-expect-error a tool message needs tool_call_id`,
        `accept({ model: "m", messages: [{ role: "tool", content: "x" }] });`,
        `// @ts-expect-error logit_bias values are integers, typed as number; a string is wrong`,
        `accept({ model: "m", messages: [], logit_bias: { "1": "x" } });`,
        `// @ts-expect-error model is required`,
        `accept({ messages: [] });`,
        ``,
        ...accepted.map(([file, body]) => `accept(${JSON.stringify(body)}); // ${file}`),
        ``,
      ].join("\n"),
    );
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project }).catch((error: { stdout: string }) => error);
    expect("stdout" in result ? result.stdout : "").toBe("");
  });
});
