/**
 * JSON pointers (RFC 6901), the one place chatspec escapes and unescapes them. Shipped inside the
 * generated package (the readable errors walk AJV's paths) and imported by the generator too, so
 * both read pointers by the same rules.
 *
 * Two spellings occur. A plain pointer (`/messages/0/content`, AJV's `instancePath`, the pointers
 * the generator builds) escapes only `~` and `/`. A URI fragment (`#/components/schemas/Foo`, a
 * `$ref`, AJV's `schemaPath`) is additionally percent-encoded, so its segments are percent-decoded
 * first. Decoding a plain pointer that way would corrupt a key such as `100%`, so the two are
 * separate functions.
 */

/** `a/b~c` → `a~1b~0c`. `~` first, so the `~` of a `~1` written for a `/` is not escaped again. */
export function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `a~1b~0c` → `a/b~c`. `~1` first, so `~01` stays the literal `~1` the RFC says it is. */
export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * `50% a/b` → `50%25%20a~1b`: a segment for a URI-fragment pointer (a `$ref`), escaped as a pointer
 * segment and then percent-encoded where a fragment needs it, so decodeFragmentSegment reads it back.
 */
export function encodeFragmentSegment(segment: string): string {
  return encodeURI(encodePointerSegment(segment)).replace(/#/g, "%23");
}

/** A segment of a URI-fragment pointer (`$ref`, AJV's `schemaPath`): percent-decoded, then unescaped. */
export function decodeFragmentSegment(segment: string): string {
  return decodePointerSegment(decodeURIComponent(segment));
}

/** The decoded segments of a plain pointer: `""` → `[]`, `/a~1b/0` → `["a/b", "0"]`. */
export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.split("/").slice(1).map(decodePointerSegment);
}

/** The decoded segments of a URI-fragment pointer: `#` → `[]`, `#/a%20b/c` → `["a b", "c"]`. */
export function fragmentSegments(fragment: string): string[] {
  const pointer = fragment.replace(/^#/, "");
  return pointer === "" ? [] : pointer.split("/").slice(1).map(decodeFragmentSegment);
}
