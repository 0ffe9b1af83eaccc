/**
 * The single Ajv2020 factory. Every option that shapes the generated validator code lives here, so
 * this is the one file to read when the output changes.
 */
import { _, Ajv2020 } from "ajv/dist/2020.js";
import { isJsonObject, type JsonValue } from "../../openapi.js";
import { fullFormats } from "../../runtime/formats.js";
import { anyOfCode } from "./any-of.js";
import { FORMATS_MODULE } from "./esm-runtime.js";
import { limitLengthCode } from "./limit-length.js";
import { OPENAPI_KEYWORDS } from "./json-schema.js";

/**
 * Creates the AJV instance used for standalone code generation.
 *
 * - `strict: true` stays on; OpenAPI's own keywords and the spec's `x-*` extensions are declared
 *   as annotation keywords instead, so a misspelt keyword is still an error.
 * - `allowUnionTypes` lets 3.1's `type: [X, "null"]` through strictTypes; it does not relax checks.
 * - `discriminator: true` turns role/type dispatch into a switch, not a oneOf trial of every branch.
 * - `allErrors: false`: validation stops at the first error, which bounds the work (and the error
 *   list) an attacker can cause with a huge invalid body. The all-errors modules (`allErrors: true`)
 *   run only on a body the fast validators already refused, to report every problem of it.
 * - Formats are ajv-formats' full set, from the package's own ES module (generator/runtime/formats.ts),
 *   so the generated code imports no CommonJS for them.
 * - `ownProperties` when the schemas name a property after an `Object.prototype` member: then
 *   `required` and `properties` must look at own properties only, or `constructor` would be
 *   "present" in every object. It costs about a third of the throughput on valid requests, so
 *   schemas without such names (the canonical spec) do without it.
 * - `trackEvaluated: false` for schemas without `unevaluatedProperties`/`unevaluatedItems`. Ajv2020
 *   always turns its `unevaluated` option on, and then every applicator records which properties it
 *   evaluated (a fresh object per object validated, on the happy path too); only those two keywords
 *   read that record. Switching it off where nothing reads it makes valid requests about a third
 *   cheaper (less garbage) and gives the same verdicts.
 * - `optimize` only for the default validators: AJV's optimizer pass (dropping unused names, inlining
 *   constants) recounts the names of every enclosing block for each node, about 40% of the compile
 *   time (0.35 s of 0.85 s per variant on the full OpenAI spec). Without it a module validates at the
 *   same speed (V8 does those inlinings itself; within 1% on the bench's four bodies) but is about 9%
 *   larger, which a server pays at every start when it imports `validators.js` (cold start measured
 *   1.15× an empty process with the pass, 1.21× without). The strict module is opt-in, and the
 *   all-errors modules load only for invalid bodies, so they are compiled without the pass.
 * - `dynamicRefs: false` for schemas without `$dynamicRef`/`$dynamicAnchor` (or their 2019-09
 *   forms): Ajv2020 always turns `dynamicRef` on, and then every validation allocates a
 *   `dynamicAnchors` object at the root and passes it into every call; nothing reads it unless those
 *   keywords are used. Without it valid requests validate 6 to 17% faster (measured on the bench's
 *   bodies, same verdicts).
 * - `unicodeRegExp: false` only when every pattern of the bundle means the same without the `u` flag
 *   (regexp-flags.ts): V8 matches non-unicode RegExps faster.
 * - `annotationFormats`: formats the bundle uses that the validators do not check (`ulid`, a vendor's
 *   own). In 2020-12 an unknown format is an annotation; strict AJV refuses one it was not told
 *   about, so each is declared as ignored (`addFormat(name, true)`, no code), and the lint rule
 *   chatspec/format-known warns at the spec's line. A typo such as `date_time` therefore checks
 *   nothing, which the warning says.
 * - `anyOf` is AJV's own keyword with one shortcut (any-of.ts): a value whose primitive type a
 *   type-only branch allows (`{ "type": "null" }`) matches without the other branches being tried,
 *   which would each record an error only to drop it. Same verdicts, same errors; an assistant
 *   message with `content: null` no longer builds two error objects.
 * - `maxLength`/`minLength` compare the string's `length` before counting its code points
 *   (limit-length.ts), as a string has at most as many code points as UTF-16 units: most strings
 *   are then never counted. Same verdicts, same errors.
 * - `validateSchema: false`: the bundle is checked against the 2020-12 meta-schema by `addBundle`
 *   with one instance per process instead. Each new instance compiles the meta-schema again on its
 *   first `addSchema` (22 to 64 ms measured), and a run has twenty instances (two variants, each
 *   also with `allErrors`, five packages); the check and its message ("schema is invalid: …") are
 *   AJV's own either way. (The all-errors instances take a bundle already checked, compile.ts.)
 */
