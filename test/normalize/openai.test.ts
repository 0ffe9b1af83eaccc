/**
 * The normalisation on the spec it was written for: OpenAI's full spec (3 MB, OpenAPI 3.1 with 3.0
 * leftovers). After `--normalize`, AJV compiles validators for the request bodies in strict mode,
 * exactly as for the canonical spec; the canonical spec itself is already plain 3.1 and comes out
 * unchanged.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addBundle, createAjv } from "../../generator/emitters/validators/ajv.js";
import { extensionKeywords, toJsonSchemaBundle } from "../../generator/emitters/validators/json-schema.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { rewriteDocument } from "../../generator/normalize/walk.js";
import { isJsonObject, rootSchemas, type OpenApiDocument } from "../../generator/openapi.js";
import { OPENAI_SPEC, ROOT } from "../helpers.js";

const OPENAI = OPENAI_SPEC;
// No file there: the reader falls back to Redocly's built-in config, used here only to resolve and bundle.
const NO_LINT_CONFIG = path.join(ROOT, "test/tmp/no-redocly.yaml");

let document: OpenApiDocument;
let report: Readonly<Record<string, number>> | null;

beforeAll(async () => {
  const loaded = await loadSpec({ specPath: OPENAI, redoclyPath: NO_LINT_CONFIG, cwd: ROOT, lint: false, normalize: true });
  document = loaded.document;
  report = loaded.normalized;
});

describe("OpenAI's spec, normalised", () => {
  it("reports what each rule changed", () => {
    expect(report).toEqual({
      "discriminator:anyOf-to-oneOf": 10,
      "discriminator:mapping-completed": 77,
      "discriminator:removed": 20,
      "exclusive-bound": 7,
      "format:unixtime": 144,
      "implied-type:array": 4,
      "implied-type:object": 8,
      "inapplicable:minItems": 2,
      "inapplicable:required": 1,
      nullable: 112,
      "recursive-ref": 2,
      "strip:max_items": 1,
      "strip:min_items": 1,
      "strip:optional": 1,
      "strip:x-oaiExpandable": 7,
      "strip:x-oaiMeta": 699,
      "strip:x-oaiSupportedSDKs": 2,
      "strip:x-stainless-const": 990,
      "strip:x-stainless-param": 7,
      "strip:x-stainless-skip": 6,
      "undeclared-required": 27,
      "union-type-widened": 1,
    });
  });

  it("leaves no 3.0 keyword in a schema, and every discriminator next to oneOf with a mapping", () => {
    const found: string[] = [];
    rewriteDocument(document, {
      schema: (node, pointer) => {
        if ("nullable" in node || typeof node.exclusiveMinimum === "boolean" || "$recursiveRef" in node) found.push(pointer);
        if (isJsonObject(node.discriminator) && (!Array.isArray(node.oneOf) || !isJsonObject(node.discriminator.mapping)))
          found.push(`${pointer}/discriminator`);
        return node;
      },
    });
    expect(found).toEqual([]);
  });

  it("compiles with AJV in strict mode, default and strict variants", () => {
    const roots = rootSchemas(document);
    expect(roots.length).toBe(99);
    for (const strict of [false, true]) {
      const id = `https://chatspec.test/openai-${strict ? "strict" : "default"}.json`;
      const bundle = toJsonSchemaBundle(document, { id, roots, strict });
      const ajv = createAjv(extensionKeywords(bundle.$defs), { ownProperties: true, trackEvaluated: strict, optimize: !strict });
      addBundle(ajv, bundle);
      for (const root of roots) expect(typeof ajv.getSchema(`${id}#/$defs/${encodeURIComponent(root)}`)).toBe("function");
    }
  });

  it("validates a chat request body with the normalised schema", () => {
    const id = "https://chatspec.test/openai-chat.json";
    const bundle = toJsonSchemaBundle(document, { id, roots: ["CreateChatCompletionRequest"], strict: false });
    const ajv = createAjv(extensionKeywords(bundle.$defs), { ownProperties: true, trackEvaluated: false, optimize: true });
    addBundle(ajv, bundle);
    const validate = ajv.getSchema(`${id}#/$defs/CreateChatCompletionRequest`);
    expect(validate?.({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], max_completion_tokens: null })).toBe(true);
    expect(validate?.({ model: "gpt-4o", messages: [{ role: "robot", content: "Hi" }] })).toBe(false);
  });
});

describe("the canonical spec", () => {
  it("is plain 3.1 already: normalising changes nothing", async () => {
    const plain = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath: NO_LINT_CONFIG, cwd: ROOT, lint: false });
    const normalized = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath: NO_LINT_CONFIG, cwd: ROOT, lint: false, normalize: true });
    expect(normalized.normalized).toEqual({});
    expect(normalized.document).toEqual(plain.document);
  });
});
