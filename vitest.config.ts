import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** The one test that replaces a module (vi.mock): it needs a module graph of its own. */
const MOCKS_MODULES = ["test/cli-internal-error.test.ts"];

export default defineConfig({
  test: {
    // Packing and installing the generated package and running tsc take a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One worker per core, not vitest's default of one fewer: much of a test's time is spent waiting
    // on a child process (the site renderer, tsc, npm, Chromium), so a 2-core machine ran the suite
    // on one worker at half load. Measured on 2 cores: 508 s with one worker, 381 s with two.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: MOCKS_MODULES,
          // The test files of a worker share one module graph: loading Redocly, AJV and TypeScript once
          // per worker instead of once per file (import time summed over the files went from 130 s to
          // 22 s; the suite from 381 s to 296 s). The generator keeps no state between calls beyond
          // content-keyed caches, so a file cannot see another's leftovers.
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: MOCKS_MODULES } },
    ],
  },
});
