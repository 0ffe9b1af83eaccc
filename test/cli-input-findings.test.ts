/**
 * Input errors in every output format, for every command that takes `--format` (lint, check,
 * drift): `json` prints one `input/<kind>` finding as the same JSON array findings come in (stdout
 * always parses), `github` one `::error` annotation, `markdown` (drift) one table row, `text` the
 * one line and code frame on stderr as before. Exit code 2 in every format.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INPUT_ERROR_KINDS } from "../generator/errors.js";
import { FIXTURES, ROOT, projectTempDir, runCli } from "./helpers.js";

const MINIMAL = readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8");

interface Case {
  readonly kind: string;
  readonly args: readonly string[];
  /** Files of the temporary folder the command runs in. */
  readonly files: Readonly<Record<string, string>>;
  readonly finding: Readonly<Record<string, unknown>>;
  readonly github: string;
  readonly text: string;
}

const CASES: readonly Case[] = [
  {
    kind: "file",
    args: ["lint", "--spec", "missing.yaml"],
    files: {},
    finding: { code: "input/file", severity: "error", message: "cannot read the spec: no such file", file: "missing.yaml", line: null, column: null },
    github: "::error file=missing.yaml,title=input/file::cannot read the spec: no such file\n",
    text: "missing.yaml: cannot read the spec: no such file\n",
  },
  {
    kind: "file",
    args: ["drift", "gone.md", "--spec", "openapi.yaml"],
    files: { "openapi.yaml": MINIMAL },
    finding: { code: "input/file", severity: "error", message: "cannot read the doc page: no such file", file: "gone.md", line: null, column: null },
    github: "::error file=gone.md,title=input/file::cannot read the doc page: no such file\n",
    text: "gone.md: cannot read the doc page: no such file\n",
  },
  {
    kind: "yaml",
    args: ["lint", "--spec", "openapi.yaml"],
    files: { "openapi.yaml": "openapi: 3.1.0\ninfo:\n  title: x\n   bad: [\n" },
    finding: {
      code: "input/yaml",
      severity: "error",
      message: "invalid YAML: bad indentation of a mapping entry",
      file: "openapi.yaml",
      line: 4,
      column: 7,
    },
    github: "::error file=openapi.yaml,line=4,col=7,title=input/yaml::invalid YAML: bad indentation of a mapping entry\n",
    text: "openapi.yaml:4:7: invalid YAML: bad indentation of a mapping entry\n  2 | info:\n  3 |   title: x\n> 4 |    bad: [\n    |       ^\n",
  },
  {
    kind: "ref",
    args: ["check", "--spec", "openapi.yaml"],
    files: { "openapi.yaml": MINIMAL.replace('$ref: "#/components/schemas/Message"', '$ref: "#/components/schemas/Nope"') },
    finding: {
      code: "input/ref",
      severity: "error",
      message: 'cannot resolve $ref "#/components/schemas/Nope"',
      file: "openapi.yaml",
      line: 48,
      column: 13,
    },
    github: '::error file=openapi.yaml,line=48,col=13,title=input/ref::cannot resolve $ref "#/components/schemas/Nope"\n',
    text: [
      'openapi.yaml:48:13: cannot resolve $ref "#/components/schemas/Nope"',
      "  46 |           description: The conversation.",
      "  47 |           items:",
      '> 48 |             $ref: "#/components/schemas/Nope"',
      "     |             ^",
      "",
    ].join("\n"),
  },
  // The issue this answers: `lint --format json` on a missing `$ref` target printed nothing on stdout.
  {
    kind: "ref",
    args: ["lint", "--spec", "openapi.yaml"],
    files: { "openapi.yaml": MINIMAL.replace('$ref: "#/components/schemas/Message"', '$ref: "#/components/schemas/Nope"') },
    finding: {
      code: "input/ref",
      severity: "error",
      message: 'cannot resolve $ref "#/components/schemas/Nope"',
      file: "openapi.yaml",
      line: 48,
      column: 13,
    },
    github: '::error file=openapi.yaml,line=48,col=13,title=input/ref::cannot resolve $ref "#/components/schemas/Nope"\n',
    text: [
      'openapi.yaml:48:13: cannot resolve $ref "#/components/schemas/Nope"',
      "  46 |           description: The conversation.",
      "  47 |           items:",
      '> 48 |             $ref: "#/components/schemas/Nope"',
      "     |             ^",
      "",
    ].join("\n"),
  },
  {
    kind: "version",
    args: ["lint", "--spec", "openapi.yaml"],
    files: { "openapi.yaml": "info: {title: x, version: '1'}\nswagger: '2.0'\npaths: {}\n" },
    finding: {
      code: "input/version",
      severity: "error",
      message:
        "unsupported version (swagger 2.0): chatspec reads OpenAPI 3.0 and 3.1; convert it first, e.g. `npx swagger2openapi openapi.yaml -o openapi.yaml`",
      file: "openapi.yaml",
      line: 2,
      column: 1,
    },
    github:
      "::error file=openapi.yaml,line=2,col=1,title=input/version::unsupported version (swagger 2.0): chatspec reads OpenAPI 3.0 and 3.1; convert it first, e.g. `npx swagger2openapi openapi.yaml -o openapi.yaml`\n",
    text: [
      "openapi.yaml:2:1: unsupported version (swagger 2.0): chatspec reads OpenAPI 3.0 and 3.1; convert it first, e.g. `npx swagger2openapi openapi.yaml -o openapi.yaml`",
      "  1 | info: {title: x, version: '1'}",
      "> 2 | swagger: '2.0'",
      "    | ^",
      "",
    ].join("\n"),
  },
  {
    kind: "limit",
    args: ["check", "--spec", "openapi.yaml"],
    // One bracket a line, so the refusal is at a short line: 257 levels from line 3.
    files: { "openapi.yaml": `openapi: 3.1.0\nx-deep:\n${"[\n".repeat(257)}${"]".repeat(257)}\n` },
    finding: { code: "input/limit", severity: "error", message: "the spec is nested more than 256 levels deep", file: "openapi.yaml", line: 259, column: 1 },
    github: "::error file=openapi.yaml,line=259,col=1,title=input/limit::the spec is nested more than 256 levels deep\n",
    text: "openapi.yaml:259:1: the spec is nested more than 256 levels deep\n  257 | [\n  258 | [\n> 259 | [\n      | ^\n",
  },
  {
    kind: "config",
    args: ["drift", "page.md"],
    files: { "page.md": "# Page\n", "chatspec.config.json": '{ "sepc": "openapi.yaml" }\n' },
    finding: {
      code: "input/config",
      severity: "error",
      message: 'unknown option "sepc" (known: spec, out, redocly, packageName, flavors, memberNames, docScope, flavorOptions, outputs, profiles)',
      file: "chatspec.config.json",
      line: null,
      column: null,
    },
    github:
      '::error file=chatspec.config.json,title=input/config::unknown option "sepc" (known: spec, out, redocly, packageName, flavors, memberNames, docScope, flavorOptions, outputs, profiles)\n',
    text: 'chatspec.config.json: unknown option "sepc" (known: spec, out, redocly, packageName, flavors, memberNames, docScope, flavorOptions, outputs, profiles)\n',
  },
  {
    kind: "config",
    args: ["check"],
    // A bad value inside an option: located by the JSON pointer of the value in the config file.
    files: { "chatspec.config.json": '{ "profiles": { "r9s": { "flavors": ["reference", "sphinx"] } } }\n' },
    finding: {
      code: "input/config",
      severity: "error",
      message: 'unknown flavor "sphinx" (known: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)',
      file: "chatspec.config.json",
      line: null,
      column: null,
      pointer: "/profiles/r9s/flavors/1",
    },
    github:
      '::error file=chatspec.config.json,title=input/config::unknown flavor "sphinx" (known: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)\n',
    text: 'chatspec.config.json#/profiles/r9s/flavors/1: unknown flavor "sphinx" (known: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)\n',
  },
  {
    kind: "option",
    args: ["lint", "--spec", "openapi.yaml", "--max-spec-size", "abc"],
    files: { "openapi.yaml": MINIMAL },
    finding: {
      code: "input/option",
      severity: "error",
      message: '--max-spec-size must be a positive number of megabytes, not "abc"',
      file: "",
      line: null,
      column: null,
    },
    // No file to annotate: GitHub shows it on the run.
    github: '::error title=input/option::--max-spec-size must be a positive number of megabytes, not "abc"\n',
    text: '--max-spec-size must be a positive number of megabytes, not "abc"\n',
  },
  {
    kind: "profile",
    args: ["lint", "--spec", "openapi.yaml"],
    files: {
      "openapi.yaml": MINIMAL,
      "profiles/acme.overlay.yaml": 'overlay: 2.0.0\ninfo: {title: x, version: "1"}\nactions:\n  - target: $.info\n    update: {x-a: 1}\n',
    },
    finding: {
      code: "input/profile",
      severity: "error",
      message: "not an Overlay 1.0 document: `overlay` must be a 1.0.x version string such as 1.0.0",
      file: "profiles/acme.overlay.yaml",
      line: 1,
      column: 10,
    },
    github:
      "::error file=profiles/acme.overlay.yaml,line=1,col=10,title=input/profile::not an Overlay 1.0 document: `overlay` must be a 1.0.x version string such as 1.0.0\n",
    text: "profiles/acme.overlay.yaml:1:10: not an Overlay 1.0 document: `overlay` must be a 1.0.x version string such as 1.0.0\n> 1 | overlay: 2.0.0\n    |          ^\n",
  },
  {
    kind: "spec",
    args: ["check", "--spec", "openapi.yaml", "--no-lint"],
    files: { "openapi.yaml": 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\n' },
    // Raised by the pure generator, which knows the JSON pointer into the document, not the file.
    finding: {
      code: "input/spec",
      severity: "error",
      message: "the spec has no request bodies and no component schemas: nothing to generate",
      file: "",
      line: null,
      column: null,
      pointer: "/components/schemas",
    },
    github: "::error title=input/spec::the spec has no request bodies and no component schemas: nothing to generate\n",
    text: "#/components/schemas: the spec has no request bodies and no component schemas: nothing to generate\n",
  },
  {
    kind: "page",
    args: ["drift", "page.md", "--spec", "openapi.yaml"],
    files: { "page.md": "hello\n", "openapi.yaml": MINIMAL },
    finding: {
      code: "input/page",
      severity: "error",
      message:
        "cannot tell which doc flavor this page is written in; pass --flavor (speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)",
      file: "page.md",
      line: null,
      column: null,
    },
    github:
      "::error file=page.md,title=input/page::cannot tell which doc flavor this page is written in; pass --flavor (speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)\n",
    text: "page.md: cannot tell which doc flavor this page is written in; pass --flavor (speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)\n",
  },
];

/** A fresh folder holding `files`, to run the command in (paths in the output are relative to it). */
function folderWith(files: Readonly<Record<string, string>>): string {
  const dir = projectTempDir("input-findings");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const label = (c: Case) => `input/${c.kind} from ${c.args[0]}`;

describe("input errors as findings", () => {
  it.each(CASES.map((c) => [label(c), c] as const))("%s: --format json prints the finding as a JSON array on stdout, exit 2", async (_label, c) => {
    const result = await runCli([...c.args, "--format", "json"], folderWith(c.files));
    expect(result).toEqual({ code: 2, stdout: `${JSON.stringify([c.finding], null, 2)}\n`, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual([c.finding]);
  });

  it.each(CASES.map((c) => [label(c), c] as const))("%s: --format github prints one ::error annotation, exit 2", async (_label, c) => {
    const result = await runCli([...c.args, "--format", "github"], folderWith(c.files));
    expect(result).toEqual({ code: 2, stdout: c.github, stderr: "" });
  });

  it.each(CASES.map((c) => [label(c), c] as const))("%s: --format text prints the one line (and frame) on stderr as before, exit 2", async (_label, c) => {
    const result = await runCli([...c.args, "--format", "text"], folderWith(c.files));
    expect(result).toEqual({ code: 2, stdout: "", stderr: c.text });
    // The default format is text.
    expect(await runCli(c.args, folderWith(c.files))).toEqual(result);
  });

  it("drift --format markdown: a one-row table", async () => {
    const page = CASES.find((c) => c.kind === "page") as Case;
    const result = await runCli([...page.args, "--format", "markdown"], folderWith(page.files));
    expect(result).toEqual({
      code: 2,
      stdout: [
        "| Where | Severity | Code | Field | Message |",
        "|---|---|---|---|---|",
        "| page.md | error | `input/page` |  | cannot tell which doc flavor this page is written in; pass --flavor (speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference) |",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("--debug keeps stdout parseable: the stack trace goes to stderr", async () => {
    const result = await runCli(["lint", "--spec", "missing.yaml", "--format", "json", "--debug"], folderWith({}));
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual([CASES[0]?.finding]);
    expect(result.stderr).toMatch(/^ChatspecError: cannot read the spec: no such file\n\s+at /);
  });

  it("an argument the parser refuses: commander's line on stderr, and still one finding on stdout", async () => {
    const json = await runCli(["lint", "--format", "json", "--frobnicate"], folderWith({}));
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual([
      { code: "input/option", severity: "error", message: "unknown option '--frobnicate'", file: "", line: null, column: null },
    ]);
    expect(json.stderr).toBe("error: unknown option '--frobnicate'\n(run with --help for usage)\n");
    const github = await runCli(["check", "--format=github", "--frobnicate"], folderWith({}));
    expect(github).toEqual({
      code: 2,
      stdout: "::error title=input/option::unknown option '--frobnicate'\n",
      stderr: "error: unknown option '--frobnicate'\n(run with --help for usage)\n",
    });
    expect(await runCli(["lint", "--frobnicate"], folderWith({}))).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: unknown option '--frobnicate'\n(run with --help for usage)\n",
    });
  });

  it("covers every kind a command with --format can raise; docs/cli.md lists every kind", () => {
    // `output` (an output folder refused) and `tool` (Redocly's build-docs missing or failing) come
    // from writing and from the HTML site, which no command with --format reaches in a test.
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(INPUT_ERROR_KINDS.filter((kind) => kind !== "output" && kind !== "tool")));
    const page = readFileSync(path.join(ROOT, "docs/cli.md"), "utf8");
    expect(INPUT_ERROR_KINDS.filter((kind) => !page.includes(`| \`input/${kind}\``))).toEqual([]);
  });
});
