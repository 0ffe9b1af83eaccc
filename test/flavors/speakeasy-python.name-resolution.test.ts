/**
 * speakeasy-python's `inlineNames: feb2025` (Speakeasy's nameResolutionFeb2025) on a small spec:
 * each rule the real SDKs show (agentset, que, bolt), in isolation.
 */
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../generator/flavors/speakeasy-python/catalog.js";
import { speakeasySettings } from "../../generator/flavors/speakeasy-python/settings.js";
import { buildModel } from "../../generator/ir/build.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      Subscription: { type: "object", properties: { status: { type: "string", enum: ["active", "done"] } } },
      Order: { type: "object", properties: { status: { type: "string", enum: ["open"] }, note: { type: "string", enum: ["a", "b"] } } },
      Source: {
        oneOf: [
          { type: "object", properties: { type: { type: "string", const: "TEXT" }, text: { type: "string" } } },
          { type: "object", properties: { type: { type: "string", const: "MANAGED_FILE" }, key: { type: "string" } } },
          { type: "object", properties: { provider: { type: "string", const: "OPENAI" }, model: { type: "string", enum: ["text-embedding-3-large"] } } },
        ],
      },
      Signer: {
        oneOf: [
          { type: "object", properties: { type: { type: "string", enum: ["env"] } } },
          { type: "object", properties: { type: { type: "string", enum: ["local"] } } },
        ],
      },
      Deep: { type: "object", properties: { inner: { type: "object", properties: { status: { type: "string", enum: ["x", "y"] } } } } },
      Batch: {
        type: "object",
        properties: {
          items: {
            type: "array",
            items: { oneOf: [{ type: "object", properties: { type: { const: "TEXT" }, text: { type: "string" } } }, { type: "string" }] },
          },
          input: { oneOf: [{ type: "string" }, { type: "object", properties: { a: { type: "string" } } }] },
        },
      },
    },
  },
} as unknown as OpenApiDocument;

describe("speakeasy-python inlineNames: feb2025", () => {
  const catalog = buildCatalog(buildModel(document, "all"), speakeasySettings({ inlineNames: "feb2025" }));
  const names = catalog.shapes.map((shape) => shape.name);

  it("gives a name two shapes ask for to neither: each puts its class's name in front", () => {
    expect(names).toContain("SubscriptionStatus");
    expect(names).toContain("OrderStatus");
    expect(names).not.toContain("Status");
  });

  it("keeps a name asked for twice from the shapes a level below too", () => {
    // Subscription's and Order's `status` clash; Deep's `inner.status`, one level below, asks alone but still puts Deep in front.
    expect(names).toEqual(expect.arrayContaining(["Inner", "DeepStatus"]));
  });

  it("names a union's anonymous members by the union and the value they are recognised by, a one-value enum first", () => {
    expect(names).toEqual(expect.arrayContaining(["SourceText", "SourceManagedFile", "SourceTextEmbedding3Large"]));
  });

  it("names one-value enums that clash at every context by their property and value", () => {
    expect(names).toEqual(expect.arrayContaining(["SignerEnv", "SignerLocal", "TypeEnv", "TypeLocal"]));
  });

  it("names an array's union by the property in the singular + Union, and a lone plain member after its union", () => {
    expect(names).toEqual(expect.arrayContaining(["ItemUnion", "ItemText", "InputUnion", "Input"]));
  });
});
