/**
 * The one edit distance, shared by the package's "did you mean" and the drift audit, and the two
 * thresholds its callers keep for themselves.
 */
import { describe, expect, it } from "vitest";
import { editDistance, nearestByEditDistance } from "../../generator/runtime/edit-distance.js";
import { suggestPropertyName } from "../../generator/runtime/suggestions.js";
import { closest } from "../../generator/drift/similarity.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps as one edit each", () => {
    expect(editDistance("name", "name")).toBe(0);
    expect(editDistance("nmae", "name")).toBe(1);
    expect(editDistance("max_token", "max_tokens")).toBe(1);
    expect(editDistance("arrray", "array")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("nearestByEditDistance", () => {
  it("returns every distinct candidate at the smallest case-insensitive distance, in order", () => {
    expect(nearestByEditDistance("Messages", ["model", "messages"])).toEqual({ names: ["messages"], distance: 0 });
    expect(nearestByEditDistance("cat", ["bat", "hat", "bat", "cart"])).toEqual({ names: ["bat", "hat", "cart"], distance: 1 });
    expect(nearestByEditDistance("x", [])).toEqual({ names: [], distance: Number.POSITIVE_INFINITY });
  });
});

describe("the callers' thresholds", () => {
  it("the package suggests within a third of the name's length, the first name on a tie", () => {
    expect(suggestPropertyName("max_token", ["max_tokens", "model"])).toBe("max_tokens");
    expect(suggestPropertyName("cat", ["bat", "hat"])).toBe("bat");
    expect(suggestPropertyName("abcdefghi", ["abcxyzghi"])).toBe("abcxyzghi");
    expect(suggestPropertyName("zzz", ["model", "messages"])).toBeNull();
  });

  it("drift matches only unambiguous near misses within its tolerance", () => {
    expect(closest("max_token", ["max_tokens", "model"])).toBe("max_tokens");
    expect(closest("cat", ["bat", "hat"])).toBeNull();
    expect(closest("abcdefghi", ["abcxyzghi"])).toBeNull();
    expect(closest("Arrray", ["array", "object"])).toBe("array");
  });
});
