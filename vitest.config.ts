import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing and installing the generated package and running tsc take a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
