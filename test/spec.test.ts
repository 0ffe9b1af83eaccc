/**
 * The canonical spec itself: the request's field set, deprecations, defaults and extensions, and
 * that its request examples pass the generated validator.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateCreateChatCompletionRequest as validate } from "../generated/index.js";
import { ROOT } from "./helpers.js";

const text = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");
const spec = parse(text);
const schemas = spec.components.schemas;
const request = schemas.CreateChatCompletionRequest;
const properties: Record<string, any> = request.properties;

/** A property's default, looking through `anyOf: [{$ref}, {type: null}]` to the referenced schema. */
function defaultOf(property: any): unknown {
  if ("default" in property) return property.default;
  const ref = property.$ref ?? property.anyOf?.find((branch: any) => branch.$ref)?.$ref;
  const target = ref ? schemas[ref.replace("#/components/schemas/", "")] : undefined;
  return target && "default" in target ? target.default : undefined;
}

describe("spec/openapi.yaml", () => {
  it("is OpenAPI 3.1.0 without the 3.0 nullable keyword", () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(text).not.toMatch(/^\s*nullable:/m);
  });

  it("has POST /chat/completions with the request schema as its JSON body", () => {
    const operation = spec.paths["/chat/completions"].post;
    expect(operation.operationId).toBe("createChatCompletion");
    expect(operation.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/CreateChatCompletionRequest" });
  });

  it("declares every field of OpenAI's request once, plus top_k", () => {
    expect(Object.keys(properties)).toEqual([
      "messages",
      "model",
      "metadata",
      "temperature",
      "top_p",
      "top_logprobs",
      "user",
      "safety_identifier",
      "prompt_cache_key",
      "prompt_cache_retention",
      "prompt_cache_options",
      "service_tier",
      "modalities",
      "verbosity",
      "reasoning_effort",
      "max_completion_tokens",
      "frequency_penalty",
      "presence_penalty",
      "web_search_options",
      "response_format",
      "audio",
      "store",
      "moderation",
      "stream",
      "stop",
      "logit_bias",
      "logprobs",
      "max_tokens",
      "n",
      "prediction",
      "seed",
      "stream_options",
      "tools",
      "tool_choice",
      "parallel_tool_calls",
      "function_call",
      "functions",
      "top_k",
    ]);
    expect(request.required).toEqual(["messages", "model"]);
  });

  it("marks top_k, and only top_k, as a provider extension; transport and gateway options are absent", () => {
    const extensions = Object.entries(properties)
      .filter(([, property]) => property["x-chatspec-provider-extension"] === true)
      .map(([name]) => name);
    expect(extensions).toEqual(["top_k"]);
    for (const name of ["headers", "signal", "cache", "router"]) expect(properties).not.toHaveProperty(name);
  });

  it("deprecates exactly the six legacy fields, each naming its replacement", () => {
    const deprecated = Object.entries(properties).filter(([, property]) => property.deprecated === true);
    expect(deprecated.map(([name]) => name)).toEqual(["user", "prompt_cache_retention", "max_tokens", "seed", "function_call", "functions"]);
    expect(
      Object.fromEntries(deprecated.map(([name, property]) => [name, /Deprecated: (use `[^`]+`[^.]*|no replacement)/.exec(property.description)?.[0]])),
    ).toEqual({
      user: "Deprecated: use `safety_identifier` and `prompt_cache_key` instead",
      prompt_cache_retention: "Deprecated: use `prompt_cache_options.ttl` instead",
      max_tokens: "Deprecated: use `max_completion_tokens` instead",
      seed: "Deprecated: no replacement",
      function_call: "Deprecated: use `tool_choice` instead",
      functions: "Deprecated: use `tools` instead",
    });
  });

  it("declares the defaults", () => {
    const defaults = Object.fromEntries(
      Object.entries(properties)
        .map(([name, property]) => [name, defaultOf(property)])
        .filter(([, value]) => value !== undefined),
    );
    expect(defaults).toEqual({
      temperature: 1,
      top_p: 1,
      service_tier: "auto",
      modalities: ["text"],
      verbosity: "medium",
      reasoning_effort: "medium",
      frequency_penalty: 0,
      presence_penalty: 0,
      store: false,
      stream: false,
      stop: null,
      logit_bias: null,
      logprobs: false,
      n: 1,
      stream_options: null,
      parallel_tool_calls: true,
    });
  });

  it("gives every schema property a description", () => {
    const missing: string[] = [];
    const visit = (node: unknown, pointer: string): void => {
      if (Array.isArray(node)) for (const [index, child] of node.entries()) visit(child, `${pointer}/${index}`);
      else if (node && typeof node === "object") {
        for (const [key, child] of Object.entries(node)) {
          if (key === "properties" && !/\/(if|then)$/.test(pointer)) {
            for (const [name, property] of Object.entries(child as Record<string, any>)) {
              if (!property.description?.trim()) missing.push(`${pointer}/properties/${name}`);
            }
          }
          if (key !== "examples") visit(child, `${pointer}/${key}`);
        }
      }
    };
    visit(schemas, "#/components/schemas");
    expect(missing).toEqual([]);
  });

  it("has request examples that the generated validator accepts", () => {
    const examples: Record<string, { value: unknown }> = spec.paths["/chat/completions"].post.requestBody.content["application/json"].examples;
    expect(Object.keys(examples)).toEqual(["minimal", "imageInput", "streaming", "tools", "logprobs"]);
    for (const [name, example] of Object.entries(examples)) expect([name, validate(example.value)]).toEqual([name, true]);
  });
});
