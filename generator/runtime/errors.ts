/**
 * Readable validation errors, shipped inside the generated package (transpiled from this file at
 * generation time). AJV errors in, one message per real problem out:
 * - the branch a discriminator selects reports its own errors (AJV already dispatches);
 * - for other unions (`anyOf`/`oneOf`), the branches whose type matched report theirs, and when no
 *   branch's type matched, one "must be X or Y" line replaces the per-branch type errors;
 * - bookkeeping errors (`if`, `propertyNames`, the union summaries) are dropped;
 * - unknown properties get a "did you mean" suggestion from the schema's own property names.
 * Messages are derived from the JSON Schema bundle the validators were compiled from, so they name
 * schemas by their titles and cross-field rules by their descriptions.
 */

/**
 * The subset of an AJV error object this module reads. The generated validators run AJV with
 * `verbose`, so errors carry the schema that failed (`parentSchema`) and the value (`data`): AJV's
 * `schemaPath` is relative to whichever compiled function reported it, so it cannot locate a
 * schema inside a `$ref` on its own.
 */
export interface ValidationErrorObject {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  readonly propertyName?: string;
  readonly parentSchema?: unknown;
  readonly data?: unknown;
}

/** One real problem with a request. */
export interface RequestProblem {
  /** JSON pointer of the offending value ("" is the whole body). */
  readonly path: string;
  /** The field in the style of OpenAI's `param`: `messages[2].tool_call_id`, or null for the body. */
  readonly param: string | null;
  readonly message: string;
  /** The JSON Schema keyword that failed. */
  readonly keyword: string;
}

type Schema = Record<string, unknown>;

export interface ErrorTools {
  /**
   * One problem per real error, in the order AJV found them. Pass the validated `input` to have
   * messages quote the offending value ("(got 3.5)").
   */
  describe(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): RequestProblem[];
  /** One line per real problem: `/temperature: must be at most 2 (got 3.5)`. */
  format(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): string[];
}

const NO_INPUT = Symbol("no input");

/** Keywords whose message quotes the offending value. */
const QUOTES_VALUE = new Set(["anyOf", "oneOf", "format", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "type", "enum", "const", "maxLength", "minLength", "pattern", "maxItems", "minItems", "maxProperties", "minProperties"]);

/** Summary errors that restate another error; a union's own summary is replaced in reduceUnions. */
const BOOKKEEPING = new Set(["if", "propertyNames", "allOf", "then", "else", "not"]);

/**
 * Error tools for validators compiled from `bundle` (a JSON Schema document with `$defs`), whose
 * root schema is `$defs[rootName]`: error paths that do not start with `#/$defs` are relative to it.
 */
