/**
 * The one reading of a discriminated branch's tag values, as AJV dispatches on them: `const`, else
 * a non-empty `enum`, every value a string.
 */
import { describe, expect, it } from "vitest";
import { discriminatorTagValues } from "../../generator/runtime/discriminator-tags.js";

const branch = (tag: unknown) => ({ type: "object", properties: { role: tag }, required: ["role"] });

describe("discriminatorTagValues", () => {
  it("reads a const, or an enum of strings", () => {
    expect(discriminatorTagValues(branch({ const: "tool" }), "role")).toEqual(["tool"]);
    expect(discriminatorTagValues(branch({ type: "string", enum: ["user", "human"] }), "role")).toEqual(["user", "human"]);
    expect(discriminatorTagValues(branch({ const: "tool", enum: ["other"] }), "role")).toEqual(["tool"]);
  });

  it("is null when the branch declares nothing AJV can dispatch on", () => {
    expect(discriminatorTagValues(branch({ type: "string" }), "role")).toBeNull();
    expect(discriminatorTagValues(branch({ enum: [] }), "role")).toBeNull();
    expect(discriminatorTagValues(branch({ enum: ["a", 1] }), "role")).toBeNull();
    expect(discriminatorTagValues(branch({ const: 5 }), "role")).toBeNull();
    expect(discriminatorTagValues(branch({ const: "tool" }), "type")).toBeNull();
    expect(discriminatorTagValues({ properties: {} }, "constructor")).toBeNull();
    expect(discriminatorTagValues({ $ref: "#/$defs/Tool" }, "role")).toBeNull();
    expect(discriminatorTagValues(null, "role")).toBeNull();
  });
});
