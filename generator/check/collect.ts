/**
 * Hashes the files a run depends on, keyed by posix path relative to the spec's folder. Used by the
 * spec reader (io/load-spec.ts) to record provenance, and by the fast check (verify.ts) to hash the
 * same files again; one implementation, so the two agree byte for byte. This is an edge: it reads
 * the Redocly config and plugin files.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { hashFileBytes, hashText } from "../lib/hash.js";
import type { FileHashes, SpecProvenance } from "./provenance.js";
import { compareCodeUnits } from "../lib/text.js";

/** A file the spec reader parsed: its absolute path (or URL) and its text. */
export interface SourceText {
  readonly absoluteRef: string;
  readonly body: string;
}

/** Plugin code files: every JavaScript/TypeScript file in a plugin's folder (a plugin imports its rules from there). */
const PLUGIN_FILE = /\.(c|m)?(j|t)s$/;

/** `../redocly.yaml` for a file beside the spec's folder. */
export function relativeKey(specDir: string, file: string): string {
  return path.relative(specDir, file).split(path.sep).join("/");
}

/** The spec's files, root first and then by key; null when one is not a local file. */
export function sourceHashes(specPath: string, sources: Iterable<SourceText>): FileHashes | null {
  const specDir = path.dirname(specPath);
  const entries: [string, string][] = [];
  let root: [string, string] | null = null;
  for (const source of sources) {
    if (!path.isAbsolute(source.absoluteRef)) return null; // a URL: its contents are not pinned by a file
    const entry: [string, string] = [relativeKey(specDir, source.absoluteRef), hashText(source.body)];
    if (path.resolve(source.absoluteRef) === path.resolve(specPath)) root = entry;
    else entries.push(entry);
  }
  if (root === null) return null;
  entries.sort(([a], [b]) => compareCodeUnits(a, b));
  return Object.fromEntries([root, ...entries]);
}

/**
 * The lint policy as hashes: "off", "recommended" when there is no Redocly config file (Redocly's
 * built-in rules, pinned by its version), or the config file first and then its plugins' files.
 */
export function lintHashes(specPath: string, lint: boolean, redoclyPath: string, pluginEntries: readonly string[]): SpecProvenance["lint"] {
  if (!lint) return "off";
  if (!existsSync(redoclyPath)) return "recommended";
  const specDir = path.dirname(specPath);
  const files = new Set<string>();
  for (const entry of pluginEntries) {
    const dir = path.dirname(entry);
    for (const name of readdirSync(dir).sort()) if (PLUGIN_FILE.test(name)) files.add(path.join(dir, name));
  }
  const hashes: [string, string][] = [[relativeKey(specDir, redoclyPath), hashFile(redoclyPath)]];
  for (const file of [...files].sort()) if (file !== redoclyPath) hashes.push([relativeKey(specDir, file), hashFile(file)]);
  return Object.fromEntries(hashes);
}

/** A file's hash as the manifest records it (`hashFileBytes`); the file must exist. */
export function hashFile(file: string): string {
  const hash = hashFileBytes(file);
  if (hash === null) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
  return hash;
}
