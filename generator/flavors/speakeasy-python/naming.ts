/**
 * Speakeasy's Python naming: class names (PascalCase, with page file names derived from them),
 * field names (snake_case, reserved words suffixed with `_`), enum member names (UPPER_SNAKE, with
 * leading numbers spelled out) and the `One`, `Two`, … names of anonymous union members.
 */

/**
 * Field names Speakeasy renames with a trailing `_`: Python keywords, plus names that clash with
 * the generated pydantic model's own attributes. `format_` (r9s `audio.md`), `validate_` (que
 * `cawgverifydto.md`) and `schema_` (other Speakeasy SDKs) are seen in real output; `type`, `id` and `object` are seen left alone.
 * `date` is the name of the `datetime.date` type the models import: `date_` in 2.225 and 2.788 alike
 * (easyreview `review.md`, emailr `usagemetric.md`).
 */
const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "date",
  "filter",
  "format",
  "schema",
  "validate",
  // The model modules import `date` from `datetime` (egain `ScheduleTime.date` → `date_`).
  "date",
]);

/** Words split at separators and at lower→upper case changes: `tool_choice` → [tool, choice]. */
function words(text: string): string[] {
  return (
    text
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      // A run of capitals ends before the capital that starts the next word (egain `isAgentsSSOEnabled` → `is_agents_sso_enabled`, `shortURLName` → `short_url_name`).
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .split(/[^A-Za-z0-9]+/)
      .filter((word) => word !== "")
  );
}

/**
 * Words Speakeasy writes in capitals inside class names, however the spec spells them
 * (`AnthropicDocumentSourceUrl` → `AnthropicDocumentSourceURL`, `cancelDeploymentById` →
 * `CancelDeploymentByID`, `HTTPMetadata`, `JSONSchema`, `DomainDNSRecords`). Only initialisms
 * seen in real pages are listed: `Llm`, `Dto` and `Openai` stay as they are.
 */
const INITIALISMS: ReadonlySet<string> = new Set(["api", "dns", "http", "id", "json", "sql", "url"]);

