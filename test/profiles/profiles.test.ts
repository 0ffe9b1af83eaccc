/**
 * The four provider profiles (spec/profiles/*.overlay.yaml) against the canonical spec: what each
 * overlay changes (literal expectations on a few changes per profile), that every applied profile
 * lints clean, that each profile's generated validator rejects a canonical request using a field the
 * profile removes and names the profile, that the compatibility matrix says what the overlays do,
 * and that each profile's generated docs (its provider's flavor and reference) pass the drift audit
 * against that profile's spec.
 *
 * The rejection uses the strict validator: the default one tolerates unknown keys (as the API does),
 * so a removed field is just an unknown key to it. The profile is named through the request schema's
 * title, "Create chat completion request (profile atoma)", which the package's messages quote where
 * they name the schema (a missing required field) and which every AJV error carries in `parentSchema`.
 */
import path from "node:path";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/index.js";
import { buildModel } from "../../generator/ir/build.js";
import { loadProfiles } from "../../generator/io/load-profiles.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { readOutputDir } from "../../generator/io/output-dir.js";
import { isJsonObject, type JsonObject, type OpenApiDocument } from "../../generator/openapi.js";
import { cellText } from "../../generator/profiles/compatibility-md.js";
import { compatibilityMatrix, requestProperties } from "../../generator/profiles/matrix.js";
import type { Profile } from "../../generator/profiles/profile.js";
import { ROOT } from "../helpers.js";

const SPEC = path.join(ROOT, "spec/openapi.yaml");
const REDOCLY = path.join(ROOT, "redocly.yaml");

let canonical: OpenApiDocument;
let profiles: readonly Profile[];
let lintMessages: string[];

beforeAll(async () => {
  ({ document: canonical } = await loadSpec({ specPath: SPEC, redoclyPath: REDOCLY, cwd: ROOT, lint: false }));
  const loaded = await loadProfiles({ specPath: SPEC, redoclyPath: REDOCLY, cwd: ROOT, document: canonical, lint: true });
  profiles = loaded.profiles;
  lintMessages = loaded.problems.map((problem) => `${problem.file}: ${problem.message}`);
});

