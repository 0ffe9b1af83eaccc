/**
 * `--format json` and `--format github` of `lint` and `check`: the machine-readable shapes CI reads
 * (a JSON array of findings with stable codes; GitHub Actions workflow commands), exit codes
 * unchanged, GitHub's escaping of messages and properties, and the shared findings renderers
 * (generator/findings/render/) every command uses.
 */
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { Finding } from "../generator/findings/finding.js";
import { githubAnnotation } from "../generator/findings/render/github.js";
import { renderJson } from "../generator/findings/render/json.js";
import { renderMarkdown } from "../generator/findings/render/markdown.js";
import { renderText } from "../generator/findings/render/text.js";
import { FIXTURES, ROOT, projectTempDir, runCli } from "./helpers.js";

/** The minimal fixture with a placeholder description, and a config that points at the project's rules. */
function badSpecFolder(): string {
  const dir = projectTempDir("formats");
  const spec = parse(readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8"));
  spec.components.schemas.CreateChatCompletionRequest.properties.model.description = "TBD";
  writeFileSync(path.join(dir, "openapi.yaml"), stringify(spec));
  writeFileSync(path.join(dir, "chatspec.config.json"), JSON.stringify({ spec: "openapi.yaml", redocly: path.join(ROOT, "redocly.yaml") }));
  return dir;
}

const PLACEHOLDER = {
  code: "lint/rule/no-placeholder-description",
  severity: "error",
  message: 'Description is empty or a placeholder such as "N/A".',
  file: "openapi.yaml",
  line: 45,
  column: 24,
};

describe("chatspec lint --format", () => {
  it("json: an empty array for a clean spec, exit 0", async () => {
    const result = await runCli(["lint", "--format", "json"]);
    expect(result).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("json: one object per problem with a stable code, and nothing else on stdout, exit 1", async () => {
    const result = await runCli(["lint", "--format", "json"], badSpecFolder());
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([PLACEHOLDER]);
  });

  it("github: one ::error workflow command per problem, then the summary", async () => {
    const result = await runCli(["lint", "--format", "github"], badSpecFolder());
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      '::error file=openapi.yaml,line=45,col=24,title=lint/rule/no-placeholder-description::Description is empty or a placeholder such as "N/A".',
    );
    expect(lines[1]).toMatch(/^openapi\.yaml: 1 errors, 0 warnings \(\d+\.\d\d s\)$/);
  });

  it("rejects an unknown format as a usage error", async () => {
    const result = await runCli(["lint", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'xml' is invalid. Allowed choices are text, json, github.");
  });
});

describe("chatspec check --format", () => {
  /** Fresh output in a temp folder (independent of the state of generated/), as a path relative to the root. */
  async function freshOutput(): Promise<string> {
    const out = path.relative(ROOT, path.join(projectTempDir("formats-out"), "out"));
    expect((await runCli(["generate", "--out", out, "--quiet"])).code).toBe(0);
    return out;
  }

  /**
   * Fresh output with one stale file (line 3 changed), one missing, and one extra: a file the manifest
   * lists that is no longer generated (which makes the manifest stale too). A file the manifest does
   * not list is the user's and is not reported.
   */
  async function driftedCopy(): Promise<string> {
    const out = await freshOutput();
    const dir = path.join(ROOT, out);
    const stale = path.join(dir, "openapi.d.ts");
    const lines = readFileSync(stale, "utf8").split("\n");
    lines[2] = `${lines[2]} // edited`;
    writeFileSync(stale, lines.join("\n"));
    unlinkSync(path.join(dir, "schema.json"));
    writeFileSync(path.join(dir, "notes.txt"), "mine\n");
    const manifestPath = path.join(dir, "chatspec-manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { files: Record<string, string> };
    manifest.files = { "old-module.js": "0".repeat(64), ...manifest.files };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(dir, "old-module.js"), "export {};\n");
    return out;
  }

  it("json: check/stale at the first differing line, check/missing, check/extra, not the user's file; exit 1", async () => {
    const out = await driftedCopy();
    const result = await runCli(["check", "--out", out, "--format", "json"]);
    expect(result.code).toBe(1);
    const rerun = "run `npm run generate` and commit the result";
    expect(JSON.parse(result.stdout)).toEqual([
      { code: "check/stale", severity: "error", message: `differs from fresh output from line 3; ${rerun}`, file: `${out}/openapi.d.ts`, line: 3, column: 1 },
      expect.objectContaining({ code: "check/stale", file: `${out}/chatspec-manifest.json`, column: 1 }),
      { code: "check/missing", severity: "error", message: `is not generated yet; ${rerun}`, file: `${out}/schema.json`, line: null, column: null },
      {
        code: "check/extra",
        severity: "error",
        message: `is not generated output; ${rerun} (it removes the file)`,
        file: `${out}/old-module.js`,
        line: null,
        column: null,
      },
    ]);
  });

  it("github: annotations without line for whole files, then the stale summary", async () => {
    const out = await driftedCopy();
    const result = await runCli(["check", "--out", out, "--format", "github"]);
    expect(result.code).toBe(1);
    const outProperty = out.replace(/:/g, "%3A").replace(/,/g, "%2C");
    const lines = result.stdout.split("\n");
    expect(lines[1]).toMatch(
      new RegExp(`^::error file=${outProperty}/chatspec-manifest\\.json,line=\\d+,col=1,title=check/stale::differs from fresh output from line \\d+; `),
    );
    expect([lines[0], ...lines.slice(2)]).toEqual([
      `::error file=${outProperty}/openapi.d.ts,line=3,col=1,title=check/stale::differs from fresh output from line 3; run \`npm run generate\` and commit the result`,
      `::error file=${outProperty}/schema.json,title=check/missing::is not generated yet; run \`npm run generate\` and commit the result`,
      `::error file=${outProperty}/old-module.js,title=check/extra::is not generated output; run \`npm run generate\` and commit the result (it removes the file)`,
      `chatspec: ${out}/ is stale; run \`npm run generate\` and commit the result`,
      "",
    ]);
  });

  it("json: an empty array when the output is up to date", async () => {
    const result = await runCli(["check", "--out", await freshOutput(), "--format", "json"]);
    expect(result).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("json: lint errors come out as findings too, and nothing is compared", async () => {
    const result = await runCli(["check", "--format", "json"], badSpecFolder());
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([PLACEHOLDER]);
  });
});

describe("findings renderers", () => {
  const drift: Finding = {
    code: "drift/type-mismatch",
    severity: "error",
    message: "`seed` is documented as `i32`",
    file: "docs/a.md",
    line: 3,
    column: 7,
    pointer: "/components/schemas/R/properties/seed",
    field: "seed",
  };
  const lint: Finding = { code: "lint/rule/no-nullable", severity: "warning", message: "No `nullable`.", file: "openapi.yaml", line: 9, column: 5 };
  const missing: Finding = {
    code: "check/missing",
    severity: "error",
    message: "is not generated yet",
    file: "generated/schema.json",
    line: null,
    column: null,
  };

  it("escapes workflow command data and properties as @actions/core does", () => {
    const finding = { code: "lint/a:b,c", severity: "warning", message: "100% sure\nsecond line\r", file: "dir,1/x:y.yaml", line: 2, column: null } as const;
    expect(githubAnnotation(finding)).toBe("::warning file=dir%2C1/x%3Ay.yaml,line=2,title=lint/a%3Ab%2Cc::100%25 sure%0Asecond line%0D");
  });

  it("writes JSON keys in a fixed order", () => {
    const finding = { file: "f", line: null, column: null, message: "m", severity: "error", code: "check/extra" } as const;
    expect(renderJson([finding])).toBe(
      '[\n  {\n    "code": "check/extra",\n    "severity": "error",\n    "message": "m",\n    "file": "f",\n    "line": null,\n    "column": null\n  }\n]\n',
    );
  });

  it("writes a drift finding's pointer and field after the common keys", () => {
    const reversed = Object.fromEntries(Object.entries(drift).reverse()) as unknown as Finding;
    expect(renderJson([reversed])).toBe(
      '[\n  {\n    "code": "drift/type-mismatch",\n    "severity": "error",\n    "message": "`seed` is documented as `i32`",\n    "file": "docs/a.md",\n    "line": 3,\n    "column": 7,\n    "pointer": "/components/schemas/R/properties/seed",\n    "field": "seed"\n  }\n]\n',
    );
  });

  it("text: FILE:LINE:COL, the Redocly rule id for lint problems and the full code otherwise; FILE alone for a whole file", () => {
    expect(renderText([lint, drift, missing])).toBe(
      [
        "openapi.yaml:9:5: warning No `nullable`. (rule/no-nullable)",
        "docs/a.md:3:7: error `seed` is documented as `i32` (drift/type-mismatch)",
        "generated/schema.json: error is not generated yet (check/missing)",
        "",
      ].join("\n"),
    );
  });

  it("text: the caller's style colours the severity and the code", () => {
    const style = { error: (text: string) => `<r>${text}</r>`, warning: (text: string) => `<y>${text}</y>`, dim: (text: string) => `<d>${text}</d>` };
    expect(renderText([lint, drift], style)).toBe(
      "openapi.yaml:9:5: <y>warning</y> No `nullable`. <d>(rule/no-nullable)</d>\ndocs/a.md:3:7: <r>error</r> `seed` is documented as `i32` <d>(drift/type-mismatch)</d>\n",
    );
  });

  it("markdown: a table with the field when there is one, or the caller's sentence when there are no findings", () => {
    expect(renderMarkdown([drift, { ...missing, message: "a | b" }], "nothing")).toBe(
      [
        "| Where | Severity | Code | Field | Message |",
        "|---|---|---|---|---|",
        "| docs/a.md:3:7 | error | `drift/type-mismatch` | `seed` | `seed` is documented as `i32` |",
        "| generated/schema.json | error | `check/missing` |  | a \\| b |",
        "",
      ].join("\n"),
    );
    expect(renderMarkdown([], "nothing")).toBe("nothing\n");
  });
});
