/** generator/openapi.ts: walking a document by decoded pointer segments. */
import { describe, expect, it } from "vitest";
import { type JsonValue, valueAt } from "../generator/openapi.js";
import { fragmentSegments, pointerSegments } from "../generator/runtime/json-pointer.js";

const document: JsonValue = { paths: { "/chat/completions": { post: { tags: ["chat", "v1"] } } }, components: { schemas: { "50%": { type: "number" } } } };

describe("valueAt", () => {
  it("follows objects by key and arrays by index, from plain pointers and URI fragments", () => {
    expect(valueAt(document, pointerSegments("/paths/~1chat~1completions/post/tags/1"))).toBe("v1");
    expect(valueAt(document, fragmentSegments("#/components/schemas/50%25"))).toEqual({ type: "number" });
    expect(valueAt(document, [])).toBe(document);
  });

  it("is undefined where the path leaves the document, and never finds an inherited member", () => {
    expect(valueAt(document, ["paths", "missing"])).toBeUndefined();
    expect(valueAt(document, pointerSegments("/paths/~1chat~1completions/post/tags/2"))).toBeUndefined();
    expect(valueAt(document, pointerSegments("/paths/~1chat~1completions/post/tags/01"))).toBeUndefined();
    expect(valueAt(document, ["paths", "/chat/completions", "post", "tags", "0", "length"])).toBeUndefined();
    expect(valueAt(document, ["constructor"])).toBeUndefined();
    expect(valueAt(document, ["components", "__proto__"])).toBeUndefined();
  });
});
