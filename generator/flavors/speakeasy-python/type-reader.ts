/**
 * Speakeasy's Python type cells read back into JSON Schema terms (doc-flavors 1A): `*str*`,
 * `*OptionalNullable[float]*`, `List[[models.Tool](../models/tool.md)]`, `Dict[str, *float*]`,
 * `[Optional[models.Audio]](../models/audio.md)`. The outermost wrapper says whether null is
 * accepted (`Optional` no, `OptionalNullable`/`Nullable` yes); lists, dicts and dates are never
 * wrapped, so for them the cell does not say.
 */
import type { DocType } from "../../drift/doc-model.js";
import { splitTopLevel, wholeLink } from "../../drift/source.js";
import { closest } from "../../drift/similarity.js";

const WRAPPERS = new Set(["Optional", "OptionalNullable", "Nullable"]);
const VOCABULARY = [
  "str",
  "int",
  "float",
  "bool",
  "Any",
  "None",
  "List",
  "Dict",
  "Optional",
  "OptionalNullable",
  "Nullable",
  "Literal",
  "Union",
  "date",
  "datetime",
  "bytes",
];

/** The modules Speakeasy's classes live in: `models`, or `components`, `operations` and `errors` in the components layout. */
const MODULES = ["models.", "components.", "operations.", "errors."];

export interface PythonCell {
  readonly type: DocType;
  /** From the outermost wrapper; null when the cell has none (containers, dates, or a bare required type). */
  readonly wrapper: "Optional" | "OptionalNullable" | "Nullable" | null;
}

export function readPythonCell(cell: string): PythonCell {
  const text = cell.trim();
  const inner = unwrapMarkup(text);
  const top = splitGeneric(inner);
  if (top !== null && WRAPPERS.has(top.name) && top.args.length === 1) {
    return { type: readPython(top.args[0] as string), wrapper: top.name as PythonCell["wrapper"] };
  }
  return { type: readPython(inner), wrapper: null };
}

/** `*x*` → `x`; a whole-cell link `[x](url)` → `x`; anything else as is. */
function unwrapMarkup(text: string): string {
  const italic = /^\*([^*].*)\*$/s.exec(text);
  if (italic !== null) return unwrapMarkup(italic[1] as string);
  const link = wholeLink(text);
  return link === null ? text : unwrapMarkup(link);
}

/** `Name[a, b]` → name and top-level arguments; null when the text is not a subscripted name. */
function splitGeneric(text: string): { name: string; args: string[] } | null {
  const match = /^([A-Za-z_][A-Za-z0-9_.]*)\[(.*)\]$/s.exec(text);
  if (match === null) return null;
  return { name: match[1] as string, args: splitTopLevel(match[2] as string, ",") };
}

function readPython(raw: string): DocType {
  const text = unwrapMarkup(raw.trim());
  const generic = splitGeneric(text);
  if (generic !== null) {
    const [first, second] = generic.args;
    switch (generic.name) {
      case "List":
        return { kind: "array", items: first === undefined ? null : readPython(first) };
      case "Dict":
        return { kind: "map", values: second === undefined ? null : readPython(second) };
      case "Optional":
      case "OptionalNullable":
      case "Nullable":
        return first === undefined ? { kind: "any" } : readPython(first);
      case "Union":
        return { kind: "union", variants: generic.args.map(readPython) };
      case "Literal":
        return union(generic.args.map(literal));
      case "IO":
        // A file's bytes (`IO[bytes]`): a binary string in JSON Schema terms.
        return { kind: "string" };
      default:
        return unrecognized(generic.name);
    }
  }
  const module = MODULES.find((prefix) => text.startsWith(prefix));
  if (module !== undefined) return { kind: "model", name: text.slice(module.length) };
  switch (text) {
    case "str":
    case "date":
    case "datetime":
    // Bytes (`format: binary`) are a string in JSON Schema terms.
    case "bytes":
    case "io.BufferedReader":
      return { kind: "string" };
    case "int":
      // Python's int is arbitrary precision: no width to be narrower than the spec's.
      return { kind: "integer", bits: null };
    case "float":
      return { kind: "number", bits: null, integers: false };
    case "bool":
      return { kind: "boolean" };
    case "Any":
      return { kind: "any" };
    case "None":
      return { kind: "null" };
    default:
      return unrecognized(text);
  }
}

function literal(text: string): DocType {
  if (text === "None") return { kind: "null" };
  if (text === "True" || text === "False") return { kind: "literal", value: text === "True" };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "literal", value };
  } catch {
    // not a JSON literal
  }
  return unrecognized(text);
}

function union(variants: DocType[]): DocType {
  return variants.length === 1 ? (variants[0] as DocType) : { kind: "union", variants };
}

function unrecognized(text: string): DocType {
  return { kind: "unrecognized", text, suggestion: closest(text, VOCABULARY) };
}
