/**
 * Shared test plumbing: paths, the corpus, running the CLI in-process, and generating from a spec
 * the same way `chatspec generate` does.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withOverlays } from "../generator/check/provenance.js";
import { resolveConfig, type ResolvedConfig, type UserConfig } from "../generator/config.js";
import { renderFlavor } from "../generator/emitters/docs/emitter.js";
import type { Flavor as DocFlavor } from "../generator/flavors/flavor.js";
import type { Constraints } from "../generator/ir/types.js";
import { buildModel } from "../generator/ir/build.js";
import { generate, type GeneratedFile } from "../generator/index.js";
import { loadProfiles } from "../generator/io/load-profiles.js";
import { loadSpec } from "../generator/io/load-spec.js";
import { loadAssets, loadTemplates } from "../generator/io/load-templates.js";
import { main } from "../scripts/cli.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "test/fixtures");
/** The five source documents (test/fixtures/README.md gives where each comes from). */
export const SEED_PAGES_DIR = path.join(FIXTURES, "seeds/pages");
/** Real request bodies; test/fixtures/corpus/SOURCES.md gives their provenance. */
export const CORPUS_DIR = path.join(FIXTURES, "corpus/real");
/** OpenAI's official spec: the large input of the scale tests. */
export const OPENAI_SPEC = path.join(FIXTURES, "reference/openai-openapi.yaml");
/** OpenAI's spec of December 2024, OpenAPI 3.0.0: the large 3.0 input (specs/openai-2024-12.SOURCE.md). */
export const OPENAI_SPEC_2024_12 = path.join(FIXTURES, "specs/openai-2024-12.yaml");

/** The files `chatspec generate` writes for the canonical spec, in the order generate() returns them. */
export const OUTPUT_FILES = [
  "README.md",
  "index.d.ts",
  "index.js",
  "openapi.d.ts",
  "package.json",
  "runtime/all-errors.d.ts",
  "runtime/all-errors.js",
  "runtime/body-limits.d.ts",
  "runtime/body-limits.js",
  "runtime/client.d.ts",
  "runtime/client.js",
  "runtime/discriminator-tags.d.ts",
  "runtime/discriminator-tags.js",
  "runtime/edit-distance.d.ts",
  "runtime/edit-distance.js",
  "runtime/english.d.ts",
  "runtime/english.js",
  "runtime/error-messages.d.ts",
  "runtime/error-messages.js",
  "runtime/errors.d.ts",
  "runtime/errors.js",
  "runtime/formats.d.ts",
  "runtime/formats.js",
  "runtime/json-pointer.d.ts",
  "runtime/json-pointer.js",
  "runtime/offending-value.d.ts",
  "runtime/offending-value.js",
  "runtime/param-name.d.ts",
  "runtime/param-name.js",
  "runtime/plain-object.d.ts",
  "runtime/plain-object.js",
  "runtime/schema-lookup.d.ts",
  "runtime/schema-lookup.js",
  "runtime/server.d.ts",
  "runtime/server.js",
  "runtime/string-length.d.ts",
  "runtime/string-length.js",
  "runtime/suggestions.d.ts",
  "runtime/suggestions.js",
  "runtime/union-folding.d.ts",
  "runtime/union-folding.js",
  "runtime/validation-error.d.ts",
  "runtime/validation-error.js",
  "schema.d.ts",
  "schema.js",
  "schema.json",
  "validators-all-errors.d.ts",
  "validators-all-errors.js",
  "validators-strict-all-errors.d.ts",
  "validators-strict-all-errors.js",
  "validators-strict.d.ts",
  "validators-strict.js",
  "validators.d.ts",
  "validators.js",
  "chatspec-manifest.json",
] as const;

/** Generated beside the package but not packed: the HTML reference and the .npmignore that keeps it out. */
export const SITE_FILES = [".npmignore", "site/index.html"] as const;

/** Every corpus body by file name, in file order. */
export function loadCorpus(): Map<string, unknown> {
  const bodies = new Map<string, unknown>();
  for (const file of readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    bodies.set(file, JSON.parse(readFileSync(path.join(CORPUS_DIR, file), "utf8")));
  }
  return bodies;
}

