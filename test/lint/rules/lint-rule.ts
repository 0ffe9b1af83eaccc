/**
 * Runs one house rule of generator/lint/rules/ the way `chatspec lint` runs it (the spec reader,
 * generator/io/load-spec.ts, over Redocly's lint), with a Redocly config that loads the built
 * plugin, as redocly.yaml does, and turns on that rule alone. Each rule's test file is a table of
 * cases: a document (a schema snippet in a small spec, or the minimal fixture with one edit) and
 * the findings it must produce, with their literal messages.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { loadSpec } from "../../../generator/io/load-spec.js";
import { FIXTURES, ROOT, projectTempDir } from "../../helpers.js";

/** What the built plugin is called in redocly.yaml, resolved to an absolute path for a config elsewhere. */
const BUILT_PLUGIN = path.join(ROOT, "dist/generator/lint/rules/plugin.js");

export interface RuleFinding {
  readonly pointer: string;
  readonly message: string;
}

export interface RuleCase {
  readonly name: string;
  /** The document to lint. */
  readonly spec: () => unknown;
  readonly findings: readonly RuleFinding[];
}

/** One test per case: the rule alone reports exactly `findings`, each at `severity`. */
export function ruleCases(ruleId: string, severity: "error" | "warn", cases: readonly RuleCase[]): void {
  it.each(cases.map((entry) => [entry.name, entry] as const))("%s", async (_name, entry) => {
    expect(await lintWithRule(ruleId, severity, entry.spec())).toEqual(entry.findings.map((finding) => ({ ...finding, severity })));
  });
}

export async function lintWithRule(ruleId: string, severity: "error" | "warn", spec: unknown): Promise<(RuleFinding & { severity: string })[]> {
  const dir = projectTempDir("lint-rule");
  const redoclyPath = path.join(dir, "redocly.yaml");
  writeFileSync(redoclyPath, stringify({ plugins: [BUILT_PLUGIN], extends: [], rules: { [ruleId]: severity } }));
  const specPath = path.join(dir, "openapi.yaml");
  writeFileSync(specPath, stringify(spec));
  const { problems } = await loadSpec({ specPath, redoclyPath, cwd: dir, lint: true });
  return problems.map(({ pointer, message, severity: reported }) => ({ pointer, message, severity: reported }));
}

/** The minimal fixture (test/fixtures/specs/minimal.yaml) after `edit`. */
export function minimalWith(edit: (spec: any) => void): () => unknown {
  return () => {
    const spec = parse(readFileSync(path.join(FIXTURES, "specs/minimal.yaml"), "utf8"));
    edit(spec);
    return spec;
  };
}

/**
 * A small valid spec whose one operation takes `request` as its JSON body (at
 * `#/components/schemas/Request`), next to the named `schemas`.
 */
export function requestWith(request: unknown, schemas: Record<string, unknown> = {}): () => unknown {
  return () => ({
    openapi: "3.1.0",
    info: { title: "Rule case", version: "1.0.0" },
    paths: {
      "/chat/completions": {
        post: {
          operationId: "createChatCompletion",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Request" } } } },
          responses: { "200": { description: "OK" } },
        },
      },
    },
    components: { schemas: { Request: request, ...schemas } },
  });
}
