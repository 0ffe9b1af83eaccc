/**
 * The drift gate in the test suite: every committed file in generated/ equals fresh output of the
 * canonical spec, and nothing else is there. In CI vitest never writes snapshots, so a spec or
 * generator change without `npm run generate` fails here.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../generator/index.js";
import { readOutputDir } from "../generator/io/output-dir.js";
import { ROOT, generateFrom } from "./helpers.js";

let fresh: GeneratedFile[];

beforeAll(async () => {
  fresh = await generateFrom(path.join(ROOT, "spec/openapi.yaml"));
});

describe("generated/ matches the canonical spec", () => {
  it("holds exactly the generated files", () => {
    expect([...readOutputDir(path.join(ROOT, "generated")).keys()].sort()).toEqual(fresh.map((file) => file.path).sort());
  });

  it("matches fresh output file by file", async () => {
    for (const file of fresh) {
      await expect(file.contents).toMatchFileSnapshot(path.join(ROOT, "generated", file.path));
    }
  });
});
