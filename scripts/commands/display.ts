/** How commands show paths (relative to the working folder) and durations in their summary lines. */
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { CommandIo } from "./io.js";

export function rel(io: CommandIo, file: string): string {
  return path.relative(io.cwd, file) || ".";
}

export function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}