/** A temp directory inside the project, so generated modules resolve `ajv` from node_modules. */
export function projectTempDir(prefix: string): string {
  const base = path.join(ROOT, "test/tmp");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${prefix}-`));
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `chatspec …args` in-process with `cwd` (default: the project root). */
export async function runCli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/**
 * One flavor's pages for a spec, without lint and without the other emitters: for flavor tests.
 * `memberNames` defaults to "wire".
 */
export async function renderFlavorFromSpec(flavor: DocFlavor, specPath: string, memberNames: "wire" | "camelCase" = "wire"): Promise<GeneratedFile[]> {
  const { document } = await loadSpec({ specPath, redoclyPath: path.join(FIXTURES, "seeds/redocly.yaml"), cwd: ROOT, lint: false });
  return renderFlavor(flavor, buildModel(document), loadTemplates(), { memberNames });
}

/** The repository's own chatspec.config.json, as the CLI reads it in the project root. */
export const REPO_CONFIG: UserConfig = JSON.parse(readFileSync(path.join(ROOT, "chatspec.config.json"), "utf8")) as UserConfig;

/** The configuration the CLI resolves in the project root (its chatspec.config.json), with `layers` over it. */
export function repoConfig(...layers: UserConfig[]): ResolvedConfig {
  return resolveConfig(ROOT, REPO_CONFIG, ...layers);
}

/** Generates from `specPath` exactly as the CLI does (lint must be clean; profiles beside the spec included), without writing. */
export async function generateFrom(specPath: string, overrides: Partial<ResolvedConfig> = {}): Promise<GeneratedFile[]> {
  const config = { ...repoConfig({ spec: specPath }), ...overrides };
  const spec = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: ROOT, lint: true, forGeneration: true });
  const loaded = await loadProfiles({
    specPath: config.spec,
    redoclyPath: config.redocly,
    cwd: ROOT,
    document: spec.document,
    lint: true,
    forGeneration: true,
  });
  const errors = [...spec.problems, ...loaded.problems].filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new Error(`lint errors in ${specPath}: ${errors.map((problem) => problem.message).join("; ")}`);
  return generate({ ...spec, provenance: withOverlays(spec.provenance, loaded.overlayHashes) }, config, loadAssets(), { profiles: loaded.profiles });
}

/** An IR field's constraints when the schema states none: for tests that build IR models by hand. */
export const NO_CONSTRAINTS: Constraints = {
  minimum: null,
  maximum: null,
  exclusiveMinimum: null,
  exclusiveMaximum: null,
  minLength: null,
  maxLength: null,
  pattern: null,
  format: null,
  minItems: null,
  maxItems: null,
  minProperties: null,
  maxProperties: null,
  keyPattern: null,
  keyMaxLength: null,
};

/**
 * Relative link targets of a markdown page: inline links `](target)` whose target is one token
 * (CommonMark ends a link destination at a space), external URLs and same-page anchors skipped.
 */
export function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^()\s]+)\)/g)].map((match) => match[1] as string);
  return targets.filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target));
}

/** Links of generated markdown pages that do not resolve to another generated page, as `page → target`. */
export function danglingLinks(pages: readonly GeneratedFile[]): string[] {
  const paths = new Set(pages.map((page) => page.path));
  const dangling: string[] = [];
  for (const page of pages) {
    // A link whose destination holds a raw space is not a link at all in CommonMark.
    for (const [, target] of page.contents.matchAll(/\]\(([^()]*\s[^()]*\.md[^()]*)\)/g)) dangling.push(`${page.path} → ${target}`);
    for (const target of relativeLinks(page.contents)) {
      const file = path.posix.normalize(path.posix.join(path.posix.dirname(page.path), decodeURIComponent(target.replace(/#.*$/, ""))));
      if (!paths.has(file)) dangling.push(`${page.path} → ${target}`);
    }
  }
  return dangling;
}

/**
 * Descriptions that try to break a page: pipes, backticks, raw HTML, newlines, template syntax, bidi
 * controls, 10 kB of text. Flavor tests add their own block syntax to these.
 */
export const HOSTILE_DESCRIPTIONS: readonly (readonly [label: string, description: string])[] = [
  ["pipes", "a | b || c |"],
  ["backticks", "uses `code`, ``double``, a lone ` and ``` inline"],
  ["script", "<script>alert(1)</script> and <b>bold</b> <!-- open comment"],
  ["newlines", "line one\nline two\n\n    indented code\n\n\n\nlast\r\nCRLF\r\n"],
  ["template syntax", "${process.exit()} {{title}} {{{banner}}} {{> page}}"],
  ["bidi controls", "\u202eevil\u202c \u2066isolate\u2069 \u200f"],
  ["10 kB", "lorem ipsum dolor sit amet, ".repeat(360)],
];
