/**
 * OpenAI's own verdict on a request body: the validator of `CreateChatCompletionRequest` compiled
 * from OpenAI's schemas (test/fixtures/reference/openai-chat-request.yaml, the reachable subset of
 * its official spec), normalised to plain 3.1 and compiled the way chatspec compiles any spec.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { parse } from "yaml";
import { addBundle, createAjv } from "../../generator/emitters/validators/ajv.js";
import { extensionKeywords, toJsonSchemaBundle } from "../../generator/emitters/validators/json-schema.js";
import { normalizeDocument } from "../../generator/normalize/index.js";
import { FIXTURES } from "../helpers.js";

export const OPENAI_REQUEST_SCHEMAS = path.join(FIXTURES, "reference/openai-chat-request.yaml");

export function openaiRequestValidator(): ValidateFunction {
  const subset = parse(readFileSync(OPENAI_REQUEST_SCHEMAS, "utf8"));
  // The subset keeps only components.schemas; an empty `paths` makes it a whole document.
  const { document } = normalizeDocument({ ...subset, paths: {} });
  const id = "https://chatspec.test/openai-chat-request.json";
  const bundle = toJsonSchemaBundle(document, { id, roots: ["CreateChatCompletionRequest"], strict: false });
  const ajv = createAjv(extensionKeywords(bundle.$defs), { ownProperties: true, trackEvaluated: false, optimize: true });
  addBundle(ajv, bundle);
  const validate = ajv.getSchema(`${id}#/$defs/CreateChatCompletionRequest`);
  if (validate === undefined) throw new Error("OpenAI's CreateChatCompletionRequest did not compile");
  return validate;
}
