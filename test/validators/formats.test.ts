/**
 * The generated package's formats (generator/runtime/formats.ts) are ajv-formats' full formats
 * ported to an ES module: same names, same answers. Each format gets values it accepts and values
 * it rejects, and both implementations must agree on every one.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fullFormats, type FormatDefinition } from "../../generator/runtime/formats.js";
import ucs2length from "../../generator/runtime/string-length.js";

const require = createRequire(import.meta.url);
const ajvFormats = require("ajv-formats/dist/formats.js") as { fullFormats: Record<string, unknown>; formatNames: string[] };
const ajvUcs2length = (require("ajv/dist/runtime/ucs2length.js") as { default: (value: string) => number }).default;

/** Runs a format the way AJV does: a RegExp tests, a function or `{validate}` is called, `true` accepts. */
function check(format: unknown, value: string | number): boolean {
  if (format === true) return true;
  if (format instanceof RegExp) return format.test(String(value));
  if (typeof format === "function") return Boolean((format as (value: unknown) => unknown)(value));
  const validate = (format as { validate: RegExp | ((value: unknown) => unknown) }).validate;
  return validate instanceof RegExp ? validate.test(String(value)) : Boolean(validate(value));
}

const SAMPLES: Readonly<Record<string, readonly (string | number)[]>> = {
  date: ["2024-02-29", "2023-02-29", "2024-13-01", "2024-1-01", "2024-04-31", "2000-02-29", "1900-02-29"],
  time: ["12:34:56Z", "12:34:56.789+01:00", "12:34:56", "23:59:60Z", "22:59:60+01:00", "24:00:00Z", "12:34:56+24:00"],
  "date-time": ["2024-05-01T12:00:00Z", "2024-05-01t12:00:00.5-07:30", "2024-05-01 12:00:00Z", "2024-05-01T12:00:00", "2024-05-01", "2024-05-01T25:00:00Z"],
  "iso-time": ["12:34:56", "12:34:56Z", "12:34", "23:59:60"],
  "iso-date-time": ["2024-05-01T12:00:00", "2024-05-01 12:00:00+02:00", "2024-05-01T12:00"],
  duration: ["P1Y2M3DT4H5M6S", "PT1H", "P2W", "P", "PT", "1Y"],
  uri: [
    "https://example.com/a?b=c#d",
    "urn:isbn:0451450523",
    "mailto:a@example.com",
    "example.com",
    "/relative/path",
    "http://[::1]:8080/",
    "https://exa mple.com",
  ],
  "uri-reference": ["https://example.com", "/relative/path", "#fragment", "a b", "../up"],
  "uri-template": ["https://example.com/{id}", "/users{?page,per_page}", "{unclosed", "/a/{b:3}"],
  url: ["https://example.com/path", "ftp://files.example.org", "http://10.0.0.1/", "mailto:a@example.com", "https://example"],
  email: ["someone@example.com", "first.last+tag@sub.example.org", "no-at-sign", "a@b", "a..b@example.com"],
  hostname: ["example.com", "a-b.example", "-bad.example", `${"a".repeat(64)}.com`, "localhost"],
  ipv4: ["192.168.0.1", "255.255.255.255", "256.0.0.1", "1.2.3", "01.2.3.4"],
  ipv6: ["::1", "2001:db8::8a2e:370:7334", "::ffff:192.168.0.1", "2001:db8:::1", "12345::"],
  regex: ["^[a-z]+$", "(unclosed", "\\Z", "a\\Z", "[0-9]{2,}"],
  uuid: [
    "123e4567-e89b-12d3-a456-426614174000",
    "urn:uuid:123e4567-e89b-12d3-a456-426614174000",
    "123e4567e89b12d3a456426614174000",
    "g23e4567-e89b-12d3-a456-426614174000",
  ],
  "json-pointer": ["", "/a/b", "/a~0b/c~1d", "a/b", "/a~2"],
  "json-pointer-uri-fragment": ["#", "#/a/b", "#/a%20b", "/a", "#/a b"],
  "relative-json-pointer": ["0", "1/a/b", "2#", "-1", "01"],
  byte: ["aGVsbG8=", "aGVsbG8", "", "aGVs\nbG8=", "****"],
  int32: [0, 2147483647, 2147483648, -2147483648, -2147483649, 1.5],
  int64: [0, 9007199254740991, 1.5, -42],
  float: [1.5, 0, -1e308],
  double: [1.5, 0, Number.MAX_VALUE],
  password: ["secret"],
  binary: ["\u0000\u0001"],
};

describe("the package's formats", () => {
  it("are exactly ajv-formats' full formats, by name", () => {
    expect(Object.keys(fullFormats)).toEqual(ajvFormats.formatNames);
    expect(Object.keys(SAMPLES).sort()).toEqual([...ajvFormats.formatNames].sort());
  });

  it.each(Object.entries(SAMPLES))("%s gives ajv-formats' answer for every sample", (name, samples) => {
    const ours = fullFormats[name] as FormatDefinition;
    const theirs = ajvFormats.fullFormats[name];
    const answers = samples.map((value) => [value, check(ours, value)]);
    expect(answers).toEqual(samples.map((value) => [value, check(theirs, value)]));
    // Each sample table has both answers where the format can say no, so agreement is not vacuous.
    if (!["password", "binary", "float", "double"].includes(name)) expect(new Set(answers.map(([, answer]) => answer))).toEqual(new Set([true, false]));
  });

  it("count string length in code points, as AJV's ucs2length does", () => {
    for (const value of ["", "abc", "😀", "a😀b", "\ud83d", "\ud83dx", "\ude00\ud83d", "é"])
      expect([value, ucs2length(value)]).toEqual([value, ajvUcs2length(value)]);
    expect(ucs2length("a😀b")).toBe(3);
  });
});
