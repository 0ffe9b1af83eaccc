/**
 * Patterns: invalid in JavaScript's `u` mode is a lint error at the pattern; catastrophic
 * backtracking is a lint warning; and the risk is bounded in the generated validator when the spec
 * bounds the string, because AJV checks `maxLength` before `pattern`.
 *
 * The risk, documented: the validators use JavaScript's backtracking RegExp engine. `^(a+)+$`
 * against 30 `a`s and a `!` takes seconds and grows 2× per character. A spec with such a pattern
 * and no `maxLength` lets one short string stall a server; chatspec warns and does not rewrite it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/io/load-spec.js";
import { FIXTURES, ROOT, projectTempDir, runCli } from "../helpers.js";

const minimal = readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8");

function specWithModel(schema: string): string {
  const dir = projectTempDir("patterns");
  const spec = path.join(dir, "openapi.yaml");
  writeFileSync(spec, minimal.replace("        model:\n          type: string\n          description: Model id.\n", `        model: ${schema}\n`));
  return spec;
}

async function lint(spec: string) {
  const { problems } = await loadSpec({ specPath: spec, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: true });
  return problems.map(({ ruleId, severity, message, line, column }) => ({ ruleId, severity, message, line, column }));
}

describe("pattern lint rules", () => {
  it("reports a pattern that is invalid in u mode as an error at the pattern", async () => {
    expect(await lint(specWithModel('{ type: string, description: m, pattern: "^[a-z]\\\\-[0-9]$" }'))).toEqual([
      {
        ruleId: "chatspec/pattern-valid",
        severity: "error",
        message: "Pattern is not a valid regular expression in JavaScript's u mode: /^[a-z]\\-[0-9]$/u: Invalid escape",
        line: 40,
        column: 57,
      },
    ]);
  });

  it("warns on a pattern that can backtrack catastrophically", async () => {
    expect(await lint(specWithModel('{ type: string, description: m, pattern: "^(a+)+$" }'))).toEqual([
      {
        ruleId: "chatspec/pattern-safe",
        severity: "warn",
        message: "Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length; add maxLength to bound it.",
        line: 40,
        column: 57,
      },
    ]);
  });

  it("accepts the canonical spec's patterns", async () => {
    const spec = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");
    expect(spec.match(/pattern: /g)?.length).toBe(8);
    const { problems } = await loadSpec({
      specPath: path.join(ROOT, "spec/openapi.yaml"),
      redoclyPath: path.join(ROOT, "redocly.yaml"),
      cwd: ROOT,
      lint: true,
    });
    expect(problems.filter((problem) => problem.ruleId.startsWith("chatspec/pattern"))).toEqual([]);
  });
});

describe("a known bad pattern in a generated validator", () => {
  it("is bounded by maxLength: a 100 kB string is rejected by its length before the pattern runs", async () => {
    const spec = specWithModel('{ type: string, description: m, pattern: "^(a+)+$", maxLength: 24 }');
    const out = path.join(path.dirname(spec), "out");
    const result = await runCli(["generate", "--quiet", "--spec", spec, "--out", out, "--flavors", "reference"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "warning Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length (maxLength 24 bounds it). (chatspec/pattern-safe)",
    );
    type Validate = ((data: unknown) => boolean) & { errors?: { keyword: string }[] };
    const { validateCreateChatCompletionRequest: validate } = (await import(path.join(out, "index.js"))) as { validateCreateChatCompletionRequest: Validate };
    const request = (model: string) => ({ model, messages: [{ role: "user", content: "x" }] });
    const started = performance.now();
    expect(validate(request(`${"a".repeat(100_000)}!`))).toBe(false);
    // A safety bound, not a speed goal: unbounded, this input would never finish.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(validate.errors?.[0]?.keyword).toBe("maxLength");
    expect(validate(request("aaaa"))).toBe(true);
    expect(validate(request("aaab"))).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe("pattern");
  });
});
