/**
 * The full 3 MB OpenAI spec goes through the whole pipeline (normalised, types, validators for
 * every request body, reference docs, site): it must finish and produce a usable package. Speed
 * and memory are measured by `npm run bench`, not here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OPENAI_SPEC, projectTempDir, runCli } from "../helpers.js";

describe("OpenAI's full spec", () => {
  it("generates with --normalize --no-lint", async () => {
    const out = path.join(projectTempDir("scale"), "out");
    const result = await runCli(["generate", "--quiet", "--spec", OPENAI_SPEC, "--out", out, "--normalize", "--no-lint", "--flavors", "reference"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // One page per schema that the 99 request bodies reach.
    const pages = readdirSync(path.join(out, "docs/reference"));
    expect(pages.length).toBe(657);
    expect(pages).toContain("CreateChatCompletionRequest.md");
    expect(readFileSync(path.join(out, "openapi.d.ts"), "utf8")).toContain("export type CreateChatCompletionRequest = ");
    type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
    const module = (await import(path.join(out, "index.js"))) as Record<string, Validate>;
    const validate = module.validateCreateChatCompletionRequest as Validate;
    expect(validate({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] })).toBe(true);
    expect(validate({ model: "gpt-4o", messages: [] })).toBe(false);
  }, 120_000);
});
