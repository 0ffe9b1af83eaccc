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
    expect(await errorFor(`${HEAD}  - target: $.info\n    update: {title: [}\n`)).toBe(
      "profiles/bad.overlay.yaml:7:22: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    );
  });

  it("reports a malformed overlay at the offending key", async () => {
    expect(await errorFor(`${HEAD}  - target: components.schemas\n    remove: true\n`)).toBe(
      "profiles/bad.overlay.yaml:6:13: not an Overlay 1.0 document: `target` must be a JSONPath expression starting with `$`",
    );
  });

  it("reports a provider flavor that is not a doc flavor at that key", async () => {
    expect(await errorFor(`x-chatspec-flavor: speakeasy\n${HEAD}  - target: $.info\n    update: {x-note: ok}\n`)).toBe(
      "profiles/bad.overlay.yaml:1:20: not an Overlay 1.0 document: `x-chatspec-flavor` must be a doc flavor id: speakeasy-python, openapi-generator-rust, mkdocs-material, typedoc-markdown, reference",
    );
  });

  it("reports a target that selects nothing at that target", async () => {
    expect(
      await errorFor(
        `${HEAD}  - target: $.info\n    update: {x-note: ok}\n  - target: $.components.schemas.CreateChatCompletionRequest.properties.no_such_field\n    remove: true\n`,
      ),
    ).toBe("profiles/bad.overlay.yaml:8:13: profile bad: this action's target selects nothing in the canonical spec");
  });

  it("names the known profiles for an unknown id", async () => {
    const specPath = path.join(ROOT, "spec/openapi.yaml");
    const { document } = await loadSpec({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false });
    await expect(loadProfiles({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, document, lint: false, only: "nope" })).rejects.toThrow(
      'unknown profile "nope" (known: atoma, kluster, r9s, watsonx)',
    );
  });
});

describe("loadProfiles lint", () => {
  it("lints each applied document with the project's rules, reported at the overlay", async () => {
    const dir = projectTempDir("profiles");
    const specPath = path.join(dir, "openapi.yaml");
    copyFileSync(path.join(ROOT, "spec/openapi.yaml"), specPath);
    mkdirSync(path.join(dir, "profiles"));
    // Replaces a field's description with an empty one: the house rule property-description fires.
    writeFileSync(
      path.join(dir, "profiles/bad.overlay.yaml"),
      `${HEAD}  - target: $.components.schemas.CreateChatCompletionRequest.properties.seed\n    update: {description: ""}\n`,
    );
    writeFileSync(path.join(dir, "profiles/good.overlay.yaml"), `${HEAD}  - target: $.info\n    update: {x-note: ok}\n`);
    const { document } = await loadSpec({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: dir, lint: false });
    const { problems } = await loadProfiles({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: dir, document, lint: true });
    // Three rules fire for the bad profile, none for the good one (or the canonical spec).
    expect(problems.map((problem) => [problem.file, problem.severity, problem.ruleId, problem.message])).toEqual([
      [
        "profiles/bad.overlay.yaml",
        "error",
        "chatspec/property-description",
        "profile bad: Property `seed` has no description. (at #/components/schemas/CreateChatCompletionRequest/properties/seed)",
      ],
      [
        "profiles/bad.overlay.yaml",
        "error",
        "chatspec/deprecated-replacement",
        'profile bad: Deprecated, but the description does not name a replacement ("Deprecated: use `x` instead." or "Deprecated: no replacement."). (at #/components/schemas/CreateChatCompletionRequest/properties/seed/deprecated)',
      ],
      [
        "profiles/bad.overlay.yaml",
        "error",
        "rule/no-placeholder-description",
        'profile bad: Description is empty or a placeholder such as "N/A". (at #/components/schemas/CreateChatCompletionRequest/properties/seed/description)',
      ],
    ]);
  });
});
