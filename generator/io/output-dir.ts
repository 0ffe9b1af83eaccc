/**
 * The output edge: reads the generated directory and replaces it atomically. Files are written to a
 * sibling temp directory first and swapped in with renames, so an interrupted run leaves either the
 * old tree or the new one, never half of each.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../emitters/types.js";
import { ChatspecError } from "../errors.js";
import { OutputPaths } from "../naming.js";

/** Every file under `dir` by posix path relative to it; empty when `dir` does not exist. */
export function readOutputDir(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  const visit = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else files.set(child, readFileSync(path.join(dir, child), "utf8"));
    }
  };
  visit("");
  return files;
}

/**
 * Replaces `dir` with exactly `files`. Refuses a non-empty directory without a chatspec manifest,
 * so a mistyped `--out` cannot wipe a folder chatspec did not create.
 */
export function replaceOutputDir(dir: string, files: readonly GeneratedFile[], display: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(path.join(dir, OutputPaths.manifest))) {
    throw new ChatspecError(`refusing to replace a directory that chatspec did not generate (no ${OutputPaths.manifest})`, { location: { file: display } });
  }
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(dir)}.chatspec-new-${process.pid}`);
  const retired = path.join(parent, `.${path.basename(dir)}.chatspec-old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = path.join(staging, ...file.path.split("/"));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    if (existsSync(dir)) renameSync(dir, retired);
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (existsSync(retired)) renameSync(retired, dir);
      throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}