function profile(id: string): Profile {
  const found = profiles.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no profile ${id}`);
  return found;
}

function schema(document: OpenApiDocument, name: string): JsonObject {
  const components = document.components as JsonObject;
  const found = (components.schemas as JsonObject)[name];
  if (!isJsonObject(found)) throw new Error(`no schema ${name}`);
  return found;
}

function field(id: string, name: string): JsonObject | undefined {
  const value = requestProperties(profile(id).document)[name];
  return isJsonObject(value) ? value : undefined;
}

describe("the overlays", () => {
  it("are the four providers of the seeds, in id order, citing their seed", () => {
    expect(profiles.map((item) => [item.id, item.source, item.overlay.extends])).toEqual([
      ["atoma", "profiles/atoma.overlay.yaml", "../openapi.yaml"],
      ["kluster", "profiles/kluster.overlay.yaml", "../openapi.yaml"],
      ["r9s", "profiles/r9s.overlay.yaml", "../openapi.yaml"],
      ["watsonx", "profiles/watsonx.overlay.yaml", "../openapi.yaml"],
    ]);
    expect(profiles.map((item) => /seed (\d{3})/.exec(item.overlay.info.description ?? "")?.[1])).toEqual(["002", "003", "000", "004"]);
  });

  it("lint clean with the canonical spec's rules", () => {
    expect(lintMessages).toEqual([]);
  });

  it("name the profile in the API and request-schema titles", () => {
    expect((profile("atoma").document.info as JsonObject).title).toBe("Chat Completions API (profile atoma)");
    expect(schema(profile("atoma").document, "CreateChatCompletionRequest").title).toBe("Create chat completion request (profile atoma)");
  });

  it("r9s: no prompt caching or web search, three reasoning efforts, top_k kept as an extension", () => {
    const fields = Object.keys(requestProperties(profile("r9s").document));
    expect(fields).toHaveLength(28);
    expect(fields).not.toContain("prompt_cache_key");
    expect(fields).not.toContain("web_search_options");
    expect(schema(profile("r9s").document, "ReasoningEffort").enum).toEqual(["low", "medium", "high"]);
    expect(field("r9s", "top_k")?.["x-chatspec-provider-extension"]).toBe(true);
    expect(field("r9s", "logprobs")?.["x-chatspec-restriction"]).toBe("`stream` must be false when `logprobs` is true");
    expect(field("r9s", "user")?.deprecated).toBe(false);
  });

  it("atoma: the SDK's 18 fields, stream false only, stop as a list, no cross-field rules, unused schemas pruned", () => {
    expect(Object.keys(requestProperties(profile("atoma").document))).toEqual([
      "messages",
      "model",
      "temperature",
      "top_p",
      "user",
      "frequency_penalty",
      "presence_penalty",
      "response_format",
      "stream",
      "stop",
      "logit_bias",
      "max_tokens",
      "n",
      "seed",
      "tools",
      "tool_choice",
      "function_call",
      "functions",
    ]);
    expect(field("atoma", "stream")?.enum).toEqual([false, null]);
    expect((schema(profile("atoma").document, "StopConfiguration").anyOf as JsonObject[]).map((branch) => branch.type)).toEqual(["array", "null"]);
    expect(schema(profile("atoma").document, "CreateChatCompletionRequest").allOf).toBeUndefined();
    expect(Object.keys((profile("atoma").document.components as JsonObject).schemas as JsonObject)).not.toContain("WebSearchOptions");
    expect(Object.keys(schema(canonical, "CreateChatCompletionRequest").properties as JsonObject)).toHaveLength(38);
  });

  it("kluster: the commented-out fields are gone, response_format carries its model restriction, two rules stay", () => {
    for (const name of ["store", "service_tier", "tools", "tool_choice", "parallel_tool_calls"]) expect(field("kluster", name), name).toBeUndefined();
    expect(field("kluster", "response_format")?.["x-chatspec-restriction"]).toBe(
      "only with Meta-Llama-3.1-8B-Instruct, Meta-Llama-3.1-70B-Instruct and Meta-Llama-3.1-405B-Instruct",
    );
    expect((schema(profile("kluster").document, "CreateChatCompletionRequest").allOf as JsonObject[]).map((rule) => rule.description)).toEqual([
      "`top_logprobs` requires `logprobs: true`.",
      "`stream_options` requires `stream: true`.",
    ]);
  });

  it("watsonx: the gateway's cache and router extensions, no top_k", () => {
    expect(field("watsonx", "cache")).toEqual({
      description:
        "Caching configuration for a request. Cache is only supported for non-streaming requests. A watsonx.ai gateway extension, not part of OpenAI's API.",
      type: "object",
      "x-chatspec-provider-extension": true,
      "x-chatspec-restriction": "only for non-streaming requests",
    });
    expect(field("watsonx", "router")?.["x-chatspec-provider-extension"]).toBe(true);
    expect(field("watsonx", "top_k")).toBeUndefined();
    expect(field("watsonx", "model")?.description).toBe("ID or alias of the model to forward the chat request to.");
  });
});

describe("the compatibility matrix", () => {
  const row = (name: string): string[] => {
    const matrix = compatibilityMatrix(canonical, profiles);
    return matrix.rows.find((item) => item.field === name)?.cells.map(cellText) ?? [];
  };

  it("has a row per canonical field in canonical order, then the profiles' own fields, and a column per profile", () => {
    const matrix = compatibilityMatrix(canonical, profiles);
    expect(matrix.profiles).toEqual(["atoma", "kluster", "r9s", "watsonx"]);
    expect(matrix.rows.map((item) => item.field)).toEqual([
      ...Object.keys(schema(canonical, "CreateChatCompletionRequest").properties as JsonObject),
      "cache",
      "router",
    ]);
  });

  it("says what each overlay does (columns: atoma, kluster, r9s, watsonx)", () => {
    expect(row("messages")).toEqual(["supported", "supported", "supported", "supported"]);
    expect(row("metadata")).toEqual(["not supported", "supported", "supported", "supported"]);
    expect(row("reasoning_effort")).toEqual(["not supported", "not supported", "restricted: enum narrowed to `low`, `medium`, `high`", "supported"]);
    expect(row("stream")).toEqual(["restricted: enum narrowed to `false`, `null`", "supported", "supported", "supported"]);
    expect(row("stop")).toEqual(["restricted: `string` form not accepted", "supported", "supported", "supported"]);
    expect(row("response_format")).toEqual([
      "supported",
      "restricted: only with Meta-Llama-3.1-8B-Instruct, Meta-Llama-3.1-70B-Instruct and Meta-Llama-3.1-405B-Instruct",
      "supported",
      "supported",
    ]);
    expect(row("logprobs")).toEqual(["not supported", "supported", "restricted: `stream` must be false when `logprobs` is true", "supported"]);
    expect(row("tools")).toEqual(["supported", "not supported", "supported", "supported"]);
    expect(row("top_k")).toEqual(["not supported", "not supported", "extension", "not supported"]);
    expect(row("cache")).toEqual(["not supported", "not supported", "not supported", "extension: only for non-streaming requests"]);
    expect(row("router")).toEqual(["not supported", "not supported", "not supported", "extension"]);
  });

  it("agrees with the overlays action by action: every removed request field is 'not supported' in its column", () => {
    const matrix = compatibilityMatrix(canonical, profiles);
    const prefix = "$.components.schemas.CreateChatCompletionRequest.properties.";
    profiles.forEach((item, column) => {
      const removed = item.overlay.actions
        .filter((action) => action.remove === true && action.target.startsWith(prefix))
        .map((action) => action.target.slice(prefix.length));
      const notSupported = matrix.rows.filter((entry) => entry.cells[column]?.status === "not supported").map((entry) => entry.field);
      const added = matrix.rows
        .filter((entry) => !(entry.field in (schema(canonical, "CreateChatCompletionRequest").properties as JsonObject)))
        .map((entry) => entry.field);
      expect(notSupported.filter((name) => !added.includes(name)).sort(), item.id).toEqual(removed.sort());
    });
  });

  it("is what generated/compatibility.md shows", () => {
    const text = readFileSync(path.join(ROOT, "generated/compatibility.md"), "utf8");
    expect(text).toContain("| Field | `atoma` | `kluster` | `r9s` | `watsonx` |");
    expect(text).toContain("| `top_k` | not supported | not supported | extension | not supported |");
  });
});

describe("each profile's generated package", () => {
  type Validator = ((body: unknown) => boolean) & { errors?: { keyword: string; parentSchema?: { title?: string } }[] | null };
  interface ProfilePackage {
    validateCreateChatCompletionRequest: Validator;
    validateCreateChatCompletionRequestStrict: Validator;
    formatErrors(errors: unknown, input?: unknown): string[];
  }
  const load = async (id: string): Promise<ProfilePackage> => (await import(path.join(ROOT, "generated/profiles", id, "index.js"))) as ProfilePackage;
  const base = { model: "some-model", messages: [{ role: "user", content: "Hi" }] };

  it.each([
    ["atoma", "metadata", { metadata: { team: "a" } }],
    ["kluster", "tools", { tools: [{ type: "function", function: { name: "f" } }] }],
    ["r9s", "prompt_cache_key", { prompt_cache_key: "k" }],
    ["watsonx", "top_k", { top_k: 5 }],
  ] as const)("%s rejects a canonical request that uses %s, naming the profile", async (id, name, extra) => {
    const body = { ...base, ...extra };
    const canonicalPackage = (await import(path.join(ROOT, "generated/index.js"))) as ProfilePackage;
    expect(canonicalPackage.validateCreateChatCompletionRequestStrict(body)).toBe(true);
    const pkg = await load(id);
    expect(pkg.validateCreateChatCompletionRequestStrict(body)).toBe(false);
    const errors = pkg.validateCreateChatCompletionRequestStrict.errors ?? [];
    expect(errors[0]?.keyword).toBe("unevaluatedProperties");
    expect(pkg.formatErrors(errors, body)[0]).toMatch(new RegExp(`^\\(root\\): unknown property "${name}" \\(not supported by profile ${id}\\)`));
    expect(errors[0]?.parentSchema?.title).toBe(`Create chat completion request (profile ${id})`);
    // The default validator tolerates unknown keys, as the API does; the schema's own messages name the profile.
    expect(pkg.validateCreateChatCompletionRequest(body)).toBe(true);
    expect(pkg.validateCreateChatCompletionRequest({ model: "some-model" })).toBe(false);
    expect(pkg.formatErrors(pkg.validateCreateChatCompletionRequest.errors)).toEqual([
      `(root): a create chat completion request (profile ${id}) requires "messages"`,
    ]);
  });

  it("atoma rejects `stream: true`, which the canonical spec accepts", async () => {
    const pkg = await load("atoma");
    expect(pkg.validateCreateChatCompletionRequest({ ...base, stream: true })).toBe(false);
    expect(pkg.formatErrors(pkg.validateCreateChatCompletionRequest.errors, { ...base, stream: true })).toEqual([
      "/stream: must be one of false, null (got true)",
    ]);
  });

  it.each([
    ["atoma", ["reference", "speakeasy-python"]],
    ["kluster", ["mkdocs-material", "reference"]],
    ["r9s", ["reference", "speakeasy-python"]],
    ["watsonx", ["reference", "typedoc-markdown"]],
  ])("%s publishes its provider's doc flavor and reference, no other (folders %j)", (id, folders) => {
    expect(readdirSync(path.join(ROOT, "generated/profiles", id, "docs")).sort()).toEqual(folders);
    expect(existsSync(path.join(ROOT, "generated/profiles", id, "site"))).toBe(false);
  });

  it.each([
    ["atoma", 129],
    ["kluster", 29],
    ["r9s", 142],
    ["watsonx", 100],
  ])("%s: every doc page (%i) passes the drift audit against the profile's spec", (id, count) => {
    const document = profile(id).document;
    const spec = { model: buildModel(document), document };
    const pages = [...readOutputDir(path.join(ROOT, "generated/profiles", id, "docs"))].filter(([file]) => file.endsWith(".md"));
    expect(pages.length).toBe(count);
    const audits = pages.map(([file, text]) => auditPage(`docs/${file}`, text, spec));
    expect(audits.flatMap((audit) => audit.findings)).toEqual([]);
    expect(audits.filter((audit) => audit.note !== null).map((audit) => audit.note)).toEqual([]);
  });
});
