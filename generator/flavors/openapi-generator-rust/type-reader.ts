/**
 * openapi-generator `rust` type cells read back (doc-flavors 1B): `Option<**f64**>`,
 * `[**models::Foo**](Foo.md)`, `Option<[**Vec<models::Foo>**](Foo.md)>`,
 * `Option<**std::collections::HashMap<String, i32>**>`, `Option<**chrono::DateTime<chrono::FixedOffset>**>`.
 * Link targets are not read: the tool's can name pages that do not exist (`[**String**](string.md)`,
 * `[**serde_json::Value**](.md)`). `Option<…>` wraps every field that is
 * optional or nullable, so it says nothing about null on an optional field; on a required one it
 * means nullable. Integer widths are kept: `i32` cannot hold an int64 (but the tool picks the
 * width from `format` alone, so an `i32` for an unformatted integer with wide bounds is its mapping).
 */
import type { DocType } from "../../drift/doc-model.js";
import { closest } from "../../drift/similarity.js";
import { splitTopLevel, wholeLink } from "../../drift/source.js";

const VOCABULARY = [
  "i8",
  "i16",
  "i32",
  "i64",
  "u32",
  "u64",
  "f32",
  "f64",
  "bool",
  "String",
  "Vec",
  "Option",
  "serde_json::Value",
  "std::collections::HashMap",
  "chrono::DateTime",
  "chrono::NaiveDate",
];

export interface RustCell {
  readonly type: DocType;
  readonly option: boolean;
}

export function readRustCell(cell: string): RustCell {
  const text = cell.trim();
  const option = /^Option<(.*)>$/s.exec(text);
  return option === null ? { type: readRust(text), option: false } : { type: readRust(option[1] as string), option: true };
}

function readRust(raw: string): DocType {
  let text = raw.trim();
  const link = wholeLink(text);
  if (link !== null) text = link.trim();
  const bold = /^\*\*(.*)\*\*$/s.exec(text);
  if (bold !== null) text = (bold[1] as string).trim();
  const generic = /^([A-Za-z_][A-Za-z0-9_:]*)<(.*)>$/s.exec(text);
  if (generic !== null) {
    const name = generic[1] as string;
    const args = splitTopLevel(generic[2] as string, ",");
    if (name === "Vec") return { kind: "array", items: args[0] === undefined ? null : readRust(args[0]) };
    if (name.endsWith("HashMap") || name.endsWith("BTreeMap")) return { kind: "map", values: args[1] === undefined ? null : readRust(args[1]) };
    if (name === "Option" || name === "Box") return args[0] === undefined ? { kind: "any" } : readRust(args[0]);
    // `useChrono` (7.24): `date-time` is `chrono::DateTime<chrono::FixedOffset>`, a string on the wire.
    if (name === "chrono::DateTime") return { kind: "string" };
    return unrecognized(name);
  }
  if (text.startsWith("models::")) return { kind: "model", name: text.slice("models::".length) };
  const integer = /^([iu])(8|16|32|64|128)$/.exec(text);
  // `bestFitInt` is off by default: the tool picks `i64` for `format: int64` and `i32` for any other
  // integer, bounds or not, so the width says what the format is, not what the bounds need.
  if (integer !== null) return { kind: "integer", bits: Number(integer[2]) > 32 ? 64 : 32, widthByFormat: true };
  switch (text) {
    case "f32":
      return { kind: "number", bits: 32, integers: false };
    case "f64":
      return { kind: "number", bits: 64, integers: false };
    case "bool":
      return { kind: "boolean" };
    case "String":
    case "chrono::NaiveDate":
    case "uuid::Uuid":
    case "std::path::PathBuf":
      return { kind: "string" };
    case "serde_json::Value":
      return { kind: "any" };
    default:
      return unrecognized(text);
  }
}

function unrecognized(text: string): DocType {
  return { kind: "unrecognized", text, suggestion: closest(text, VOCABULARY) };
}
