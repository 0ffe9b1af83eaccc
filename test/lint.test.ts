/**
 * Lint: the canonical spec is clean, redocly.yaml turns on every rule of chatspec's plugin, and each
 * declarative house rule (redocly.yaml's `rule/…`) fires on a small spec that breaks it, at the
 * right place. The plugin's rules (generator/lint/rules/) each have a table in test/lint/rules/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "@redocly/openapi-core";
import { parse, stringify } from "yaml";
import { loadSpec } from "../generator/io/load-spec.js";
import chatspecPlugin from "../generator/lint/rules/plugin.js";
import { FIXTURES, ROOT, projectTempDir, runCli } from "./helpers.js";

const redoclyPath = path.join(ROOT, "redocly.yaml");
const minimal = () => parse(readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8"));

async function lintSpec(spec: unknown) {
  const dir = projectTempDir("lint");
  const specPath = path.join(dir, "openapi.yaml");
  writeFileSync(specPath, stringify(spec));
  const { problems } = await loadSpec({ specPath, redoclyPath, cwd: dir, lint: true });
  return problems.map(({ ruleId, pointer, severity }) => ({ ruleId, pointer, severity }));
}

const request = "#/components/schemas/CreateChatCompletionRequest";

describe("lint", () => {
  it("passes the canonical spec with no problem at all", async () => {
    const { problems } = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath, cwd: ROOT, lint: true });
    expect(problems).toEqual([]);
  });

  it("passes the minimal fixture", async () => {
    expect(await lintSpec(minimal())).toEqual([]);
  });

  it("loads chatspec's plugin as built and turns on each of its rules, at these severities (3.1; 3.0 has no propertyNames)", async () => {
    type RuleTable = Record<string, unknown>;
    const raw = parse(readFileSync(redoclyPath, "utf8")) as { plugins: string[]; rules: RuleTable; oas3_1Rules: RuleTable; oas3_0Rules?: RuleTable };
    expect(raw.plugins).toEqual(["./dist/generator/lint/rules/plugin.js"]);
    const config = await loadConfig({ configPath: redoclyPath });
    const pluginRules = Object.keys(chatspecPlugin().rules?.oas3 ?? {}).map((id) => `chatspec/${id}`);
    const severities = (version: "oas3_0" | "oas3_1") => Object.fromEntries(pluginRules.map((id) => [id, config.rules[version][id] ?? "off"]));
    const on31 = {
      "chatspec/property-description": "error",
      "chatspec/number-range": "error",
      "chatspec/map-keys-constrained": "error",
      "chatspec/discriminator-mapping": "error",
      "chatspec/deprecated-replacement": "error",
      "chatspec/pattern-valid": "error",
      "chatspec/pattern-safe": "warn",
      "chatspec/format-known": "warn",
    };
    expect(severities("oas3_1")).toEqual(on31);
    expect(severities("oas3_0")).toEqual({ ...on31, "chatspec/map-keys-constrained": "off" });
    expect(
      Object.keys({ ...raw.rules, ...raw.oas3_1Rules, ...raw.oas3_0Rules })
        .filter((id) => id.startsWith("chatspec/"))
        .sort(),
    ).toEqual([...pluginRules].sort());
  });

  const cases: [string, (spec: any) => void, { ruleId: string; pointer: string }[]][] = [
    [
      "rule/no-placeholder-description: a description that says N/A",
      (spec) => (spec.components.schemas.CreateChatCompletionRequest.properties.model.description = "N/A"),
      [{ ruleId: "rule/no-placeholder-description", pointer: `${request}/properties/model/description` }],
    ],
    [
      "rule/no-nullable: OpenAPI 3.0's nullable",
      (spec) => (spec.components.schemas.CreateChatCompletionRequest.properties.model.nullable = true),
      [
        { ruleId: "struct", pointer: `${request}/properties/model/nullable` },
        { ruleId: "rule/no-nullable", pointer: `${request}/properties/model/nullable` },
      ],
    ],
    [
      "rule/property-names-snake-case: a capitalised property name",
      (spec) => {
        const properties = spec.components.schemas.CreateChatCompletionRequest.properties;
        properties.Messages = properties.messages;
        delete properties.messages;
        spec.components.schemas.CreateChatCompletionRequest.required = ["model", "Messages"];
      },
      [{ ruleId: "rule/property-names-snake-case", pointer: `${request}/properties/Messages` }],
    ],
    [
      "rule/schema-examples-not-example: OpenAPI 3.0's example inside a schema",
      (spec) => (spec.components.schemas.CreateChatCompletionRequest.properties.model.example = "gpt-4o"),
      [{ ruleId: "rule/schema-examples-not-example", pointer: `${request}/properties/model/example` }],
    ],
    [
      "rule/operation-id-camel-case: a snake_case operationId",
      (spec) => (spec.paths["/chat/completions"].post.operationId = "create_chat_completion"),
      [{ ruleId: "rule/operation-id-camel-case", pointer: "#/paths/~1chat~1completions/post/operationId" }],
    ],
  ];

  it.each(cases)("%s", async (_name, breakIt, expected) => {
    const spec = minimal();
    breakIt(spec);
    const problems = await lintSpec(spec);
    expect(problems).toEqual(expected.map((problem) => ({ ...problem, severity: "error" })));
  });
});

describe("chatspec lint (CLI)", () => {
  it("prints file:line:col for each problem and exits 1", async () => {
    const dir = projectTempDir("lint-cli");
    const spec = minimal();
    spec.components.schemas.CreateChatCompletionRequest.properties.model.description = "TBD";
    writeFileSync(path.join(dir, "openapi.yaml"), stringify(spec));
    // The project's lint rules, reached through a chatspec config file in the user's folder.
    writeFileSync(path.join(dir, "chatspec.config.json"), JSON.stringify({ spec: "openapi.yaml", redocly: redoclyPath }));
    const result = await runCli(["lint"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(
      'openapi.yaml:45:24: error Description is empty or a placeholder such as "N/A". (rule/no-placeholder-description)',
    );
    expect(result.stdout).toContain("openapi.yaml: 1 errors, 0 warnings");
  });

  it("exits 0 on the canonical spec", async () => {
    const result = await runCli(["lint", "--quiet"]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
