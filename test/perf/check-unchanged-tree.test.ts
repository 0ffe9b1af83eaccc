/**
 * `chatspec check`'s fast path: the manifest pins every input, so an unchanged tree is verified by
 * output hashes alone; any changed input, edited output or edited manifest sends check back to a
 * full regeneration. Generates into temp folders only.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fastCheck, type FastCheckOptions } from "../../generator/check/verify.js";
import { resolveConfig, type ResolvedConfig } from "../../generator/config.js";
import { generate } from "../../generator/index.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { loadAssets } from "../../generator/io/load-templates.js";
import { ROOT, projectTempDir, repoConfig, runCli } from "../helpers.js";

const DEFAULTS: FastCheckOptions = { lint: true, normalize: false, allowExternalRefs: false, maxSpecBytes: undefined };
const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** A copy of the canonical spec (or of `specText`) in its own folder, generated into `out` beside it with `args`. */
async function generatedCopy(
  args: readonly string[] = [],
  specText?: string,
): Promise<{ dir: string; spec: string; out: string; config: ResolvedConfig; generated: string }> {
  const dir = projectTempDir("fast");
  mkdirSync(path.join(dir, "spec"));
  const spec = path.join(dir, "spec", "openapi.yaml");
  if (specText === undefined) copyFileSync(path.join(ROOT, "spec/openapi.yaml"), spec);
  else writeFileSync(spec, specText);
  const out = path.join(dir, "out");
  const result = await runCli(["generate", "--spec", path.relative(ROOT, spec), "--out", path.relative(ROOT, out), "--quiet", ...args]);
  expect(result.code).toBe(0);
  return { dir, spec, out, config: repoConfig({ spec, out }), generated: result.stdout };
}

describe("the manifest's inputs", () => {
  it("pin the spec, the lint config and its plugins, templates, runtime, options and versions, by relative path", async () => {
    const { out } = await generatedCopy();
    const manifest = JSON.parse(readFileSync(path.join(out, "chatspec-manifest.json"), "utf8")) as {
      inputs: Record<string, unknown> & { spec: object; lint: object; generator: Record<string, string> };
    };
    expect(Object.keys(manifest)).toEqual(["//", "inputs", "files"]);
    expect(Object.keys(manifest.inputs)).toEqual(["generator", "options", "normalize", "spec", "lint", "templates", "runtime"]);
    expect(Object.keys(manifest.inputs.spec)).toEqual(["openapi.yaml"]);
    expect(Object.keys(manifest.inputs.lint)[0]).toBe("../../../../redocly.yaml");
    expect(Object.keys(manifest.inputs.lint).every((file) => file.startsWith("../../../../"))).toBe(true);
    expect(Object.keys(manifest.inputs.lint)).toContain("../../../../dist/generator/lint/rules/plugin.js");
    expect(manifest.inputs.generator.chatspec).toBe(version);
    expect(manifest.inputs.normalize).toBe(false);
    expect(JSON.stringify(manifest)).not.toContain(ROOT);
  });

  it("are absent for a document handed to generate without the loader's provenance", async () => {
    const config = resolveConfig(ROOT);
    const { document } = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: ROOT, lint: false });
    const files = await generate({ document }, config, loadAssets());
    const manifest = JSON.parse(files.at(-1)?.contents ?? "{}") as Record<string, unknown>;
    expect(Object.keys(manifest)).toEqual(["//", "files"]);
  });
});

