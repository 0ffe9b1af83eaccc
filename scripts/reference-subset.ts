/**
 * Writes test/fixtures/reference/openai-chat-request.yaml: the schemas of OpenAI's spec
 * (test/fixtures/reference/openai-openapi.yaml) that `CreateChatCompletionRequest` reaches through
 * `$ref`, each copied as its YAML node (styles and key order kept), in the order of the source.
 * The spec-fidelity test reads this subset instead of parsing the 3 MB file.
 *
 * Run once after the reference changes: `npm run build --silent && node dist/scripts/reference-subset.js`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, isMap, isScalar, type Pair, parseDocument, type YAMLMap } from "yaml";

const ROOT_SCHEMA = "CreateChatCompletionRequest";
const SCHEMA_REF = "#/components/schemas/";

/** The names of the schemas `root` reaches, itself included. */
export function reachableSchemas(schemas: Readonly<Record<string, unknown>>, root: string): Set<string> {
  const reached = new Set([root]);
  const pending = [root];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const child of node) visit(child);
    else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key === "$ref" && typeof child === "string" && child.startsWith(SCHEMA_REF)) {
          const name = child.slice(SCHEMA_REF.length);
          if (!reached.has(name)) {
            reached.add(name);
            pending.push(name);
          }
        } else visit(child);
      }
    }
  };
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (!(name in schemas)) throw new Error(`${SCHEMA_REF}${name}: no such schema`);
    visit(schemas[name]);
  }
  return reached;
}

/** The subset document, its header naming the source. */
export function referenceSubset(sourceText: string, header: string): string {
  const source = parseDocument(sourceText);
  const schemas = source.getIn(["components", "schemas"], true);
  if (!isMap(schemas)) throw new Error("components.schemas: not a mapping");
  const reached = reachableSchemas(source.toJS().components.schemas, ROOT_SCHEMA);
  const kept = (schemas as YAMLMap).items.filter((pair: Pair) => isScalar(pair.key) && reached.has(String(pair.key.value)));
  const subset = new Document({ openapi: source.get("openapi"), info: source.get("info"), components: { schemas: {} } });
  const target = subset.getIn(["components", "schemas"], true) as YAMLMap;
  target.items = kept;
  subset.commentBefore = header;
  return subset.toString({ lineWidth: 0 });
}

// dist/scripts/reference-subset.js → the project root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const from = "test/fixtures/reference/openai-openapi.yaml";
const to = "test/fixtures/reference/openai-chat-request.yaml";
const header = [
  ` The schemas of ${path.basename(from)} (OpenAI's official spec; test/fixtures/README.md gives its`,
  ` source) that components.schemas.${ROOT_SCHEMA} reaches through $ref, copied unchanged in the`,
  " order of the source; written by scripts/reference-subset.ts. Read by test/openai-fidelity.test.ts.",
].join("\n");
writeFileSync(path.join(root, to), referenceSubset(readFileSync(path.join(root, from), "utf8"), header));
process.stdout.write(`wrote ${to}\n`);
