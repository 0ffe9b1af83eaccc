/**
 * The `inputs` section of chatspec-manifest.json: a hash of everything the output is a function
 * of. Generation is deterministic, so when every input hashes the same as when the manifest was
 * written, the output must be what the manifest lists, and `check` can verify the output folder by
 * its hashes alone instead of regenerating (see verify.ts). Pure: every input comes in as data.
 *
 * Deterministic and portable: no timestamps, and paths relative to the spec's folder, so the same
 * tree gives the same manifest wherever it is checked out and whichever folder chatspec runs from.
 */
import { createHash } from "node:crypto";
import type { ResolvedConfig } from "../config.js";
import type { Assets } from "../emitters/types.js";
import type { JsonValue } from "../openapi.js";
import type { FileHashes, SpecProvenance } from "./provenance.js";
import { compareCodeUnits } from "../lib/text.js";

export interface ManifestInputs {
  /** chatspec's version and those of the libraries that shape the output (toolchain.ts). */
  readonly generator: Readonly<Record<string, string>>;
  /** Every resolved option except the paths (cwd, spec, out, redocly), which the hashes below cover. */
  readonly options: Readonly<Record<string, JsonValue>>;
  /** `--normalize`. */
  readonly normalize: boolean;
  /** The spec's files, root first (provenance.ts). */
  readonly spec: FileHashes;
  /** The lint policy: "off", "recommended", or the Redocly config and its plugins' files. */
  readonly lint: "off" | "recommended" | FileHashes;
  /** One hash over every doc template (path and text). */
  readonly templates: string;
  /** One hash over every runtime source (name and text). */
  readonly runtime: string;
}

/** Options that are paths (their files are hashed instead) or say where chatspec runs. */
const PATH_OPTIONS: ReadonlySet<string> = new Set(["cwd", "spec", "out", "redocly"]);

/**
 * The inputs of a run, or null when one of them cannot be pinned (a spec read from a URL, or a
 * document with no provenance): then the manifest lists none and `check` always regenerates.
 */
export function manifestInputs(
  provenance: SpecProvenance | null,
  config: ResolvedConfig,
  assets: Pick<Assets, "templates" | "runtime">,
  generator: Readonly<Record<string, string>>,
): ManifestInputs | null {
  if (provenance === null || provenance.sources === null) return null;
  const options: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(config)) {
    if (!PATH_OPTIONS.has(key)) options[key] = jsonOf(value);
  }
  return {
    generator,
    options,
    normalize: provenance.normalize,
    spec: provenance.sources,
    lint: provenance.lint,
    templates: hashEntries(assets.templates),
    runtime: hashEntries(assets.runtime),
  };
}

/** One hash over a map of texts, independent of the map's insertion order. */
function hashEntries(entries: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const [key, text] of [...entries].sort(([a], [b]) => compareCodeUnits(a, b))) {
    hash.update(`${key}\u0000${text.length}\u0000`, "utf8").update(text, "utf8");
  }
  return hash.digest("hex");
}

function jsonOf(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
}
