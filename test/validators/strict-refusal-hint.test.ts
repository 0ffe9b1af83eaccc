/**
 * A spec AJV's strict mode refuses, where a `--normalize` rule would repair it: the one-line error
 * names the rule, and with `--normalize` the same spec generates.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, projectTempDir, runCli } from "../helpers.js";

const SPEC = `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /things:
    post:
      operationId: makeThing
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "200": {description: ok}
components:
  schemas:
    Thing:
      type: object
      required: [name, kind]
      properties:
        name: {type: string}
`;

describe("a strict-mode refusal --normalize repairs", () => {
  it("names the rule in the error, and generates with --normalize", async () => {
    const dir = projectTempDir("strict-hint");
    const spec = path.relative(ROOT, path.join(dir, "openapi.yaml"));
    const out = path.relative(ROOT, path.join(dir, "out"));
    writeFileSync(path.join(dir, "openapi.yaml"), SPEC);
    const refused = await runCli(["generate", "--spec", spec, "--out", out, "--no-lint", "--flavors", "reference"]);
    expect(refused).toEqual({
      code: 2,
      stdout: "",
      stderr:
        '#/components/schemas: the validators cannot be compiled: strict mode: required property "kind" is not defined (strictRequired); --normalize repairs this (rule undeclared-required); --outputs docs writes the docs without them\n',
    });
    const repaired = await runCli(["generate", "--spec", spec, "--out", out, "--no-lint", "--normalize", "--flavors", "reference", "--quiet"]);
    expect(repaired.code).toBe(0);
  });

  it("writes the docs without compiling the validators with --outputs docs, as they are", async () => {
    const dir = projectTempDir("strict-docs-only");
    const spec = path.relative(ROOT, path.join(dir, "openapi.yaml"));
    const out = path.join(dir, "out");
    writeFileSync(path.join(dir, "openapi.yaml"), SPEC);
    const docsOnly = await runCli([
      "generate",
      "--spec",
      spec,
      "--out",
      path.relative(ROOT, out),
      "--no-lint",
      "--flavors",
      "reference",
      "--outputs",
      "docs",
      "--quiet",
    ]);
    expect(docsOnly).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(["chatspec-manifest.json", "docs", "docs/reference", "docs/reference/Thing.md"]);
    expect(readFileSync(path.join(out, "docs/reference/Thing.md"), "utf8")).toContain("| [`name`](#field-name) | `string` | yes | no |  |  |\n");
  });
});
