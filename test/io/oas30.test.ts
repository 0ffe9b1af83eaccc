/**
 * Reading an OpenAPI 3.0 spec: it is linted and bundled as 3.0 (Redocly's oas3_0 rules, the house
 * rules included) and converted to 3.1 after that, so every lint problem and input error points at
 * its line and column in the author's 3.0 file, not in the converted document. Swagger 2.0 and
 * later versions are refused in one line at their version key.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/io/load-spec.js";
import type { JsonObject } from "../../generator/openapi.js";
import { FIXTURES, ROOT, projectTempDir, runCli } from "../helpers.js";

const SPEC_30 = path.join(FIXTURES, "specs/minimal-3.0.yaml");
const minimal30 = readFileSync(SPEC_30, "utf8");
const redoclyPath = path.join(ROOT, "redocly.yaml");

/** A spec folder holding the 3.0 fixture after `edit`, and `extra` files beside it. */
function spec30(edit?: (text: string) => string, extra: Record<string, string> = {}): { dir: string; spec: string; rel: string } {
  const dir = projectTempDir("oas30");
  const spec = path.join(dir, "openapi.yaml");
  const text = edit === undefined ? minimal30 : edit(minimal30);
  if (edit !== undefined && text === minimal30) throw new Error("the edit changed nothing");
  writeFileSync(spec, text);
  for (const [file, body] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
  return { dir, spec, rel: path.relative(ROOT, spec) };
}

/** The text of line `line` (1-based) of `file`. */
const lineOf = (file: string, line: number): string => readFileSync(file, "utf8").split("\n")[line - 1] ?? "";

describe("a clean 3.0 spec", () => {
  it("lints clean as 3.0 with the project's rules and comes back as 3.1", async () => {
    const loaded = await loadSpec({ specPath: SPEC_30, redoclyPath, cwd: ROOT, lint: true });
    expect(loaded.problems).toEqual([]);
    expect(loaded.upgraded).toEqual({ from: "3.0.3", changes: { example: 1, "exclusive-bound": 1, nullable: 1 } });
    expect(loaded.document.openapi).toBe("3.1.0");
    const request = ((loaded.document.components as JsonObject).schemas as JsonObject).CreateChatCompletionRequest as JsonObject;
    expect(request.properties).toEqual({
      model: { type: "string", description: "Model id.", examples: ["gpt-4o"] },
      messages: { type: "array", minItems: 1, description: "The conversation.", items: { $ref: "#/components/schemas/Message" } },
      temperature: { type: ["number", "null"], minimum: 0, exclusiveMaximum: 2, description: "Sampling temperature, below 2." },
    });
  });

  it("records the author's file, not the converted document, in the provenance", async () => {
    const { spec } = spec30();
    const loaded = await loadSpec({ specPath: spec, redoclyPath, cwd: ROOT, lint: false });
    expect(Object.keys(loaded.provenance.sources ?? {})).toEqual(["openapi.yaml"]);
  });
});

describe("positions stay in the 3.0 file", () => {
  it("a house rule's problem, at its line and column", async () => {
    const { dir, spec } = spec30((text) => text.replace("          description: Model id.\n", ""));
    const { problems } = await loadSpec({ specPath: spec, redoclyPath, cwd: dir, lint: true });
    expect(problems.map(({ file, line, column, ruleId, pointer }) => ({ file, line, column, ruleId, pointer }))).toEqual([
      {
        file: "openapi.yaml",
        line: 44,
        column: 9,
        ruleId: "chatspec/property-description",
        pointer: "#/components/schemas/CreateChatCompletionRequest/properties/model",
      },
    ]);
    expect(lineOf(spec, 44)).toBe("        model:");
  });

  it("Redocly's 3.0 rules: nullable without a type, at the nullable", async () => {
    const { dir, spec } = spec30((text) =>
      text.replace("          type: string\n          description: Model id.\n", "          nullable: true\n          description: Model id.\n"),
    );
    const { problems } = await loadSpec({ specPath: spec, redoclyPath, cwd: dir, lint: true });
    expect(problems.map(({ line, column, ruleId, severity, message }) => ({ line, column, ruleId, severity, message }))).toEqual([
      {
        line: 45,
        column: 11,
        ruleId: "no-invalid-schema-examples",
        severity: "warn",
        message: 'Example validation errored: "nullable" cannot be used without "type".',
      },
      {
        line: 45,
        column: 21,
        ruleId: "nullable-type-sibling",
        severity: "error",
        message: "The `type` field must be defined when the `nullable` field is used.",
      },
    ]);
    expect(lineOf(spec, 45)).toBe("          nullable: true");
  });

  it("a problem in a file the spec refers to, in that file", async () => {
    const { dir, spec } = spec30((text) => text.replace(/ {4}Message:\n[\s\S]*$/, "    Message:\n      $ref: ./message.yaml\n"), {
      "message.yaml": "type: object\ndescription: A message.\nrequired: [role]\nproperties:\n  role:\n    type: string\n    enum: [user]\n",
    });
    const { problems } = await loadSpec({ specPath: spec, redoclyPath, cwd: dir, lint: true });
    expect(problems.map(({ file, line, column, ruleId }) => ({ file, line, column, ruleId }))).toEqual([
      { file: "message.yaml", line: 5, column: 3, ruleId: "chatspec/property-description" },
    ]);
  });

  it("a request example the converted schema rejects, at the value in the 3.0 file", async () => {
    // exclusiveMaximum: true next to maximum: 2 (3.0) is exclusiveMaximum: 2 (3.1): 2 is out of range.
    const { dir, spec } = spec30((text) => text.replace("              temperature: null\n", "              temperature: 2\n"));
    const { problems } = await loadSpec({ specPath: spec, redoclyPath, cwd: dir, lint: true });
    expect(problems).toEqual([
      {
        severity: "error",
        ruleId: "no-invalid-media-type-examples",
        message: "Example value must conform to the schema: /temperature: must be less than 2 (got 2).",
        file: "openapi.yaml",
        line: 31,
        column: 28,
        pointer: "#/paths/~1chat~1completions/post/requestBody/content/application~1json/example/temperature",
      },
    ]);
    expect(lineOf(spec, 31)).toBe("              temperature: 2");
  });

  it("a broken $ref: one line at the $ref with a frame, with lint and without", async () => {
    const { rel } = spec30((text) => text.replace('$ref: "#/components/schemas/Message"', '$ref: "#/components/schemas/Nope"'));
    for (const args of [
      ["lint", "--spec", rel],
      ["generate", "--no-lint", "--spec", rel, "--out", "test/tmp/never"],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      const [first, ...frame] = result.stderr.split("\n");
      expect(first).toBe(`${rel}:53:13: cannot resolve $ref "#/components/schemas/Nope"`);
      expect(frame[2]).toBe('> 53 |             $ref: "#/components/schemas/Nope"');
    }
  });

  it("a YAML error, at its line", async () => {
    const { rel } = spec30((text) => text.replace("          description: Text.\n", "          description: Text.\n          description: Again.\n"));
    const result = await runCli(["lint", "--spec", rel]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n").slice(0, 4)).toEqual([
      `${rel}:73:11: invalid YAML: duplicated mapping key`,
      "  71 |           type: string",
      "  72 |           description: Text.",
      "> 73 |           description: Again.",
    ]);
  });

  it("chatspec lint prints the problem at file:line:col", async () => {
    const { rel } = spec30((text) => text.replace("          description: Text.\n", ""));
    const result = await runCli(["lint", "--spec", rel]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(`${rel}:70:9: error Property \`content\` has no description. (chatspec/property-description)`);
  });
});

describe("versions chatspec does not read", () => {
  const refused = async (text: string) => {
    const dir = projectTempDir("version");
    writeFileSync(path.join(dir, "openapi.yaml"), text);
    const rel = path.relative(ROOT, path.join(dir, "openapi.yaml"));
    const result = await runCli(["lint", "--spec", rel]);
    expect(result.code).toBe(2);
    return result.stderr.replaceAll(rel, "FILE");
  };

  it("Swagger 2.0: at the swagger key, with the command that converts it", async () => {
    expect(await refused("# a Swagger file\nswagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n")).toBe(
      "FILE:2:1: unsupported version (swagger 2.0): chatspec reads OpenAPI 3.0 and 3.1; convert it first, e.g. `npx swagger2openapi FILE -o openapi.yaml`\n" +
        "  1 | # a Swagger file\n> 2 | swagger: '2.0'\n    | ^\n",
    );
  });

  it("OpenAPI 3.2: at the openapi key", async () => {
    expect(await refused("info: {title: x, version: '1'}\nopenapi: 3.2.0\npaths: {}\n")).toBe(
      "FILE:2:1: unsupported version (openapi 3.2.0): chatspec reads OpenAPI 3.0 and 3.1\n  1 | info: {title: x, version: '1'}\n> 2 | openapi: 3.2.0\n    | ^\n",
    );
  });
});
