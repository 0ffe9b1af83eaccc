/**
 * What each profile's package publishes (generator/profiles/outputs.ts): by default the doc flavor
 * its overlay names plus `reference` and no site; the config's `profiles.<id>` overrides either; the
 * run's `outputs` bounds both. Checked on the pure functions and on the files generateProfile writes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../generator/config.js";
import { generateProfile } from "../../generator/index.js";
import { loadProfiles } from "../../generator/io/load-profiles.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { loadAssets } from "../../generator/io/load-templates.js";
import type { Overlay } from "../../generator/profiles/overlay.js";
import { profileConfig, profileOutputs } from "../../generator/profiles/outputs.js";
import type { Profile } from "../../generator/profiles/profile.js";
import { ROOT } from "../helpers.js";

const SPEC = path.join(ROOT, "spec/openapi.yaml");
const REDOCLY = path.join(ROOT, "redocly.yaml");

/** A profile as outputs.ts sees it: an id and an overlay, with or without a provider flavor. */
function stub(id: string, flavor?: string): Pick<Profile, "id" | "overlay"> {
  const overlay: Overlay = {
    overlay: "1.0.0",
    info: { title: id, version: "1" },
    actions: [],
    ...(flavor === undefined ? {} : { "x-chatspec-flavor": flavor }),
  };
  return { id, overlay };
}

describe("the overlays", () => {
  it.each([
    ["atoma", "speakeasy-python"],
    ["kluster", "mkdocs-material"],
    ["r9s", "speakeasy-python"],
    ["watsonx", "typedoc-markdown"],
  ])("%s names its provider's flavor, %s", (id, flavor) => {
    const overlay = parse(readFileSync(path.join(ROOT, "spec/profiles", `${id}.overlay.yaml`), "utf8")) as Record<string, unknown>;
    expect(overlay["x-chatspec-flavor"]).toBe(flavor);
  });
});

describe("profileOutputs", () => {
  it("defaults to the provider's flavor plus reference, in registry order, and no site", () => {
    expect(profileOutputs(stub("r9s", "speakeasy-python"), {})).toEqual({ flavors: ["speakeasy-python", "reference"], site: false });
    expect(profileOutputs(stub("kluster", "mkdocs-material"), {})).toEqual({ flavors: ["mkdocs-material", "reference"], site: false });
    expect(profileOutputs(stub("plain"), {})).toEqual({ flavors: ["reference"], site: false });
    expect(profileOutputs(stub("plain", "reference"), {})).toEqual({ flavors: ["reference"], site: false });
  });

  it("takes what the config declares, field by field, for that profile only", () => {
    const { profiles } = resolveConfig("/x", { profiles: { r9s: { flavors: ["openapi-generator-rust"] }, kluster: { site: true } } });
    expect(profileOutputs(stub("r9s", "speakeasy-python"), profiles)).toEqual({ flavors: ["openapi-generator-rust"], site: false });
    expect(profileOutputs(stub("kluster", "mkdocs-material"), profiles)).toEqual({ flavors: ["mkdocs-material", "reference"], site: true });
    expect(profileOutputs(stub("atoma", "speakeasy-python"), profiles)).toEqual({ flavors: ["speakeasy-python", "reference"], site: false });
  });
});

describe("profileConfig", () => {
  it("names the package after the profile and keeps the site only when the profile and the run both want it", () => {
    const pick = ({ packageName, flavors, outputs }: ReturnType<typeof profileConfig>) => ({ packageName, flavors, outputs });
    expect(pick(profileConfig(stub("r9s", "speakeasy-python"), resolveConfig("/x")))).toEqual({
      packageName: "@chatspec/chat-completions-r9s",
      flavors: ["speakeasy-python", "reference"],
      outputs: ["package", "docs"],
    });
    const withSite = resolveConfig("/x", { profiles: { r9s: { site: true } } });
    expect(pick(profileConfig(stub("r9s", "speakeasy-python"), withSite)).outputs).toEqual(["package", "docs", "site"]);
    expect(pick(profileConfig(stub("r9s", "speakeasy-python"), { ...withSite, outputs: ["package", "docs"] })).outputs).toEqual(["package", "docs"]);
    // The canonical package's own flavors do not reach a profile.
    expect(pick(profileConfig(stub("r9s", "speakeasy-python"), resolveConfig("/x", { flavors: ["typedoc-markdown"] }))).flavors).toEqual([
      "speakeasy-python",
      "reference",
    ]);
  });
});

describe("the files a profile's package gets", () => {
  let kluster: Profile;

  beforeAll(async () => {
    const { document } = await loadSpec({ specPath: SPEC, redoclyPath: REDOCLY, cwd: ROOT, lint: false });
    const { profiles } = await loadProfiles({ specPath: SPEC, redoclyPath: REDOCLY, cwd: ROOT, document, lint: false, only: "kluster" });
    kluster = profiles[0] as Profile;
  });

  /** The doc folders (`docs/<flavor>`) and other top-level entries of a docs-only run for kluster. */
  const layout = async (options: Parameters<typeof resolveConfig>[1]) => {
    const files = await generateProfile(kluster, resolveConfig(ROOT, { docScope: "request", outputs: ["docs", "site"] }, options ?? {}), loadAssets());
    return [
      ...new Set(
        files.map((file) =>
          file.path
            .split("/")
            .slice(0, file.path.startsWith("docs/") ? 2 : 1)
            .join("/"),
        ),
      ),
    ];
  };

  it("by default: its provider's MkDocs Material pages and the reference, nothing else", async () => {
    expect(await layout({})).toEqual(["docs/mkdocs-material", "docs/reference", "chatspec-manifest.json"]);
  });

  it("with an override in the config: exactly the flavors it lists", async () => {
    expect(await layout({ profiles: { kluster: { flavors: "typedoc-markdown" } } })).toEqual(["docs/typedoc-markdown", "chatspec-manifest.json"]);
    expect(await layout({ profiles: { kluster: { flavors: [] } } })).toEqual(["chatspec-manifest.json"]);
  });
});
