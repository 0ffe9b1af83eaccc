/**
 * `chatspec drift` as users run it: the detected flavor announced per page, exit codes (0 clean,
 * 1 with error-level findings, 2 for input errors), and the json, github and markdown formats.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flavorIds } from "../../generator/flavors/catalog.js";
import { flavors } from "../../generator/flavors/registry.js";
import { ROOT, projectTempDir, renderFlavorFromSpec, runCli } from "../helpers.js";
import { CANONICAL_SPEC, seed } from "./support.js";

const rel = (file: string) => path.relative(ROOT, file);

describe("chatspec drift", () => {
  it("announces the detected flavor and schema, prints findings as FILE:LINE:COL, and exits 1 on errors", async () => {
    const one = rel(seed("001").path);
    const result = await runCli(["drift", one]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${one}: flavor openapi-generator-rust (detected); schema CreateChatCompletionRequest`);
    expect(lines).toContain(
      `${one}:23:12: error \`seed\` is documented as \`Option<**i32**>\`: documented as a 32-bit integer, narrower than the spec's int64 integer, from -9223372036854776000 to 9223372036854776000 (drift/type-mismatch)`,
    );
    expect(lines.at(-1)).toBe("chatspec drift: 1 page, 9 errors, 5 warnings");
    expect(result.stderr).toBe("");
  });

  it("says which dialect it read and why it chose the schema", async () => {
    const four = rel(seed("004").path);
    const result = await runCli(["drift", four]);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual([
      `${four}: flavor typedoc-markdown (detected, flattened TypeDoc HTML text); schema CreateChatCompletionRequest`,
      `${four}: note: mapped to CreateChatCompletionRequest by its field names (28 of 34)`,
    ]);
  });

  it("exits 0 on a page chatspec generated, and says the flavor came from --flavor", async () => {
    const flavor = flavors.find((candidate) => candidate.id === "reference");
    if (flavor === undefined) throw new Error("no reference flavor");
    const pages = await renderFlavorFromSpec(flavor, CANONICAL_SPEC);
    const request = pages.find((file) => file.path === "docs/reference/CreateChatCompletionRequest.md");
    const dir = projectTempDir("drift");
    const file = path.join(dir, "CreateChatCompletionRequest.md");
    writeFileSync(file, request?.contents ?? "");
    const result = await runCli(["drift", rel(file), "--flavor", "reference"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${rel(file)}: flavor reference (--flavor); schema CreateChatCompletionRequest\nchatspec drift: 1 page, 0 errors, 0 warnings\n`);
  });

  it("--format json is an array of findings with code, severity, message, file, line, column, pointer and field", async () => {
    const zero = rel(seed("000").path);
    const result = await runCli(["drift", zero, "--format", "json"]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(
      findings.every(
        (finding) => JSON.stringify(Object.keys(finding)) === JSON.stringify(["code", "severity", "message", "file", "line", "column", "pointer", "field"]),
      ),
    ).toBe(true);
    expect(findings).toContainEqual({
      code: "drift/type-mismatch",
      severity: "error",
      message: "`logit_bias` is documented as `Dict[str, *float*]`: map values: documented as float, wider than the spec's integer",
      file: zero,
      line: 11,
      column: 103,
      pointer: "/components/schemas/CreateChatCompletionRequest/properties/logit_bias",
      field: "logit_bias",
    });
    expect(findings.filter((finding) => finding.severity === "error")).toHaveLength(8);
  });

  it("--format github writes one workflow command per finding", async () => {
    const three = rel(seed("003").path);
    const result = await runCli(["drift", three, "--format", "github"]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=drift\/[a-z-]+::\S.*$/);
    expect(lines).toContain(
      `::error file=${three},line=5,col=2,title=drift/unknown-field::\`Messages\` is not a field of CreateChatCompletionRequest; did you mean \`messages\`?`,
    );
    expect(lines).toContain(
      `::warning file=${three},line=11,col=1,title=drift/markup-defect::the body of the \`??? child "Show properties"\` block (line 9) is not indented 4 spaces, so pymdownx.details renders an empty block and these fields outside it`,
    );
  });

  it("--format markdown writes a table", async () => {
    const two = rel(seed("002").path);
    const result = await runCli(["drift", two, "--format", "markdown"]);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual(["| Where | Severity | Code | Field | Message |", "|---|---|---|---|---|"]);
    expect(lines).toContain(
      `| ${two}:19:123 | error | \`drift/type-mismatch\` | \`stop\` | \`stop\` is documented as \`List[*str*]\`: documents only array of string; the spec also accepts string |`,
    );
  });

  it("audits several pages in one run, each in its own flavor", async () => {
    const result = await runCli(["drift", rel(seed("000").path), rel(seed("003").path), "--schema", "CreateChatCompletionRequest"]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").filter((line) => line.includes(": flavor "))).toEqual([
      `${rel(seed("000").path)}: flavor speakeasy-python (detected); schema CreateChatCompletionRequest`,
      `${rel(seed("003").path)}: flavor mkdocs-material (detected); schema CreateChatCompletionRequest`,
    ]);
    expect(result.stdout).not.toContain("note:");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("chatspec drift: 2 pages, 27 errors, 35 warnings");
  });

  it("exits 2 on input errors: a missing page, an undetectable flavor, an unknown schema or flavor", async () => {
    const missing = await runCli(["drift", "no-such-page.md"]);
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([2, "no-such-page.md: cannot read the doc page: no such file"]);

    const dir = projectTempDir("drift");
    const plain = path.join(dir, "notes.md");
    writeFileSync(plain, "# Notes\n\nNothing here is a field doc.\n");
    const undetected = await runCli(["drift", rel(plain)]);
    expect([undetected.code, undetected.stderr.split("\n")[0]]).toEqual([
      2,
      `${rel(plain)}: cannot tell which doc flavor this page is written in; pass --flavor (${flavorIds.join(", ")})`,
    ]);

    const schema = await runCli(["drift", rel(seed("000").path), "--schema", "NoSuchSchema"]);
    expect([schema.code, schema.stderr.split("\n")[0]]).toEqual([2, `${rel(seed("000").path)}: the spec has no schema named "NoSuchSchema"`]);

    const flavor = await runCli(["drift", rel(seed("000").path), "--flavor", "asciidoc"]);
    expect(flavor.code).toBe(2);
    expect(flavor.stderr).toContain("argument 'asciidoc' is invalid");
  });

  it("offers exactly the flavors the audit reads", async () => {
    const help = await runCli(["drift", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\s+/g, " ")).toContain(`choices: ${flavorIds.map((id) => `"${id}"`).join(", ")}`);
  });
});