/** `tool_choice` → `ToolChoice`; an existing PascalCase name (`CreateChatCompletionRequest`) is kept. */
export function pascalName(text: string): string {
  const name = words(text)
    .map((word) => (INITIALISMS.has(word.toLowerCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
  if (name === "") return "Unnamed";
  // A name that is one word in capitals is capitalised as a word (mammoth's property `AND` is the
  // class `And`); capitals inside a longer name stay (`AITopicBreadcrumb`, `FetchDatasetFromDOI`).
  if (/^[A-Z]{2,}$/.test(text) && !INITIALISMS.has(text.toLowerCase())) return text.charAt(0) + text.slice(1).toLowerCase();
  return /^[0-9]/.test(name) ? `Model${name}` : name;
}

/**
 * The page of a class: the lower-cased class name (which has no separators) + `.md`. Its module
 * name, and so its page, takes the reserved-word `_` a field would (`Format` → `format_.md`, r9s).
 */
export function pageFileName(typeName: string): string {
  const module = typeName.toLowerCase();
  return `${RESERVED_FIELD_NAMES.has(module) ? `${module}_` : module}.md`;
}

/** Python attribute name of a wire field: snake_case, reserved words suffixed (`format` → `format_`). */
export function fieldName(wireName: string): string {
  // A `$` is spelled out (honeyhive `$gte` → `dollar_gte`).
  // A run of capitals ends before a capitalised word (`CreateCheckoutURLRequestSchema` →
  // `create_checkout_url_request_schema`, mammoth; a plural `URLs` stays one word).
  const snake = words(wireName.replace(/\$/g, " dollar ").replace(/([A-Z])([A-Z](?!s(?![a-z]))[a-z])/g, "$1 $2"))
    .map((word) => word.toLowerCase())
    .join("_");
  const name = snake === "" ? "field" : /^[0-9]/.test(snake) ? `field_${snake}` : snake;
  return RESERVED_FIELD_NAMES.has(name) ? `${name}_` : name;
}

/**
 * Enum member name, as Speakeasy writes it: UPPER_SNAKE, and a leading number spelled out and
 * glued to the rest (`256x256` → `TWO_HUNDRED_AND_FIFTY_SIXX256`, seen in Speakeasy's OpenAI SDKs;
 * so `24h` → `TWENTY_FOURH`).
 */
export function enumMemberName(value: string | number | boolean): string {
  const text = String(value);
  const leading = /^(-?)([0-9]+)(.*)$/s.exec(text);
  if (leading === null) return upperSnake(text) || "EMPTY";
  const [, sign = "", digits = "", rest = ""] = leading;
  const number = `${sign === "-" ? "MINUS_" : ""}${upperSnake(numberWords(digits))}`;
  const tail = upperSnake(rest);
  if (tail === "") return number;
  return /^[A-Za-z0-9]/.test(rest) ? `${number}${tail}` : `${number}_${tail}`;
}

/**
 * The member names of an enum's values. Values that spell the same name apart from case are told
 * apart by it: `_LOWER` for an all lower-case value, `_UPPER` for an all upper-case one, else
 * `_MIXED` (bolt `month`, `Month` → `MONTH_LOWER`, `MONTH_MIXED`).
 */
export function enumMemberNames(values: readonly (string | number | boolean)[]): string[] {
  const names = values.map(enumMemberName);
  return names.map((name, index) => {
    if (names.indexOf(name) === names.lastIndexOf(name)) return name;
    const text = String(values[index]);
    const suffix = text === text.toLowerCase() ? "LOWER" : text === text.toUpperCase() ? "UPPER" : "MIXED";
    return `${name}_${suffix}`;
  });
}

/** Name of the n-th (1-based) anonymous union member: `One`, `Two`, … `TwentyOne`. */
export function memberName(position: number): string {
  return pascalName(numberWords(String(position)));
}

/** UPPER_SNAKE; a value ending in punctuation keeps an underscore for it (egain `English (United States)` → `ENGLISH_UNITED_STATES_`). */
function upperSnake(text: string): string {
  const snake = words(text)
    .map((word) => word.toUpperCase())
    .join("_");
  return snake !== "" && /[^A-Za-z0-9\s]$/.test(text) ? `${snake}_` : snake;
}

const SMALL = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", "thousand", "million", "billion"];

/**
 * English words for a non-negative integer written in digits, British style with "and"
 * (`1024` → "one thousand and twenty-four"), the style of Speakeasy's enum names. Numbers of 13
 * digits or more stay digits.
 */
export function numberWords(digits: string): string {
  const trimmed = digits.replace(/^0+(?=.)/, "");
  if (trimmed.length > 12) return trimmed;
  let rest = Number(trimmed);
  if (rest === 0) return SMALL[0] as string;
  const groups: number[] = [];
  for (let index = 0; index < SCALES.length; index++) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  let text = groupWords(groups[0] ?? 0);
  // "and" joins the lowest group to the higher ones only when it is below one hundred.
  let and = (groups[0] ?? 0) > 0 && (groups[0] ?? 0) < 100;
  for (let index = 1; index < SCALES.length; index++) {
    const group = groups[index] ?? 0;
    if (group === 0) continue;
    const prefix = `${groupWords(group)} ${SCALES[index]}`;
    text = text === "" ? prefix : `${prefix}${and ? " and " : ", "}${text}`;
    and = false;
  }
  return text;
}

function groupWords(group: number): string {
  const hundreds = Math.floor(group / 100);
  const below = group % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${SMALL[hundreds]} hundred${below > 0 ? " and" : ""}`);
  if (below >= 20) parts.push(`${TENS[Math.floor(below / 10)]}${below % 10 > 0 ? `-${SMALL[below % 10]}` : ""}`);
  else if (below > 0) parts.push(SMALL[below] as string);
  return parts.join(" ");
}