export function createErrorTools(bundle: Schema, rootName: string): ErrorTools {
  const defs = isObject(bundle.$defs) ? bundle.$defs : {};
  // A provider profile's package titles its root "… (profile <id>)" (generator/profiles/): an
  // unknown property there is one the profile does not support, and the message says so.
  const rootTitle = isObject(defs[rootName]) ? (defs[rootName] as Schema).title : undefined;
  const profile = typeof rootTitle === "string" ? (/\(profile ([^)]+)\)$/.exec(rootTitle)?.[1] ?? null) : null;

  function resolve(schema: unknown): Schema {
    let current = isObject(schema) ? schema : {};
    for (let hops = 0; typeof current.$ref === "string" && hops < 32; hops++) {
      const name = decodeSegment(current.$ref.replace(/^#\/\$defs\//, ""));
      current = isObject(defs[name]) ? (defs[name] as Schema) : {};
    }
    return current;
  }

  /**
   * The schema that holds the failing keyword: AJV's `parentSchema` when present, else a walk of
   * the error's schemaPath from the root schema (right for errors the root function reports).
   */
  function schemaOf(error: ValidationErrorObject): Schema {
    return isObject(error.parentSchema) ? error.parentSchema : parentSchema(error.schemaPath).schema;
  }

  function parentSchema(schemaPath: string): { schema: Schema; segments: string[] } {
    const segments = schemaPath.replace(/^#\/?/, "").split("/").filter((segment) => segment !== "").map(decodeSegment);
    let node: unknown = segments[0] === "$defs" ? bundle : defs[rootName];
    for (const segment of segments.slice(0, -1)) node = isObject(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
    return { schema: isObject(node) ? node : {}, segments };
  }

  /**
   * The cross-field rule an error inside a rule's `then` belongs to (`allOf/N/then` or
   * `dependentSchemas/<field>/then`), as plain text. Such rules sit on the root schema, whose
   * function reports paths relative to it; the rule found must also name the failing field, or it
   * is not trusted.
   */
  function ruleText(error: ValidationErrorObject, field: string | null): string | null {
    const segments = error.schemaPath.replace(/^#\/?/, "").split("/").map(decodeSegment);
    const thenAt = segments.lastIndexOf("then");
    if (thenAt < 1 || field === null) return null;
    const rule = parentSchema(`#/${segments.slice(0, thenAt).map(encodeSegment).join("/")}/then`).schema;
    const consequence = isObject(rule.then) ? rule.then : {};
    const names = [...(Array.isArray(consequence.required) ? consequence.required : []), ...Object.keys(isObject(consequence.properties) ? consequence.properties : {})];
    return typeof rule.description === "string" && names.includes(field) ? plain(rule.description) : null;
  }

  /**
   * The message of one error, and the field it concerns. `atField` says whether the problem is the
   * field itself (a cross-field rule's missing property, a union's tag) rather than its object.
   */
  function message(error: ValidationErrorObject): { path: string; message: string; field: string | null; atField?: true } {
    const schema = schemaOf(error);
    const params = error.params;
    const path = error.instancePath;
    switch (error.keyword) {
      case "required": {
        const missing = String(params.missingProperty);
        const rule = ruleText(error, missing);
        if (rule !== null) return { path, message: rule, field: missing, atField: true };
        const title = typeof schema.title === "string" ? schema.title.toLowerCase() : null;
        return { path, message: title === null ? `missing required property "${missing}"` : `${article(title)} ${title} requires "${missing}"`, field: missing };
      }
      case "const": {
        const field = path.split("/").pop() ?? null;
        return { path, message: ruleText(error, field === null ? null : decodeSegment(field)) ?? `must be ${show(params.allowedValue)}`, field: null };
      }
      case "enum":
        return { path, message: `must be one of ${(params.allowedValues as unknown[]).map(show).join(", ")}`, field: null };
      case "type":
        return { path, message: `must be ${String(params.type).split(",").join(" or ")}`, field: null };
      case "maximum":
      case "minimum":
      case "exclusiveMaximum":
      case "exclusiveMinimum": {
        const words = { maximum: "at most", minimum: "at least", exclusiveMaximum: "less than", exclusiveMinimum: "greater than" }[error.keyword];
        return { path, message: `must be ${words} ${String(params.limit)}`, field: null };
      }
      case "maxLength":
      case "minLength": {
        const words = error.keyword === "maxLength" ? "at most" : "at least";
        const subject = error.propertyName === undefined ? "must be" : `key "${error.propertyName}" must be`;
        return { path, message: `${subject} ${words} ${String(params.limit)} characters long`, field: null };
      }
      case "pattern":
        return error.propertyName === undefined
          ? { path, message: `must match the pattern ${String(params.pattern)}`, field: null }
          : { path, message: `key "${error.propertyName}" must match the pattern ${String(params.pattern)}`, field: null };
      case "format":
        return { path, message: `must be a valid ${String(params.format)}`, field: null };
      case "maxItems":
      case "minItems":
        return { path, message: `must have ${error.keyword === "maxItems" ? "at most" : "at least"} ${plural(Number(params.limit), "item")}`, field: null };
      case "maxProperties":
      case "minProperties":
        return { path, message: `must have ${error.keyword === "maxProperties" ? "at most" : "at least"} ${plural(Number(params.limit), "entry", "entries")}`, field: null };
      case "unevaluatedProperties":
      case "additionalProperties": {
        const unknown = String(params.unevaluatedProperty ?? params.additionalProperty);
        const suggestion = closest(unknown, Object.keys(isObject(schema.properties) ? schema.properties : {}));
        const unsupported = profile === null ? "" : ` (not supported by profile ${profile})`;
        return { path, message: `unknown property "${unknown}"${unsupported}${suggestion === null ? "" : `; did you mean "${suggestion}"?`}`, field: unknown };
      }
      case "discriminator": {
        const tag = String(params.tag);
        const values = (Array.isArray(schema.oneOf) ? schema.oneOf : []).flatMap((branch) => {
          const property = resolve(branch).properties;
          const tagSchema = isObject(property) && isObject(property[tag]) ? property[tag] : {};
          return Array.isArray(tagSchema.enum) ? tagSchema.enum : "const" in tagSchema ? [tagSchema.const] : [];
        });
        const expected = `expected one of ${values.map(show).join(", ")}`;
        return params.error === "mapping"
          ? { path, message: `unknown ${tag} ${show(params.tagValue)}; ${expected}`, field: tag, atField: true }
          : { path, message: `"${tag}" must be a string; ${expected}`, field: tag, atField: true };
      }
      case "anyOf":
      case "oneOf": {
        const values = (params.values as unknown[]).map(show);
        const alternatives = [...(values.length > 0 ? [`one of ${values.join(", ")}`] : []), ...(params.types as string[]).map((type) => (type === "null" ? "null" : `${article(type)} ${type}`))];
        return { path, message: `must be ${listOr(alternatives)}`, field: null };
      }
      default:
        return { path, message: error.message ?? `fails "${error.keyword}"`, field: null };
    }
  }

  function describe(errors: readonly ValidationErrorObject[] | null | undefined, input: unknown = NO_INPUT): RequestProblem[] {
    return reduceUnions(errors ?? []).map((error) => {
      const { path, message: text, field, atField } = message(error);
      // `path` is where the problem is reported; `param` always names the field when there is one.
      const problemPath = atField && field !== null ? `${path}/${encodeSegment(field)}` : path;
      const paramPath = field !== null ? `${path}/${encodeSegment(field)}` : path;
      const value = error.propertyName !== undefined ? NO_INPUT : "data" in error ? error.data : input === NO_INPUT ? NO_INPUT : valueAt(input, path);
      const quoted = QUOTES_VALUE.has(error.keyword) && value !== NO_INPUT ? ` (got ${describeValue(error.keyword, value)})` : "";
      return { path: problemPath, param: toParam(paramPath), message: text + quoted, keyword: error.keyword };
    });
  }

  return {
    describe,
    format: (errors, input) => describe(errors, input).map((problem) => `${problem.path === "" ? "(root)" : problem.path}: ${problem.message}`),
  };
}

/**
 * Folds the branch errors of each `anyOf`/`oneOf` into the one that matters. With AJV's
 * `allErrors: false` validation stops at the first failure, so every error before a union's
 * summary that lies at or below the union's value belongs to that union; inner unions summarise
 * (and are folded) before outer ones.
 */
function reduceUnions(errors: readonly ValidationErrorObject[]): ValidationErrorObject[] {
  const kept: ValidationErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      kept.push(error);
      continue;
    }
    const within = (candidate: ValidationErrorObject) => candidate.instancePath === error.instancePath || candidate.instancePath.startsWith(`${error.instancePath}/`);
    const branchErrors = kept.filter(within);
    for (const branchError of branchErrors) kept.splice(kept.indexOf(branchError), 1);
    kept.push(pickBranch(error, branchErrors));
  }
  return kept.filter((error) => !BOOKKEEPING.has(error.keyword));
}

/**
 * A branch error that only says "this branch is for another kind of value" (a type, enum or const
 * mismatch on the union's own value) is noise when another branch got further. The deepest other
 * error is the real problem; when there is none, the mismatches merge into one "must be …" error.
 */
function pickBranch(union: ValidationErrorObject, branchErrors: readonly ValidationErrorObject[]): ValidationErrorObject {
  const isMismatch = (error: ValidationErrorObject) => ["type", "enum", "const"].includes(error.keyword) && error.instancePath === union.instancePath;
  const substantive = branchErrors.filter((error) => !isMismatch(error) && !BOOKKEEPING.has(error.keyword));
  if (substantive.length > 0) {
    const depth = (error: ValidationErrorObject) => error.instancePath.split("/").length;
    return substantive.reduce((best, error) => (depth(error) > depth(best) ? error : best));
  }
  const mismatches = branchErrors.filter(isMismatch);
  const values = mismatches.flatMap((error) => (error.keyword === "enum" ? (error.params.allowedValues as unknown[]) : error.keyword === "const" ? [error.params.allowedValue] : []));
  const types = [...new Set(mismatches.filter((error) => error.keyword === "type").flatMap((error) => String(error.params.type).split(",")))];
  // An enum branch already says which strings are accepted; "or string" would only confuse.
  const otherTypes = values.length > 0 ? types.filter((type) => !values.some((value) => typeof value === type)) : types;
  return { ...union, params: { values, types: otherTypes } };
}

/** The value at a JSON pointer, or NO_INPUT when the path does not exist. */
function valueAt(input: unknown, pointer: string): unknown {
  let node: unknown = input;
  for (const segment of pointer.split("/").slice(1).map(decodeSegment)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment];
    else return NO_INPUT;
  }
  return node;
}

/** Sizes for size keywords (a 10 kB string is quoted by its length), JSON types for type errors, else the value. */
function describeValue(keyword: string, value: unknown): string {
  if (keyword === "type") return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : show(value);
  if (keyword === "maxLength" || keyword === "minLength") return typeof value === "string" ? `${[...value].length} characters` : show(value);
  if (keyword === "maxItems" || keyword === "minItems") return Array.isArray(value) ? plural(value.length, "item") : show(value);
  if (keyword === "maxProperties" || keyword === "minProperties") return isObject(value) ? plural(Object.keys(value).length, "entry", "entries") : show(value);
  return show(value);
}

/** `/messages/2/tool_call_id` → `messages[2].tool_call_id`; null for the body itself. */
function toParam(pointer: string): string | null {
  if (pointer === "") return null;
  return pointer
    .split("/")
    .slice(1)
    .map(decodeSegment)
    .reduce((param, segment) => (/^\d+$/.test(segment) ? `${param}[${segment}]` : param === "" ? segment : `${param}.${segment}`), "");
}

/** The known name closest to `name` (case-insensitive edit distance of at most a third of its length). */
function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: edits plus adjacent transpositions (`nmae` → `name` is 1). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function plain(markdown: string): string {
  return markdown.replace(/`/g, "").replace(/\.$/, "");
}

/** `a`, `a or b`, `a, b or c`. */
function listOr(items: readonly string[]): string {
  return items.length <= 2 ? items.join(" or ") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decodeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

function encodeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
