/**
 * A `format` the validators do not check (`ulid`) is an annotation, as JSON Schema 2020-12 says:
 * generation goes on with a lint warning at the spec's line, and the validators check everything
 * else about the value.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { FIXTURES, ROOT, projectTempDir, runCli } from "../helpers.js";

function specWithFormat(format: string): { dir: string; spec: string } {
  const dir = projectTempDir("formats");
  const spec = path.join(dir, "api", "openapi.yaml");
  mkdirSync(path.dirname(spec), { recursive: true });
  const document = parse(readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8"));
  document.components.schemas.CreateChatCompletionRequest.properties.trace = { type: "string", format, maxLength: 26, description: "Trace id." };
  writeFileSync(spec, stringify(document));
  return { dir, spec };
}

const relative = (file: string) => path.relative(ROOT, file);

describe("an unknown format", () => {
  it("is a lint warning at its line, not an error", async () => {
    const { spec } = specWithFormat("ulid");
    const result = await runCli(["lint", "--spec", relative(spec)]);
    expect(result.code).toBe(0);
    const line = result.stdout.split("\n").find((text) => text.includes("format-known"));
    expect(line).toMatch(
      /^test\/tmp\/formats-[^/]+\/api\/openapi\.yaml:\d+:\d+: warning Format `ulid` is not one the validators check: it stays an annotation \(shown in the docs, not validated\)\. \(chatspec\/format-known\)$/,
    );
  });

  it("generates validators that check the rest of the value, and docs that show the format", async () => {
    const { dir, spec } = specWithFormat("ulid");
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--quiet", "--spec", relative(spec), "--out", relative(out), "--flavors", "reference"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { validateCreateChatCompletionRequest: validate } = (await import(path.join(out, "validators.js"))) as {
      validateCreateChatCompletionRequest: (data: unknown) => boolean;
    };
    const body = { model: "m", messages: [{ role: "user", content: "x" }] };
    expect(validate({ ...body, trace: "not a ulid at all" })).toBe(true);
    expect(validate({ ...body, trace: 7 })).toBe(false);
    expect(validate({ ...body, trace: "x".repeat(27) })).toBe(false);
    expect(readFileSync(path.join(out, "docs/reference/CreateChatCompletionRequest.md"), "utf8")).toContain("format `ulid`");
  });
});
