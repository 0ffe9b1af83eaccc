#!/usr/bin/env node
// `npm run build` for the npm scripts: compiles the CLI (tsc -p tsconfig.build.json, incremental)
// and prebuilds the package runtime, but only when a source is newer than the last build, so a
// script on an unchanged tree starts at once instead of spending seconds in the TypeScript compiler.
// Plain JavaScript: it runs before anything is compiled. `npm ci` (prepare) always builds.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** What the build reads: the TypeScript it compiles, its configs, and the runtime it prebuilds. */
const SOURCES = ["generator", "scripts", "tsconfig.base.json", "tsconfig.build.json", "package-lock.json"];
/** Written after each build this script runs: the build is current when it is newer than every source. */
const STAMP = path.join(root, "dist", ".build-stamp");

function newestSource(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return /\.(ts|mts|json)$/.test(entry) ? stat.mtimeMs : 0;
  // The bench has its own build (tsconfig.bench.json); it is not the CLI's source.
  if (entry === path.join(root, "scripts", "bench")) return 0;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestSource(path.join(entry, name)));
  return newest;
}

const built = existsSync(STAMP) && existsSync(path.join(root, "dist", "scripts", "cli.js")) ? statSync(STAMP).mtimeMs : -1;
const changed = Math.max(
  ...SOURCES.map((entry) => path.join(root, entry))
    .filter((entry) => existsSync(entry))
    .map(newestSource),
);
if (built < changed) {
  const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  try {
    run([path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
    run([path.join(root, "dist", "scripts", "build-runtime.js")]);
    writeFileSync(STAMP, "");
  } catch {
    process.exit(1);
  }
}
