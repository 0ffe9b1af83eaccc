/** Removes the previous run's temp folders (test/tmp is git-ignored scratch space). */
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  rmSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "tmp"), { recursive: true, force: true });
}
