/**
 * Loading overlay files is an input edge: a YAML error, a malformed overlay or a target that selects
 * nothing is one ChatspecError at file:line:col; an unknown `--profile` id names the known ones.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChatspecError } from "../../generator/errors.js";
import { loadProfiles } from "../../generator/io/load-profiles.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { ROOT, projectTempDir } from "../helpers.js";

async function errorFor(overlayText: string): Promise<string> {
  const dir = projectTempDir("profiles");
  const specPath = path.join(dir, "openapi.yaml");
  copyFileSync(path.join(ROOT, "spec/openapi.yaml"), specPath);
  mkdirSync(path.join(dir, "profiles"));
  writeFileSync(path.join(dir, "profiles/bad.overlay.yaml"), overlayText);
  const { document } = await loadSpec({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: dir, lint: false });
  try {
    await loadProfiles({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: dir, document, lint: false });
  } catch (error) {
    if (error instanceof ChatspecError) return error.toLine();
    throw error;
  }
  return "no error";
}

const HEAD = "overlay: 1.0.0\ninfo:\n  title: Bad\n  version: 1.0.0\nactions:\n";

describe("loadProfiles errors", () => {
  it("reports YAML errors at file:line:col", async () => {
    expect(await errorFor(`${HEAD}  - target: $.info\n    update: {title: [}\n`)).toBe("profiles/bad.overlay.yaml:7:22: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]");
  });

  it("reports a malformed overlay at the offending key", async () => {
    expect(await errorFor(`${HEAD}  - target: components.schemas\n    remove: true\n`)).toBe(
      "profiles/bad.overlay.yaml:6:13: not an Overlay 1.0 document: `target` must be a JSONPath expression starting with `$`",
    );
  });

  it("reports a target that selects nothing at that target", async () => {
    expect(await errorFor(`${HEAD}  - target: $.info\n    update: {x-note: ok}\n  - target: $.components.schemas.CreateChatCompletionRequest.properties.no_such_field\n    remove: true\n`)).toBe(
      "profiles/bad.overlay.yaml:8:13: profile bad: this action's target selects nothing in the canonical spec",
    );
  });

  it("names the known profiles for an unknown id", async () => {
    const specPath = path.join(ROOT, "spec/openapi.yaml");
    const { document } = await loadSpec({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false });
    await expect(loadProfiles({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, document, lint: false, only: "nope" })).rejects.toThrow(
      'unknown profile "nope" (known: atoma, kluster, r9s, watsonx)',
    );
  });
});
