/**
 * The command line as users meet it: exit codes, the drift gate, safe writes, config files, and
 * one-line input errors without stack traces.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SEED_PAGES_DIR, projectTempDir, runCli } from "./helpers.js";

const execFileAsync = promisify(execFile);
const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** A copy of generated/ in a temp dir inside the project, and its path relative to the root. */
function copyOfGenerated(): { dir: string; rel: string } {
  const dir = projectTempDir("out");
  cpSync(path.join(ROOT, "generated"), dir, { recursive: true });
  return { dir, rel: path.relative(ROOT, dir) };
}

describe("chatspec check", () => {
  it("exits 0 when the output matches", async () => {
    const { rel } = copyOfGenerated();
    const result = await runCli(["check", "--out", rel]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^chatspec: ${rel}/ is up to date \\(\\d+ files, \\d+\\.\\d\\d s\\)\\n$`));
  });

  it("exits 1 and names a file changed by one byte, with a diff", async () => {
    const { dir, rel } = copyOfGenerated();
    const file = path.join(dir, "openapi.d.ts");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("temperature?: number | null;", "temperature?: number | nulL;"));
    const result = await runCli(["check", "--out", rel]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`stale   ${rel}/openapi.d.ts`);
    expect(lines[1]).toMatch(new RegExp(`^@@ -\\d+,\\d+ \\+\\d+,\\d+ @@ ${rel}/openapi.d.ts$`));
    expect(lines).toContain("-            temperature?: number | nulL;");
    expect(lines).toContain("+            temperature?: number | null;");
    expect(result.stdout).toContain("is stale; run `npm run generate` and commit the result");
  });

  it("lists missing files and generated files that are no longer generated; ignores the user's own files", async () => {
    const { dir, rel } = copyOfGenerated();
    unlinkSync(path.join(dir, "schema.json"));
    writeFileSync(path.join(dir, "notes.txt"), "mine\n");
    const manifestPath = path.join(dir, "chatspec-manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { files: Record<string, string> };
    manifest.files["old-module.js"] = "0".repeat(64);
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(dir, "old-module.js"), "export {};\n");
    const result = await runCli(["check", "--out", rel]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").slice(0, 3)).toEqual([
      `stale   ${rel}/chatspec-manifest.json`,
      `missing ${rel}/schema.json`,
      `extra   ${rel}/old-module.js`,
    ]);
    expect(result.stdout).not.toContain("notes.txt");
  });
});

describe("chatspec check after a profile's docs shrink", () => {
  it("names the pages of a flavor the profile no longer gets as extra; generate removes them", async () => {
    const { dir, rel } = copyOfGenerated();
    // The tree as a run that gave r9s every flavor left it (as every profile had before `profiles`).
    const wider = path.join(projectTempDir("config-wide"), "chatspec.config.json");
    const everyFlavor = ["speakeasy-python", "openapi-generator-rust", "mkdocs-material", "typedoc-markdown", "reference"];
    writeFileSync(wider, JSON.stringify({ docScope: "request", profiles: { r9s: { flavors: everyFlavor } } }));
    const widened = await runCli(["generate", "--config", path.relative(ROOT, wider), "--out", rel]);
    expect(widened.stdout).toMatch(/ \(119 written, 0 removed\) in /);
    expect(readdirSync(path.join(dir, "profiles/r9s/docs")).sort()).toEqual([...everyFlavor].sort());

    const check = await runCli(["check", "--out", rel]);
    expect(check.code).toBe(1);
    const lines = check.stdout.split("\n");
    expect(lines.filter((line) => line.startsWith("stale "))).toEqual([
      `stale   ${rel}/profiles/r9s/chatspec-manifest.json`,
      `stale   ${rel}/chatspec-manifest.json`,
    ]);
    expect(lines.filter((line) => line.startsWith("missing "))).toEqual([]);
    const extra = lines.filter((line) => line.startsWith("extra "));
    expect(extra.length).toBe(117);
    expect(extra.filter((line) => !/^extra {3}.+\/profiles\/r9s\/docs\/(openapi-generator-rust|mkdocs-material|typedoc-markdown)\/.+\.md$/.test(line))).toEqual(
      [],
    );
    expect(extra).toContain(`extra   ${rel}/profiles/r9s/docs/mkdocs-material/create-chat-completion-request.md`);

    const regenerated = await runCli(["generate", "--out", rel]);
    expect(regenerated.stdout).toMatch(/ \(2 written, 117 removed\) in /);
    expect(readdirSync(path.join(dir, "profiles/r9s/docs")).sort()).toEqual(["reference", "speakeasy-python"]);
    expect(await runCli(["check", "--out", rel])).toMatchObject({ code: 0 });
    // Three full generations of the repository's spec and profiles: slow on a loaded machine.
  }, 240_000);
});

describe("chatspec generate", () => {
  it("writes into a new directory, then reports it up to date", async () => {
    const dir = path.join(projectTempDir("gen"), "out");
    const rel = path.relative(ROOT, dir);
    const first = await runCli(["generate", "--out", rel]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^chatspec: (\\d+) files in ${rel}/ \\(\\1 written, 0 removed\\) in \\d+\\.\\d\\d s\\n$`));
    const second = await runCli(["generate", "--out", rel]);
    expect(second.stdout).toMatch(/\(up to date\)/);
    expect(readFileSync(path.join(dir, "validators.js"), "utf8")).toBe(readFileSync(path.join(ROOT, "generated/validators.js"), "utf8"));
  });

  it("replaces stale generated files and keeps the user's own", async () => {
    const { dir, rel } = copyOfGenerated();
    writeFileSync(path.join(dir, "index.js"), "broken\n");
    writeFileSync(path.join(dir, "leftover.js"), "mine\n");
    const result = await runCli(["generate", "--out", rel]);
    expect(result.stdout).toContain("(1 written, 0 removed)");
    expect(readFileSync(path.join(dir, "leftover.js"), "utf8")).toBe("mine\n");
    expect((await runCli(["check", "--out", rel])).code).toBe(0);
  });

  it("generates into a folder with other files and leaves them untouched", async () => {
    const dir = projectTempDir("foreign");
    writeFileSync(path.join(dir, "precious.txt"), "keep me\n");
    const result = await runCli(["generate", "--out", path.relative(ROOT, dir), "--flavors", "reference"]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, "precious.txt"), "utf8")).toBe("keep me\n");
    expect(existsSync(path.join(dir, "validators.js"))).toBe(true);
  });

  it("refuses to overwrite a file it did not generate, and changes nothing", async () => {
    const dir = projectTempDir("clash");
    writeFileSync(path.join(dir, "README.md"), "# my notes\n");
    const result = await runCli(["generate", "--out", path.relative(ROOT, dir)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${path.relative(ROOT, dir)}: refusing to overwrite README.md: chatspec did not generate it (it is not in chatspec-manifest.json)\n`,
    );
    expect(readdirSync(dir)).toEqual(["README.md"]);
  });

  it("writes nothing when lint fails", async () => {
    const dir = projectTempDir("lint-fail");
    const spec = readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8").replace("description: Model id.", "description: N/A");
    writeFileSync(path.join(dir, "openapi.yaml"), spec);
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--spec", path.join(dir, "openapi.yaml"), "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("lint errors; nothing was written");
    expect(existsSync(out)).toBe(false);
  });
});

describe("--flavors", () => {
  it("generates only the selected doc flavors", async () => {
    const dir = path.join(projectTempDir("flavors"), "out");
    const result = await runCli(["generate", "--out", path.relative(ROOT, dir), "--flavors", "reference"]);
    expect(result.code).toBe(0);
    const docs = readdirSync(path.join(dir, "docs"));
    expect(docs).toEqual(["reference"]);
  });

  it("rejects an unknown flavor with the list of known ones", async () => {
    const result = await runCli(["generate", "--out", "test/tmp/never", "--flavors", "reference,javadoc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^unknown flavor "javadoc" \(known: [a-z,-]+(, [a-z-]+)*\)\n$/);
  });
});

describe("input errors", () => {
  const specFile = (name: string, text: string): string => {
    const dir = projectTempDir("bad");
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return path.relative(ROOT, file);
  };

  it.each([
    [
      "malformed YAML",
      "openapi.yaml",
      "openapi: 3.1.0\ninfo:\n  title: [unclosed\n",
      /^test\/tmp\/bad-\w+\/openapi\.yaml:4:1: invalid YAML: deficient indentation$/,
    ],
    ["a file that is not OpenAPI", "openapi.yaml", "hello: world\n", /^test\/tmp\/bad-\w+\/openapi\.yaml:1:1: not an OpenAPI document: .+$/],
    [
      "Swagger 2.0",
      "openapi.yaml",
      "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
      /^test\/tmp\/bad-\w+\/openapi\.yaml:1:1: unsupported version \(swagger 2\.0\): chatspec reads OpenAPI 3\.0 and 3\.1; convert it first, e\.g\. `npx swagger2openapi test\/tmp\/bad-\w+\/openapi\.yaml -o openapi\.yaml`$/,
    ],
  ])("%s: one line with file:line:col, exit 2, no stack", async (_name, file, text, expected) => {
    const rel = specFile(file, text);
    for (const command of ["lint", "generate", "check"]) {
      const result = await runCli([command, "--spec", rel, "--out", "test/tmp/never"].slice(0, command === "lint" ? 3 : 5));
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toMatch(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(path.join(ROOT, "test/tmp/never"))).toBe(false);
  });

  it("malformed YAML comes with a code frame", async () => {
    const rel = specFile("openapi.yaml", "openapi: 3.1.0\ninfo:\n  title: x\n   bad: [\n");
    const result = await runCli(["lint", "--spec", rel]);
    expect(result.stderr).toBe(`${rel}:4:7: invalid YAML: bad indentation of a mapping entry\n  2 | info:\n  3 |   title: x\n> 4 |    bad: [\n    |       ^\n`);
  });

  it("a missing spec file", async () => {
    const result = await runCli(["lint", "--spec", "spec/nope.yaml"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: "spec/nope.yaml: cannot read the spec: no such file\n" });
  });

  it("an unknown option or command is a usage error", async () => {
    expect((await runCli(["generate", "--frobnicate"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  it("--debug adds the stack trace", async () => {
    const rel = specFile("openapi.yaml", "hello: world\n");
    const result = await runCli(["lint", "--spec", rel, "--debug"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe("config files", () => {
  it("reads chatspec.config.ts with defineConfig; flags override it", async () => {
    const dir = projectTempDir("config");
    writeFileSync(
      path.join(dir, "chatspec.config.ts"),
      `import { defineConfig } from "chatspec";\nexport default defineConfig({ spec: ${JSON.stringify(path.join(FIXTURES, "specs/minimal.yaml"))}, out: "from-config", redocly: ${JSON.stringify(path.join(ROOT, "redocly.yaml"))} });\n`,
    );
    const fromConfig = await runCli(["generate"], dir);
    expect(fromConfig.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "from-config/package.json"), "utf8")).description).toContain("Minimal chat API");
    const fromFlag = await runCli(["generate", "--out", "from-flag"], dir);
    expect(fromFlag.code).toBe(0);
    expect(existsSync(path.join(dir, "from-flag/validators.js"))).toBe(true);
    expect(readFileSync(path.join(dir, "from-flag/validators.js"), "utf8")).toBe(readFileSync(path.join(dir, "from-config/validators.js"), "utf8"));
  });

  it("reads chatspec.config.mjs", async () => {
    const dir = projectTempDir("config-mjs");
    writeFileSync(
      path.join(dir, "chatspec.config.mjs"),
      `export default { spec: ${JSON.stringify(path.join(ROOT, "spec/openapi.yaml"))}, redocly: ${JSON.stringify(path.join(ROOT, "redocly.yaml"))} };\n`,
    );
    const result = await runCli(["lint", "--quiet"], dir);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("rejects an unknown option in a config file", async () => {
    const dir = projectTempDir("config-bad");
    writeFileSync(path.join(dir, "chatspec.config.json"), `{ "sepc": "openapi.yaml" }\n`);
    const result = await runCli(["lint"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'chatspec.config.json: unknown option "sepc" (known: spec, out, redocly, packageName, flavors, memberNames, docScope, flavorOptions, outputs, profiles)\n',
    );
  });

  it("reports a bad profiles value at the config file and the value's JSON pointer", async () => {
    const dir = projectTempDir("config-profiles");
    writeFileSync(path.join(dir, "chatspec.config.json"), `{ "profiles": { "r9s": { "flavors": ["reference", "sphinx"] } } }\n`);
    const result = await runCli(["lint"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'chatspec.config.json#/profiles/r9s/flavors/1: unknown flavor "sphinx" (known: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference)\n',
    );
  });

  it("refuses outputs for a profile the spec does not have, naming those it has", async () => {
    const dir = projectTempDir("config-profile-id");
    const spec = JSON.stringify(path.join(ROOT, "spec/openapi.yaml"));
    writeFileSync(path.join(dir, "chatspec.config.json"), `{ "spec": ${spec}, "profiles": { "r9s": {}, "klust": { "site": true } } }\n`);
    const result = await runCli(["lint"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('chatspec.config.json#/profiles/klust: no profile "klust" beside the spec (known: atoma, kluster, r9s, watsonx)\n');
  });

  it("reports malformed JSON config with line and column", async () => {
    const dir = projectTempDir("config-json");
    writeFileSync(path.join(dir, "chatspec.config.json"), `{\n  "spec": "a.yaml",\n  oops\n}\n`);
    const result = await runCli(["lint"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^chatspec\.config\.json:3:3: invalid JSON: .+\n {2}1 \| \{\n {2}2 \| {3}"spec": "a\.yaml",\n> 3 \| {3}oops\n {4}\| {3}\^\n$/,
    );
  });
});

describe("the chatspec bin", () => {
  const bin = path.join(ROOT, "scripts/chatspec.js");

  it("prints its version", async () => {
    const { stdout } = await execFileAsync(process.execPath, [bin, "--version"], { cwd: ROOT });
    expect(stdout).toBe(`${version}\n`);
  });

  it("runs check on the committed output without colour when not on a TTY, even with CI set", async () => {
    const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, CI: "true" };
    const { stdout } = await execFileAsync(process.execPath, [bin, "check"], { cwd: ROOT, env });
    expect(stdout).toMatch(/^chatspec: generated\/ is up to date \(\d+ files, \d+\.\d\d s\)\n$/);
    expect(stdout).not.toContain("\u001b[");
  });

  it("colours a pipe when FORCE_COLOR asks, and NO_COLOR wins over it", async () => {
    const forced = await execFileAsync(process.execPath, [bin, "check"], { cwd: ROOT, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(/^\u001b\[32mchatspec: generated\/ is up to date .*\u001b\[39m\n$/);
    const refused = await execFileAsync(process.execPath, [bin, "check"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(refused.stdout).not.toContain("\u001b[");
  });

  it("shows help for each command", async () => {
    for (const command of ["lint", "generate", "check"]) {
      const { stdout } = await execFileAsync(process.execPath, [bin, command, "--help"], { cwd: ROOT });
      expect(stdout).toContain(`Usage: chatspec ${command} [options]`);
      expect(stdout).toContain("--spec <file>");
    }
  });

  it("exits 1 when the output is stale", async () => {
    const { rel } = copyOfGenerated();
    rmSync(path.join(ROOT, rel, "index.js"));
    const failure = await execFileAsync(process.execPath, [bin, "check", "--out", rel], { cwd: ROOT }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stdout: string }).stdout).toContain(`missing ${rel}/index.js`);
  });
});

describe("a spec without paths", () => {
  it("documents and validates every component schema", async () => {
    const dir = projectTempDir("no-paths");
    const spec = readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8").replace(/^paths:\n(?: {2,}.*\n)+/m, "");
    expect(spec).not.toContain("/chat/completions");
    writeFileSync(path.join(dir, "openapi.yaml"), spec);
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "--spec", path.join(dir, "openapi.yaml"), "--out", out, "--flavors", "reference"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(out, "docs/reference")).sort()).toEqual(["CreateChatCompletionRequest.md", "Message.md", "ToolMessage.md", "UserMessage.md"]);
    const declared = (file: string) => [...readFileSync(path.join(out, file), "utf8").matchAll(/export declare const (\w+)/g)].map((match) => match[1]);
    expect(declared("validators.d.ts")).toEqual(["validateCreateChatCompletionRequest", "validateMessage", "validateUserMessage", "validateToolMessage"]);
    expect(declared("validators-strict.d.ts")).toEqual([
      "validateCreateChatCompletionRequestStrict",
      "validateMessageStrict",
      "validateUserMessageStrict",
      "validateToolMessageStrict",
    ]);
  });
});

describe("byte-exact reproduction of the seeds through the CLI", () => {
  const seed = (prefix: string): string => {
    const dir = SEED_PAGES_DIR;
    const file = readdirSync(dir).find((name) => name.startsWith(`${prefix}_`));
    return readFileSync(path.join(dir, file ?? "missing"), "utf8");
  };

  it.each([
    ["000", "speakeasy-python", "docs/speakeasy-python/models/chatcompletionrequest.md"],
    ["002", "speakeasy-python", "docs/speakeasy-python/models/createchatcompletionrequest.md"],
    ["001", "openapi-generator-rust", "docs/openapi-generator-rust/docs/CreateChatCompletionRequest.md"],
  ])("seed %s with --flavors %s", async (prefix, flavor, page) => {
    const out = path.join(projectTempDir(`seed-${prefix}`), "out");
    const result = await runCli(["generate", "--spec", `test/fixtures/seeds/${prefix}.yaml`, "--flavors", flavor, "--out", out]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(out, page), "utf8")).toBe(seed(prefix));
  });
});
