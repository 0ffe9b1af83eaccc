/**
 * References and limits: missing targets are input errors at the `$ref`; refs inside the spec's
 * folder work; refs that leave it, absolute paths and remote URLs are refused unless allowed; no
 * run touches the network (every socket connection fails the test); circular refs work; oversized
 * and over-nested specs are refused.
 */
import net from "node:net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, OPENAI_SPEC, ROOT, SEED_PAGES_DIR, projectTempDir, runCli } from "../helpers.js";

const minimal = readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8");
const LAX_LINT = "extends:\n  - minimal\n";

/** A spec folder with the minimal spec, `model` replaced by `modelSchema` (a YAML flow mapping). */
function specWith(modelSchema: string, extraFiles: Record<string, string> = {}): { dir: string; spec: string } {
  const dir = projectTempDir("refs");
  const spec = path.join(dir, "api", "openapi.yaml");
  mkdirSync(path.dirname(spec), { recursive: true });
  writeFileSync(spec, minimal.replace("        model:\n          type: string\n          description: Model id.\n", `        model: ${modelSchema}\n`));
  writeFileSync(path.join(dir, "api", "redocly.yaml"), LAX_LINT);
  for (const [file, text] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return { dir, spec };
}

const relative = (file: string) => path.relative(ROOT, file);

describe("$ref targets", () => {
  it("reports a missing target at the $ref itself, with exit 2 and a frame", async () => {
    const { spec } = specWith('{ $ref: "#/components/schemas/Nope" }');
    const result = await runCli(["lint", "--spec", relative(spec)]);
    expect(result.code).toBe(2);
    const [first, ...frame] = result.stderr.split("\n");
    expect(first).toMatch(new RegExp(`^${relative(spec).replace(/[.]/g, "\\.")}:40:16: cannot resolve \\$ref "#/components/schemas/Nope"$`));
    expect(frame[2]).toBe('> 40 |         model: { $ref: "#/components/schemas/Nope" }');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("leaves an example's externalValue alone: a URL it cannot follow is no error, as no generator reads it", async () => {
    const { dir, spec } = specWith("{ type: string, description: Model id. }");
    const examples =
      '            examples:\n              site: { externalValue: "/assets/examples/request.json" }\n              missing: { externalValue: "./examples/missing.json" }\n';
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace('              $ref: "#/components/schemas/CreateChatCompletionRequest"\n', (schema) => `${schema}${examples}`),
    );
    expect(readFileSync(spec, "utf8")).toContain("externalValue");
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--quiet", "--spec", relative(spec), "--out", relative(out), "--flavors", "reference"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect((await runCli(["lint", "--spec", relative(spec)])).code).toBe(0);
  });

  it("follows a file ref inside the spec's folder", async () => {
    const { dir, spec } = specWith('{ $ref: "./schemas/model.yaml" }', {
      "api/schemas/model.yaml": "type: string\ndescription: Model id, from another file.\nminLength: 2\n",
    });
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--quiet", "--spec", relative(spec), "--out", relative(out), "--flavors", "reference"]);
    expect(result.code).toBe(0);
    const { validateCreateChatCompletionRequest: validate } = (await import(path.join(out, "index.js"))) as {
      validateCreateChatCompletionRequest: (data: unknown) => boolean;
    };
    expect(validate({ model: "ab", messages: [{ role: "user", content: "x" }] })).toBe(true);
    expect(validate({ model: "a", messages: [{ role: "user", content: "x" }] })).toBe(false);
  });

  it("follows a ref to a schema whose name needs percent-encoding, and writes refs that read back", async () => {
    const { dir, spec } = specWith('{ $ref: "#/components/schemas/Model%2050%25" }');
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace(
        "components:\n  schemas:\n",
        "components:\n  schemas:\n    Model 50%:\n      type: string\n      description: Model id.\n      minLength: 2\n",
      ),
    );
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--quiet", "--spec", relative(spec), "--out", relative(out), "--flavors", "reference"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(out, "schema.json"), "utf8")).toContain('"$ref": "#/$defs/Model%2050%25"');
    const { validateCreateChatCompletionRequest: validate } = (await import(path.join(out, "validators.js"))) as {
      validateCreateChatCompletionRequest: (data: unknown) => boolean;
    };
    expect(validate({ model: "ab", messages: [{ role: "user", content: "x" }] })).toBe(true);
    expect(validate({ model: "a", messages: [{ role: "user", content: "x" }] })).toBe(false);
  });

  it("refuses a ref that leaves the spec's folder unless --allow-external-refs", async () => {
    const { dir, spec } = specWith('{ $ref: "../outside.yaml" }', { "outside.yaml": "type: string\ndescription: Outside.\n" });
    const refused = await runCli(["lint", "--spec", relative(spec)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split("\n")[0]).toContain(
      `cannot resolve $ref "../outside.yaml": reference to ${path.join(dir, "outside.yaml")} refused: it is outside the spec's folder (${path.join(dir, "api")}); --allow-external-refs permits it`,
    );
    expect((await runCli(["lint", "--quiet", "--spec", relative(spec), "--allow-external-refs"])).code).toBe(0);
  });

  it("applies the same policy and flag to `site`", async () => {
    const { dir, spec } = specWith('{ $ref: "../outside.yaml" }', { "outside.yaml": "type: string\ndescription: Outside.\n" });
    const out = path.join(dir, "out");
    const refused = await runCli(["site", "--spec", relative(spec), "--out", relative(out)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split("\n")[0]).toContain(
      `cannot resolve $ref "../outside.yaml": reference to ${path.join(dir, "outside.yaml")} refused: it is outside the spec's folder`,
    );
    expect(existsSync(out)).toBe(false);
    expect((await runCli(["site", "--quiet", "--spec", relative(spec), "--out", relative(out), "--allow-external-refs"])).code).toBe(0);
    expect(readFileSync(path.join(out, "site", "index.html"), "utf8")).toContain("Outside.");
  });

  it("refuses an absolute path", async () => {
    const { spec } = specWith('{ $ref: "/etc/hostname" }');
    const result = await runCli(["lint", "--spec", relative(spec)]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toContain("reference to /etc/hostname refused: it is outside the spec's folder");
  });
});

describe("the network", () => {
  const attempts: string[] = [];
  const originalConnect = net.Socket.prototype.connect;
  const originalFetch = globalThis.fetch;

  beforeAll(() => {
    net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
      attempts.push(`socket ${JSON.stringify(args[0])}`);
      throw new Error("network access is forbidden in this test");
    } as typeof net.Socket.prototype.connect;
    globalThis.fetch = (async (input: unknown) => {
      attempts.push(`fetch ${String(input)}`);
      throw new Error("network access is forbidden in this test");
    }) as typeof fetch;
  });
  afterAll(() => {
    net.Socket.prototype.connect = originalConnect;
    globalThis.fetch = originalFetch;
  });

  it("is not touched by lint, generate, check or drift on the canonical spec", async () => {
    expect((await runCli(["lint", "--quiet"])).code).toBe(0);
    expect((await runCli(["check", "--quiet"])).code).toBe(0);
    expect((await runCli(["drift", "--format", "json", path.join(ROOT, "generated/docs/reference/CreateChatCompletionRequest.md")])).code).toBe(0);
    expect((await runCli(["drift", "--format", "json", path.join(SEED_PAGES_DIR, "001_ac35cbcc7ddd3344.txt")])).code).toBe(1);
    const out = path.join(projectTempDir("offline"), "out");
    expect((await runCli(["generate", "--quiet", "--out", relative(out)])).code).toBe(0);
    expect(attempts).toEqual([]);
  });

  it("refuses a remote ref without trying to fetch it", async () => {
    const { spec } = specWith('{ $ref: "https://example.com/model.yaml" }');
    for (const command of ["lint", "check", "generate"]) {
      const result = await runCli([command, "--spec", relative(spec), "--out", "test/tmp/never-written"].slice(0, command === "lint" ? 3 : 5));
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toContain(
        'cannot resolve $ref "https://example.com/model.yaml": remote reference https://example.com/model.yaml refused: chatspec reads no network resource unless --allow-remote-refs is given',
      );
    }
    expect(attempts).toEqual([]);
  });
});

describe("circular refs", () => {
  const tree = [
    "type: object",
    "description: A node of a tree.",
    "required: [name]",
    "properties:",
    "  name: { type: string, description: The node's name. }",
    "  children:",
    "    type: array",
    "    description: The node's children.",
    '    items: { $ref: "#/components/schemas/Node" }',
    // A property that is the schema itself, not an array of it, named after an Object.prototype member.
    '  valueOf: { $ref: "#/components/schemas/Node" }',
  ].join("\n      ");

  it("give types, validators and docs for a recursive schema", async () => {
    const { dir, spec } = specWith('{ $ref: "#/components/schemas/Node" }');
    writeFileSync(spec, `${readFileSync(spec, "utf8")}    Node:\n      ${tree}\n`);
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--quiet", "--spec", relative(spec), "--out", relative(out)]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const types = readFileSync(path.join(out, "openapi.d.ts"), "utf8");
    expect(types).toContain('children?: components["schemas"]["Node"][];');
    expect(types).toContain('valueOf?: components["schemas"]["Node"];');
    type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string }[] };
    const { validateCreateChatCompletionRequest: validate } = (await import(path.join(out, "index.js"))) as { validateCreateChatCompletionRequest: Validate };
    const request = (model: unknown) => ({ model, messages: [{ role: "user", content: "x" }] });
    expect(validate(request({ name: "a", children: [{ name: "b", children: [{ name: "c" }] }] }))).toBe(true);
    expect(validate(request({ name: "a", children: [{ name: "b", children: [{ children: [] }] }] }))).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/model/children/0/children/0");
    expect(validate(request({ name: "a", valueOf: { name: "b", valueOf: { name: "c" } } }))).toBe(true);
    expect(validate(request({ name: "a", valueOf: { valueOf: { name: "c" } } }))).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/model/valueOf");
    const reference = readFileSync(path.join(out, "docs/reference/Node.md"), "utf8");
    expect(reference).toContain("| [`children`](#field-children) | array of [Node](Node.md) | no | no |  |  |");
    expect(reference).toContain("| [`valueOf`](#field-valueof) | [Node](Node.md) | no | no |  |  |");
    expect(readFileSync(path.join(out, "docs/mkdocs-material/create-chat-completion-request.md"), "utf8")).toContain('`children` ++"array"++');
  });
});

describe("limits", () => {
  it("refuse a spec over --max-spec-size", async () => {
    const result = await runCli(["lint", "--max-spec-size", "0.001"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^spec\/openapi\.yaml: the spec is \d+\.\d+ MB, over the 0\.00 MB limit \(--max-spec-size changes it\)\n$/);
  });

  it("refuse a spec nested deeper than the limit, at the place it happens", async () => {
    const { spec } = specWith(`{ type: object, description: deep, default: ${"[".repeat(300)}${"]".repeat(300)} }`);
    const result = await runCli(["lint", "--spec", relative(spec)]);
    expect(result.code).toBe(2);
    // Column 315: the mapping's `{` is level 1, so the 256th `[` (from column 60) is level 257.
    expect(result.stderr.split("\n")[0]).toBe(`${relative(spec)}:40:315: the spec is nested more than 256 levels deep`);
  });

  it("accept OpenAI's 3 MB spec as within the limits", async () => {
    const result = await runCli(["lint", "--spec", OPENAI_SPEC, "--quiet"]);
    expect(result.stderr).not.toContain("limit");
    expect(result.stderr).not.toContain("levels deep");
  });
});
