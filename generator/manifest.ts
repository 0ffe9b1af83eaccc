/**
 * The manifest lists every generated file with its SHA-256. It marks a directory as chatspec's own
 * (so the writer may replace it) and lets `check` name hand-edited files. It also pins every input
 * of the run (`inputs`, see check/inputs.ts), so `check` can verify an unchanged tree by hashes alone.
 */
import { toJsonText } from "./lib/text.js";
import { hashText } from "./lib/hash.js";
import { jsonBannerText } from "./lib/banner.js";
import { OutputPaths } from "./naming.js";
import type { ResolvedConfig } from "./config.js";
import type { Assets, GeneratedFile } from "./emitters/types.js";
import { manifestInputs, type ManifestInputs } from "./check/inputs.js";
import type { SpecProvenance } from "./check/provenance.js";
import { toolchainVersions } from "./check/toolchain.js";

export interface Manifest {
  /** Absent when an input could not be pinned (see check/inputs.ts). */
  readonly inputs?: ManifestInputs;
  readonly files: Readonly<Record<string, string>>;
}

/** What generate() ran on, for the manifest's `inputs`. */
export interface ManifestContext {
  /** Where the document came from (the loader's), or null when it did not come from the loader. */
  readonly provenance: SpecProvenance | null;
  readonly config: ResolvedConfig;
  readonly assets: Pick<Assets, "templates" | "runtime">;
}

/**
 * The manifest file for a set of generated files (which must not include the manifest itself). With
 * the run's context it also lists the inputs, when the spec reader recorded where the document came from.
 */
export function manifestFile(files: readonly GeneratedFile[], context?: ManifestContext): GeneratedFile {
  const entries = files.map((file) => [file.path, hashText(file.contents)] as const);
  const inputs = context === undefined ? null : manifestInputs(context.provenance, context.config, context.assets, toolchainVersions());
  const manifest: Manifest = { ...(inputs === null ? {} : { inputs }), files: Object.fromEntries(entries) };
  return { path: OutputPaths.manifest, contents: toJsonText({ "//": jsonBannerText, ...manifest }) };
}

/**
 * The paths a previous run generated, read from the manifest in `files` (output path → text),
 * including the manifest itself. Empty when there is no readable manifest: then nothing in the
 * folder counts as generated, so nothing there is replaced or reported as extra.
 */
export function previouslyGenerated(files: ReadonlyMap<string, string>): Set<string> {
  const text = files.get(OutputPaths.manifest);
  if (text === undefined) return new Set();
  try {
    const manifest = JSON.parse(text) as { files?: unknown };
    const listed = typeof manifest.files === "object" && manifest.files !== null ? Object.keys(manifest.files) : [];
    return new Set([...listed, OutputPaths.manifest]);
  } catch {
    return new Set();
  }
}
