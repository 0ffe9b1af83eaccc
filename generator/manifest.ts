/**
 * The manifest lists every generated file with its SHA-256. It marks a directory as chatspec's own
 * (so the writer may replace it) and lets `check` name hand-edited files.
 */
import { createHash } from "node:crypto";
import { toJsonText } from "./lib/text.js";
import { jsonBannerText } from "./lib/banner.js";
import { OutputPaths } from "./naming.js";
import type { GeneratedFile } from "./emitters/types.js";

export interface Manifest {
  readonly files: Readonly<Record<string, string>>;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The manifest file for a set of generated files (which must not include the manifest itself). */
export function manifestFile(files: readonly GeneratedFile[]): GeneratedFile {
  const entries = files.map((file) => [file.path, sha256(file.contents)] as const);
  return { path: OutputPaths.manifest, contents: toJsonText({ "//": jsonBannerText, files: Object.fromEntries(entries) }) };
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