export function createAjv(
  extensionKeywords: readonly string[],
  options: {
    ownProperties: boolean;
    trackEvaluated: boolean;
    optimize: boolean;
    allErrors?: boolean;
    unicodeRegExp?: boolean;
    dynamicRefs?: boolean;
    annotationFormats?: readonly string[];
  },
): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    discriminator: true,
    allErrors: options.allErrors ?? false,
    verbose: true,
    validateSchema: false,
    unicodeRegExp: options.unicodeRegExp ?? true,
    ownProperties: options.ownProperties,
    code: { source: true, esm: true, lines: true, optimize: options.optimize },
  });
  // Ajv2020's constructor forces `unevaluated: true`; code generation reads the option per compile.
  ajv.opts.unevaluated = options.trackEvaluated;
  // Likewise `dynamicRef: true`, which makes every function take, default and pass on a
  // `dynamicAnchors` object: a fresh allocation per validation, read only by $dynamicRef.
  ajv.opts.dynamicRef = options.dynamicRefs ?? true;
  // Each rule keeps its place among the keywords (the order in which they report); only its code changes.
  for (const [keyword, code] of [
    ["anyOf", anyOfCode],
    ["maxLength", limitLengthCode],
    ["minLength", limitLengthCode],
  ] as const) {
    const rule = ajv.RULES.all[keyword];
    if (typeof rule !== "object" || !("code" in rule.definition)) throw new Error(`AJV has no ${keyword} keyword to extend`);
    rule.definition.code = code;
  }
  // The package's own ES module, which holds the very definitions compiled with here (esm-runtime.ts
  // turns the `require` into an import).
  ajv.opts.code.formats = _`require(${FORMATS_MODULE}).fullFormats`;
  for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format);
  for (const name of options.annotationFormats ?? []) ajv.addFormat(name, true);
  const annotations = Object.entries(OPENAPI_KEYWORDS)
    .filter(([, handling]) => handling === "annotation")
    .map(([keyword]) => keyword);
  ajv.addVocabulary([...annotations, ...extensionKeywords]);
  return ajv;
}

/**
 * Adds a bundle to `ajv` (an instance from `createAjv`) after checking it against the JSON Schema
 * 2020-12 meta-schema, which AJV's `addSchema` would otherwise do with a fresh copy of the
 * meta-schema per instance. Throws AJV's "schema is invalid: …" error.
 */
export function addBundle(ajv: Ajv2020, bundle: object): void {
  metaSchemaValidator().validateSchema(bundle, true);
  ajv.addSchema(bundle);
}

/** Keywords whose values are data, not schemas: a `format` key inside them is not a format. */
const DATA_KEYWORDS: ReadonlySet<string> = new Set(["const", "enum", "default", "examples", "example"]);

/** The `format` values a bundle uses that the validators do not check, sorted: declared to AJV as annotations. */
export function annotationFormatsOf(value: JsonValue): string[] {
  const found = new Set<string>();
  const visit = (node: JsonValue): void => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (isJsonObject(node)) {
      if (typeof node.format === "string" && !Object.hasOwn(fullFormats, node.format)) found.add(node.format);
      for (const [key, child] of Object.entries(node)) if (!DATA_KEYWORDS.has(key)) visit(child);
    }
  };
  visit(value);
  return [...found].sort();
}

let sharedMetaValidator: Ajv2020 | null = null;

/**
 * One instance whose only job is meta-schema checks, with the same formats (`regex` among them) as
 * the compiling ones. Its code is never written out, so it skips the optimizer pass, which changes
 * no verdict and no error (see createAjv) and is about half of compiling the meta-schema (50 to 100 ms
 * of every run that compiles validators).
 */
function metaSchemaValidator(): Ajv2020 {
  sharedMetaValidator ??= createAjv([], { ownProperties: false, trackEvaluated: false, optimize: false });
  return sharedMetaValidator;
}
