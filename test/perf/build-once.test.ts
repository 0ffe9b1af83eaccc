/**
 * The npm scripts build through scripts/build-if-stale.mjs: on a tree where no source changed since
 * the last build, it starts no compiler and leaves the build stamp as it was.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const SCRIPT = path.join(ROOT, "scripts", "build-if-stale.mjs");
const STAMP = path.join(ROOT, "dist", ".build-stamp");

it("does not compile again when no source is newer than the last build", () => {
  // The first run builds if a source changed since (a developer's tree); after it, the build is current.
  execFileSync(process.execPath, [SCRIPT], { cwd: ROOT, stdio: "ignore" });
  const built = statSync(STAMP).mtimeMs;
  const output = execFileSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  expect(output).toBe("");
  expect(statSync(STAMP).mtimeMs).toBe(built);
}, 120_000);
