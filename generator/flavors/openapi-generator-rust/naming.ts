/**
 * Rust identifiers as openapi-generator's `rust` generator spells them: model class names
 * (`CreateChatCompletionRequest_model` → `CreateChatCompletionRequestModel`), struct field names
 * (`type` → `r#type`) and enum variant names (`auto` → `Auto`, `24h` → `Variant24h`).
 *
 * Ported from `AbstractRustCodegen.sanitizeIdentifier` and openapi-generator's `StringUtils.underscore`
 * / `camelize`, restricted to what schema and property names can contain.
 */

/** Rust's strict and reserved keywords (case-sensitive), as listed in `AbstractRustCodegen`. */
const RESERVED = new Set([
  "as",
  "break",
  "const",
  "continue",
  "crate",
  "else",
  "enum",
  "extern",
  "false",
  "fn",
  "for",
  "if",
  "impl",
  "in",
  "let",
  "loop",
  "match",
  "mod",
  "move",
  "mut",
  "pub",
  "ref",
  "return",
  "self",
  "Self",
  "static",
  "struct",
  "super",
  "trait",
  "true",
  "type",
  "unsafe",
  "use",
  "where",
  "while",
  "async",
  "await",
  "dyn",
  "abstract",
  "become",
  "box",
  "do",
  "final",
  "macro",
  "override",
  "priv",
  "typeof",
  "unsized",
  "virtual",
  "yield",
  "try",
]);

/** Keywords that cannot be raw identifiers (`r#self` is invalid), so they get a prefix instead. */
const NO_RAW_IDENTIFIER = new Set(["super", "self", "Self", "extern", "crate"]);

/**
 * `DefaultCodegen.specialCharReplacements` (single characters only: `escape()` maps one character
 * at a time). `_` is not here because Rust allows it; `-` never reaches this table (it becomes `_`),
 * and neither does `.` in the rust generator's output (`sanitizeName` makes it `_`).
 */
const SPECIAL_CHARACTERS: Readonly<Record<string, string>> = {
  $: "Dollar",
  "^": "Caret",
  "|": "Pipe",
  "=": "Equal",
  "*": "Star",
  "&": "Ampersand",
  "%": "Percent",
  "#": "Hash",
  "@": "At",
  "!": "Exclamation",
  "+": "Plus",
  ":": "Colon",
  ";": "Semicolon",
  ">": "Greater_Than",
  "<": "Less_Than",
  "?": "Question_Mark",
  ",": "Comma",
  "'": "Quote",
  '"': "Double_Quote",
  "/": "Slash",
  "\\": "Back_Slash",
  "(": "Left_Parenthesis",
  ")": "Right_Parenthesis",
  "{": "Left_Curly_Bracket",
  "}": "Right_Curly_Bracket",
  "[": "Left_Square_Bracket",
  "]": "Right_Square_Bracket",
  "~": "Tilde",
  "`": "Backtick",
};

type Casing = (name: string) => string;

/** `StringUtils.underscore`: `chatCompletion` → `chat_completion`, `JSONSchema` → `json_schema`. */
export function underscore(word: string): string {
  return word
    .replace(/\./g, "/")
    .replace(/\$/g, "__")
    .replace(/([A-Z]+)([A-Z][a-z][a-z]+)/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .replace(/ /g, "_")
    .toLowerCase();
}

/** `StringUtils.camelize` (upper-case first): `create_chat/completion` → `CreateChatCompletion`. */
export function camelize(word: string): string {
  // `/` came from a `.` in `underscore`: each segment starts a new capitalised word.
  let result = word
    .split("/")
    .filter((part) => part.length > 0)
    .map(capitalize)
    .join("");
  result = capitalize(result);
  // One underscore at a time, left to right, as the Java loop does: `_x` → `X`; before a character
  // with no upper case (a digit, another `_`) the underscore is just dropped.
  for (let match = /_(.)/.exec(result); match !== null; match = /_(.)/.exec(result)) {
    const next = match[1] as string;
    const upper = next.toUpperCase();
    result = upper === next ? result.replace("_", "") : `${result.slice(0, match.index)}${upper}${result.slice(match.index + 2)}`;
  }
  return result.replace(/_/g, "");
}

function capitalize(word: string): string {
  return word.length === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

const pascal: Casing = (name) => camelize(underscore(name));
const snake: Casing = (name) => underscore(name);

/** `AbstractRustCodegen.sanitizeIdentifier`. */
function sanitizeIdentifier(name: string, casing: Casing, escapePrefix: string, allowRawIdentifiers: boolean): string {
  let sanitized = name.replace(/-/g, "_");
  if (sanitized !== "") {
    const endedWithUnderscore = sanitized.endsWith("_");
    sanitized = [...sanitized].map((character) => (character in SPECIAL_CHARACTERS ? `${SPECIAL_CHARACTERS[character]}_` : character)).join("");
    if (!endedWithUnderscore && sanitized.endsWith("_")) sanitized = sanitized.slice(0, -1);
  }
  // `DefaultCodegen.sanitizeName`: dots and spaces become `_` (`api_key.created` → `api_key_created`,
  // as the real pages show: the Rust table has no entry for `.`), every other non-word character goes.
  sanitized = casing(sanitized.replace(/[. ]/g, "_").replace(/\W/g, ""));
  if (/^\d/.test(sanitized)) sanitized = casing(`${escapePrefix}_${sanitized}`);
  if (RESERVED.has(sanitized)) {
    sanitized = NO_RAW_IDENTIFIER.has(sanitized) || !allowRawIdentifiers ? casing(`${escapePrefix}_${sanitized}`) : `r#${sanitized}`;
  }
  return sanitized;
}

/** `toModelName`: the class name shown in headings and in `models::…` types. */
export function toModelName(schemaName: string): string {
  return sanitizeIdentifier(schemaName, pascal, "model", false);
}

/** `toVarName`: the struct field name shown in the Name column. */
export function toVarName(propertyName: string): string {
  return sanitizeIdentifier(propertyName, snake, "param", true);
}

/** `toEnumVarName`: the variant name, used on enum pages and for enum defaults (`[default to Auto]`). */
export function toEnumVarName(value: string): string {
  // openapi-generator issue #13453: an empty value becomes `Empty`.
  return value === "" ? "Empty" : sanitizeIdentifier(value, pascal, "variant", true);
}

/**
 * The variant name of one value of an enum, as `removeEnumValuePrefix` (on by default) leaves it:
 * the values' common prefix, cut back to a word boundary, is dropped first
 * (`TIME_OF_AD_ACTION`, `TIME_OF_CONVERSION` → `AdAction`, `Conversion`). Only string enums of
 * more than one value have a prefix; a value that would become empty keeps its whole text.
 */
export function enumVariantName(value: string | number | boolean, values: readonly (string | number | boolean)[]): string {
  const text = String(value);
  const prefix = commonEnumPrefix(values);
  const stripped = text.slice(prefix.length);
  return toEnumVarName(stripped === "" ? text : stripped);
}

function commonEnumPrefix(values: readonly (string | number | boolean)[]): string {
  if (values.length < 2 || !values.every((value) => typeof value === "string")) return "";
  let prefix = values[0] as string;
  for (const value of values as readonly string[]) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // `["status-on", "status-off"]` share `status-o`; the prefix ends before the last word's letters.
  return prefix.replace(/[a-zA-Z0-9]+$/, "");
}
