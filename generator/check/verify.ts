/**
 * `chatspec check`'s fast path. When every input hashes as the manifest in the output folder says
 * (spec files, lint config and plugins, templates, runtime sources, options, generator versions),
 * the output is what the manifest lists, because generation is deterministic; then it is enough to
 * hash the output files and compare, without loading Redocly, TypeScript or AJV. A hand-edited
 * output file is still caught, by its hash. Anything else (an input changed, no usable manifest, a
 * file that does not match) returns a reason, and the caller regenerates in full, which also
 * produces the diff of the first stale file.
 *
 * Trusts the manifest itself: a manifest edited by hand to match an edited file passes here (not in
 * a full `check --full`). It is a cache key, not a signature.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../config.js";
import { loadRuntimeSources, loadTemplates } from "../io/load-templates.js";
import { overlayFiles } from "../io/overlay-files.js";
import { jsonBannerText } from "../lib/banner.js";
import { toJsonText } from "../lib/text.js";
import { OutputPaths } from "../naming.js";
import { isJsonObject } from "../openapi.js";
import { relativeKey } from "./collect.js";
import { hashFileBytes } from "../lib/hash.js";
import { manifestInputs } from "./inputs.js";
import type { FileHashes, SpecProvenance } from "./provenance.js";
import { toolchainVersions } from "./toolchain.js";

export interface FastCheckOptions {
  readonly lint: boolean;
  readonly normalize: boolean;
  readonly allowExternalRefs: boolean;
  /** `--max-spec-size` when given. Without it the reader's default applies, which an unchanged file passed before. */
  readonly maxSpecBytes: number | undefined;
}

export type FastCheckResult =
  /** Inputs unchanged and every listed file matches; `files` counts them with the manifest. */
  | { readonly verdict: "up-to-date"; readonly files: number }
  /** Inputs unchanged, but these output files differ or are missing. */
  | { readonly verdict: "stale"; readonly stale: readonly string[]; readonly missing: readonly string[] }
  /** The fast path cannot decide; regenerate. */
  | { readonly verdict: "unknown"; readonly reason: string };

export function fastCheck(config: ResolvedConfig, options: FastCheckOptions): FastCheckResult {
  const manifestPath = path.join(config.out, OutputPaths.manifest);
  if (!existsSync(manifestPath)) return unknown("no manifest in the output folder");
  const manifestText = readFileSync(manifestPath, "utf8");
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return unknown("the manifest is not JSON");
  }
  if (!isJsonObject(manifest) || !isJsonObject(manifest.inputs) || !isJsonObject(manifest.files)) return unknown("the manifest lists no inputs");
  // The manifest is itself an output: it must read exactly as chatspec writes it.
  if (toJsonText({ "//": jsonBannerText, inputs: manifest.inputs, files: manifest.files }) !== manifestText) return unknown("the manifest was edited");
  const recorded = manifest.inputs;
  if (!isJsonObject(recorded.spec) || !(isJsonObject(recorded.lint) || typeof recorded.lint === "string"))
    return unknown("the manifest's inputs are incomplete");

  const sources = currentHashes(config.spec, Object.keys(recorded.spec), options);
  if (typeof sources === "string") return unknown(sources);
  // Overlays are pinned with the spec's files (io/load-profiles.ts); a new one is an input the manifest cannot know.
  const added = overlayFiles(config.spec)
    .map((file) => relativeKey(path.dirname(config.spec), file))
    .find((key) => !(key in sources));
  if (added !== undefined) return unknown(`${added} is new`);
  const lint = currentLint(config, recorded.lint, options.lint);
  if (lint === null) return unknown("the lint policy or its files changed");
  const provenance: SpecProvenance = { sources, lint, normalize: options.normalize };
  // Only the assets the manifest hashes: the prebuilt runtime and the site renderer are not inputs.
  const current = manifestInputs(provenance, config, { templates: loadTemplates(), runtime: loadRuntimeSources() }, toolchainVersions());
  if (JSON.stringify(current) !== JSON.stringify(recorded)) return unknown("an input changed");

  const stale: string[] = [];
  const missing: string[] = [];
  for (const [file, hash] of Object.entries(manifest.files)) {
    const found = hashFileBytes(path.join(config.out, ...file.split("/")));
    if (found === null) missing.push(file);
    else if (found !== hash) stale.push(file);
  }
  if (stale.length + missing.length > 0) return { verdict: "stale", stale, missing };
  return { verdict: "up-to-date", files: Object.keys(manifest.files).length + 1 };
}

/**
 * The spec files the manifest lists, hashed again from disk, or why that is not possible. The
 * root must be the spec being checked; the reference policy and size limit apply as when reading.
 */
function currentHashes(specPath: string, keys: readonly string[], options: FastCheckOptions): FileHashes | string {
  const specDir = path.dirname(specPath);
  if (keys[0] !== relativeKey(specDir, specPath)) return "the spec is not the one the manifest was made from";
  const hashes: [string, string][] = [];
  for (const key of keys) {
    const file = path.resolve(specDir, key);
    if (!options.allowExternalRefs && key.startsWith("../")) return "the spec refers outside its folder";
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat === undefined) return `${key} is gone`;
    if (options.maxSpecBytes !== undefined && stat.size > options.maxSpecBytes) return `${key} is over the size limit`;
    const hash = hashFileBytes(file);
    if (hash === null) return `${key} is gone`;
    hashes.push([key, hash]);
  }
  return Object.fromEntries(hashes);
}

/** The lint policy the manifest lists, hashed again from disk; null when it differs in kind or in files. */
function currentLint(config: ResolvedConfig, recorded: unknown, lint: boolean): SpecProvenance["lint"] | null {
  if (!lint) return recorded === "off" ? "off" : null;
  if (!existsSync(config.redocly)) return recorded === "recommended" ? "recommended" : null;
  if (!isJsonObject(recorded)) return null;
  const keys = Object.keys(recorded);
  const specDir = path.dirname(config.spec);
  if (keys[0] !== relativeKey(specDir, config.redocly)) return null;
  const hashes: [string, string][] = [];
  for (const key of keys) {
    const hash = hashFileBytes(path.resolve(specDir, key));
    if (hash === null) return null;
    hashes.push([key, hash]);
  }
  return Object.fromEntries(hashes);
}

function unknown(reason: string): FastCheckResult {
  return { verdict: "unknown", reason };
}