describe("fastCheck", () => {
  it("says up to date for an unchanged tree, counting the manifest", async () => {
    const { out, config } = await generatedCopy();
    const expected = JSON.parse(readFileSync(path.join(out, "chatspec-manifest.json"), "utf8")) as { files: object };
    expect(fastCheck(config, DEFAULTS)).toEqual({ verdict: "up-to-date", files: Object.keys(expected.files).length + 1 });
  });

  it("names a hand-edited output file and ignores the user's own files", async () => {
    const { out, config } = await generatedCopy();
    appendFileSync(path.join(out, "validators.js"), "// edited\n");
    writeFileSync(path.join(out, "notes.txt"), "the user's own file\n");
    expect(fastCheck(config, DEFAULTS)).toEqual({ verdict: "stale", stale: ["validators.js"], missing: [] });
  });

  it("gives up when an input changed: the spec, the lint policy, normalisation, an option", async () => {
    const { spec, config } = await generatedCopy();
    expect(fastCheck(config, { ...DEFAULTS, lint: false })).toEqual({ verdict: "unknown", reason: "the lint policy or its files changed" });
    expect(fastCheck(config, { ...DEFAULTS, normalize: true })).toEqual({ verdict: "unknown", reason: "an input changed" });
    expect(fastCheck({ ...config, flavors: ["reference"] }, DEFAULTS)).toEqual({ verdict: "unknown", reason: "an input changed" });
    appendFileSync(spec, "# a comment\n");
    expect(fastCheck(config, DEFAULTS)).toEqual({ verdict: "unknown", reason: "an input changed" });
  });

  it("gives up on a manifest edited by hand or without inputs", async () => {
    const { out, config } = await generatedCopy();
    const file = path.join(out, "chatspec-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(manifest));
    expect(fastCheck(config, DEFAULTS)).toEqual({ verdict: "unknown", reason: "the manifest was edited" });
    const { inputs: _inputs, ...withoutInputs } = manifest;
    writeFileSync(file, `${JSON.stringify(withoutInputs, null, 2)}\n`);
    expect(fastCheck(config, DEFAULTS)).toEqual({ verdict: "unknown", reason: "the manifest lists no inputs" });
  });

  it("follows --no-lint and --normalize when they match how the tree was generated", async () => {
    const { config } = await generatedCopy(["--no-lint", "--normalize"]);
    expect(fastCheck(config, { ...DEFAULTS, lint: false, normalize: true }).verdict).toBe("up-to-date");
    expect(fastCheck(config, DEFAULTS).verdict).toBe("unknown");
  });
});

describe("chatspec check", () => {
  it("reports an unchanged tree up to date, and still catches an edited file with its diff", async () => {
    const { dir, spec, out } = await generatedCopy();
    const args = ["check", "--spec", path.relative(ROOT, spec), "--out", path.relative(ROOT, out)];
    const clean = await runCli(args);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/ is up to date \(\d+ files, \d+\.\d\d s\)\n$/);
    appendFileSync(path.join(out, "index.js"), "// edited\n");
    const edited = await runCli(args);
    expect(edited.code).toBe(1);
    const rel = path.relative(ROOT, path.join(dir, "out"));
    expect(edited.stdout.split("\n").slice(0, 1)).toEqual([`stale   ${rel}/index.js`]);
    expect(edited.stdout).toContain("-// edited");
  });

  it("does not lint again for an edited output file when every input, the lint policy included, is unchanged", async () => {
    // A lint warning (not an error, so generate writes): an unsafe pattern on `user`.
    const canonical = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");
    const withWarning = canonical.replace(/^( {8}user:\n)( {10})/m, '$1$2pattern: "^(a+)+$"\n$2');
    expect(withWarning).not.toBe(canonical);
    const { dir, spec, out, generated } = await generatedCopy([], withWarning);
    const warning = generated.split("\n").find((line) => line.includes("chatspec/pattern-safe"));
    expect(warning).toBe(
      `${path.relative(ROOT, spec)}:237:20: warning Pattern may backtrack catastrophically: validation time can grow exponentially with the input's length; add maxLength to bound it. (chatspec/pattern-safe)`,
    );
    appendFileSync(path.join(out, "index.js"), "// edited\n");
    const args = ["check", "--spec", path.relative(ROOT, spec), "--out", path.relative(ROOT, out)];
    const rel = path.relative(ROOT, path.join(dir, "out"));
    // Only an output differs: the report comes from a regeneration without lint, so no warning.
    const edited = await runCli(args);
    expect(edited.code).toBe(1);
    expect(edited.stdout.split("\n")[0]).toBe(`stale   ${rel}/index.js`);
    expect(edited.stdout).not.toContain("warning");
    // --full lints as always, and reports the same stale file.
    const full = await runCli([...args, "--full"]);
    expect(full.code).toBe(1);
    expect(full.stdout.split("\n").slice(0, 3)).toEqual([
      warning,
      expect.stringMatching(/ warning Example value must conform to the schema: .*\(no-invalid-schema-examples\)$/),
      `stale   ${rel}/index.js`,
    ]);
  });

  it("regenerates with --full, and when the spec changed (the manifest is then stale)", async () => {
    const { spec, out } = await generatedCopy();
    const args = ["check", "--spec", path.relative(ROOT, spec), "--out", path.relative(ROOT, out)];
    expect((await runCli([...args, "--full"])).code).toBe(0);
    appendFileSync(spec, "# a comment\n");
    const changed = await runCli(args);
    expect(changed.code).toBe(1);
    expect(changed.stdout.split("\n")[0]).toBe(`stale   ${path.relative(ROOT, out)}/chatspec-manifest.json`);
  });
});
