/**
 * The one JSON pointer module (RFC 6901), shared by the package runtime and the generator: plain
 * pointers are only unescaped, URI fragments are percent-decoded first.
 */
import { describe, expect, it } from "vitest";
import {
  decodeFragmentSegment,
  decodePointerSegment,
  encodeFragmentSegment,
  encodePointerSegment,
  fragmentSegments,
  pointerSegments,
} from "../../generator/runtime/json-pointer.js";

describe("JSON pointer segments", () => {
  it("escapes ~ before /, and unescapes ~1 before ~0", () => {
    expect(encodePointerSegment("a/b~c")).toBe("a~1b~0c");
    expect(encodePointerSegment("~1")).toBe("~01");
    expect(encodePointerSegment("//")).toBe("~1~1");
    expect(decodePointerSegment("a~1b~0c")).toBe("a/b~c");
    expect(decodePointerSegment("~01")).toBe("~1");
  });

  it("round-trips any key", () => {
    for (const key of ["", "plain", "a/b", "~", "~0", "~1", "/~/", "50%", "a%20b", "#"]) expect(decodePointerSegment(encodePointerSegment(key))).toBe(key);
  });

  it("writes a URI-fragment segment that reads back as the same key, and leaves a plain name as it is", () => {
    expect(encodeFragmentSegment("CreateChatCompletionRequest")).toBe("CreateChatCompletionRequest");
    expect(encodeFragmentSegment("50% a/b~c#d")).toBe("50%25%20a~1b~0c%23d");
    for (const key of ["", "plain", "a/b", "~1", "50%", "a%20b", "#", "é", "a b", "[x]"]) expect(decodeFragmentSegment(encodeFragmentSegment(key))).toBe(key);
    expect(fragmentSegments(`#/$defs/${encodeFragmentSegment("50%")}`)).toEqual(["$defs", "50%"]);
  });

  it("percent-decodes only URI fragments", () => {
    expect(decodeFragmentSegment("a%20b~1c")).toBe("a b/c");
    expect(decodePointerSegment("a%20b")).toBe("a%20b");
    expect(decodePointerSegment("50%")).toBe("50%");
  });
});

describe("whole pointers", () => {
  it("splits a plain pointer into decoded segments", () => {
    expect(pointerSegments("")).toEqual([]);
    expect(pointerSegments("/messages/0/content")).toEqual(["messages", "0", "content"]);
    expect(pointerSegments("/paths/~1chat~1completions/50%")).toEqual(["paths", "/chat/completions", "50%"]);
    expect(pointerSegments("/")).toEqual([""]);
  });

  it("splits a URI fragment into decoded segments", () => {
    expect(fragmentSegments("#")).toEqual([]);
    expect(fragmentSegments("#/components/schemas/Foo")).toEqual(["components", "schemas", "Foo"]);
    expect(fragmentSegments("#/paths/~1chat~1completions/post/a%20b")).toEqual(["paths", "/chat/completions", "post", "a b"]);
  });
});
