/**
 * Compares fresh output with what is on disk: the drift gate behind `check` and the writer's
 * "nothing changed" shortcut. Pure: both sides come in as data.
 */
import { structuredPatch } from "diff";
import type { GeneratedFile } from "./emitters/types.js";

export interface Drift {
  /** On disk with different contents. */
  readonly stale: readonly string[];
  /** Generated but not on disk. */
  readonly missing: readonly string[];
  /** On disk but not generated. */
  readonly extra: readonly string[];
}

export function compareOutput(expected: readonly GeneratedFile[], actual: ReadonlyMap<string, string>): Drift {
  const expectedPaths = new Set(expected.map((file) => file.path));
  return {
    stale: expected.filter((file) => actual.has(file.path) && actual.get(file.path) !== file.contents).map((file) => file.path),
    missing: expected.filter((file) => !actual.has(file.path)).map((file) => file.path),
    extra: [...actual.keys()].filter((file) => !expectedPaths.has(file)).sort(),
  };
}

export function hasDrift(drift: Drift): boolean {
  return drift.stale.length + drift.missing.length + drift.extra.length > 0;
}

/** A unified diff of the first hunk of a file, at most `maxLines` lines, from disk (-) to fresh (+). */
export function firstDifference(path: string, onDisk: string, fresh: string, maxLines = 16): string {
  const patch = structuredPatch(`${path} (on disk)`, `${path} (generated)`, onDisk, fresh, "", "", { context: 2 });
  const hunk = patch.hunks[0];
  if (hunk === undefined) return "";
  const header = `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@ ${path}`;
  const lines = hunk.lines.slice(0, maxLines);
  const more = hunk.lines.length > maxLines ? [`… ${hunk.lines.length - maxLines} more lines`] : [];
  return [header, ...lines, ...more].join("\n");
}
