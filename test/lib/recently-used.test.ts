import { describe, expect, it } from "vitest";
import { RecentlyUsed } from "../../generator/lib/recently-used.js";

describe("RecentlyUsed", () => {
  it("drops the least recently used entries once the weights pass the budget", () => {
    const kept = new RecentlyUsed<string, number>(2);
    kept.set("a", 1);
    kept.set("b", 2);
    expect(kept.get("a")).toBe(1); // now `b` is the least recently used
    kept.set("c", 3);
    expect([kept.get("a"), kept.get("b"), kept.get("c")]).toEqual([1, undefined, 3]);
  });

  it("weighs each entry, and counts a replaced entry once", () => {
    const kept = new RecentlyUsed<string, string>(10, (text) => text.length);
    kept.set("aaaa", "x");
    kept.set("bbbb", "y");
    kept.set("aaaa", "z"); // replaced: still 8 of 10
    expect([kept.get("aaaa"), kept.get("bbbb")]).toEqual(["z", "y"]);
    kept.set("ccc", "w"); // 11: `aaaa`, used before `bbbb`, goes
    expect([kept.get("aaaa"), kept.get("bbbb"), kept.get("ccc")]).toEqual([undefined, "y", "w"]);
  });
});
