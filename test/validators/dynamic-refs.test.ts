/**
 * Dynamic-reference support is compiled in only where a schema uses it (ajv.ts `dynamicRefs`,
 * compile.ts `usesDynamicReferences`): the canonical validators pass no `dynamicAnchors` object
 * around, and a schema that does use `$dynamicRef` still validates by it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addBundle, createAjv } from "../../generator/emitters/validators/ajv.js";
import { usesDynamicReferences } from "../../generator/emitters/validators/compile.js";
import { ROOT } from "../helpers.js";

describe("dynamic references", () => {
  it("are detected as keywords, or under any other key (which only keeps the support on)", () => {
    expect(usesDynamicReferences({ $defs: { A: { type: "object", properties: { x: { type: "string" } } } } })).toBe(false);
    expect(usesDynamicReferences({ $defs: { A: { $dynamicAnchor: "node" }, B: { items: { $dynamicRef: "#node" } } } })).toBe(true);
    expect(usesDynamicReferences({ $defs: { A: { $recursiveRef: "#" } } })).toBe(true);
    expect(usesDynamicReferences({ $defs: { A: { examples: [{ $dynamicRef: "data, not a keyword" }] } } })).toBe(true);
  });

  it("are left out of the canonical validators, which then pass no dynamicAnchors object", () => {
    for (const file of ["validators.js", "validators-strict.js"])
      expect(readFileSync(path.join(ROOT, "generated", file), "utf8")).not.toContain("dynamicAnchors");
  });

  it("still work where a schema uses them", () => {
    // The 2020-12 extensible-tree pattern: the `strict` tree narrows what a node's children may be.
    const bundle = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://chatspec.test/tree.json",
      $defs: {
        tree: {
          $id: "https://chatspec.test/tree",
          $dynamicAnchor: "node",
          type: "object",
          properties: { children: { type: "array", items: { $dynamicRef: "#node" } } },
        },
        strict: { $id: "https://chatspec.test/strict", $ref: "tree", $dynamicAnchor: "node", type: "object", unevaluatedProperties: false },
      },
    };
    expect(usesDynamicReferences(bundle.$defs)).toBe(true);
    const ajv = createAjv([], { ownProperties: false, trackEvaluated: true, optimize: true, dynamicRefs: true });
    addBundle(ajv, bundle);
    const validate = ajv.getSchema("https://chatspec.test/strict");
    expect(validate?.({ children: [{ children: [] }] })).toBe(true);
    expect(validate?.({ children: [{ extra: 1 }] })).toBe(false);
  });
});
