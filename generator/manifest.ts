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
