/**
 * One validator variant of a document compiled by AJV: its JSON Schema bundle, the AJV instance
 * holding the compiled functions, and the export name of each root's function.
 *
 * The request-example check (generator/lint/request-examples.ts) runs the spec's examples through
 * the very functions the validators emitter then writes out as `validators.js`, so a run compiles
 * each variant once: the check compiles the default variant, the loader returns it beside the
 * document (io/load-spec.ts), and generate hands it to the emitter (`EmitContext.preparedValidators`;
 * only its source when the check passed from the validator cache, see PreparedValidators).
 * Nothing here keeps a compilation between calls (it travels only in those explicit results),
 * unless a long-lived process asked for that (compile-memo.ts).
 * Compiling every root up front, in export order, is what `standaloneCode` would do itself, so the
 * generated module is the same bytes whether or not a check compiled it first.
 *
 * This module loads AJV: its callers import it only when something is to be compiled, which a run
 * whose modules and checks are all in the validator cache never needs (variant-source.ts is the
 * part that compiles nothing).
 */
import type { Ajv2020 } from "ajv/dist/2020.js";
import { PROTOTYPE_MEMBER_NAMES, isJsonObject, type JsonValue, type OpenApiDocument } from "../../openapi.js";
import { addBundle, annotationFormatsOf, createAjv } from "./ajv.js";
import { keptOrMade } from "./compile-memo.js";
import { extensionKeywords } from "./json-schema.js";
import { patternsNeedNoUnicodeFlag } from "./regexp-flags.js";
import {
  compilationKey,
  exportsOf,
  fastOptions,
  referenceOf,
  sharesKeysWith,
  variantSource,
  type CompileOptions,
  type Variant,
  type VariantSource,
} from "./variant-source.js";

export interface CompiledVariant extends VariantSource {
  /** Compiled with AJV's `allErrors` (every problem of a body: the all-errors module, compiled with variant-source.ts ALL_ERRORS). */
  readonly allErrors: boolean;
  readonly ajv: Ajv2020;
  /** Export name → the `$id`-qualified reference of its root schema, in root order. */
  readonly exports: Readonly<Record<string, string>>;
  /** The compiled function of a root schema. */
  validatorOf(root: string): ((data: unknown) => boolean) & { errors?: unknown };
}

/** `variant` of `document` for `roots`, compiled as the validators emitter writes it out. */
export function compileVariant(document: OpenApiDocument, roots: readonly string[], variant: Variant): CompiledVariant {
  return compileSource(variantSource(document, roots, variant));
}

/**
 * The default variant for a check whose compilation nothing reuses (`chatspec lint`): compiled
 * without AJV's optimizer pass, which changes the generated code but not a verdict.
 */
export function checkOnlyVariant(source: VariantSource): CompiledVariant {
  return compileSource(source, { optimize: false, allErrors: false });
}

/**
 * `source` compiled with `options` (by default the fast module's). An all-errors compilation takes a
 * source whose bundle was checked against the meta-schema when its fast module was made, so it is
 * not checked again.
 */
export function compileSource(source: VariantSource, options: CompileOptions = fastOptions(source.variant)): CompiledVariant {
  const { variant, roots, compiledBundle: compiled } = source;
  const allErrors = options.allErrors;
  const exports = exportsOf(source, allErrors);
  // The key is only made when compilations are kept: on the full OpenAI spec it is megabytes.
  const ajv = keptOrMade(
    () => compilationKey(source, options),
    () => {
      // Each variant has its own AJV instance: the strict one needs evaluated-property tracking for
      // `unevaluatedProperties`; the default one only when the spec itself uses it.
      const instance = createAjv(extensionKeywords(compiled.$defs), {
        ownProperties: namesPrototypeMember(compiled.$defs),
        trackEvaluated: variant === "strict" || usesUnevaluated(compiled.$defs),
        optimize: options.optimize,
        allErrors,
        unicodeRegExp: !patternsNeedNoUnicodeFlag(compiled as unknown as JsonValue),
        dynamicRefs: usesDynamicReferences(compiled.$defs),
        annotationFormats: annotationFormatsOf(compiled.$defs as unknown as JsonValue),
      });
      if (allErrors) instance.addSchema(compiled);
      else addBundle(instance, compiled);
      for (const reference of Object.values(exports)) instance.getSchema(reference);
      return instance;
    },
  );
  const result: CompiledVariant = {
    variant,
    allErrors,
    roots,
    bundle: source.bundle,
    compiledBundle: compiled,
    ajv,
    exports,
    validatorOf(root) {
      const validate = ajv.getSchema(referenceOf(variant, root));
      if (validate === undefined) throw new Error(`no compiled validator for ${root}`);
      return validate;
    },
  };
  // The compilation is a source too (of its all-errors module): it shares the keys already made.
  sharesKeysWith(result, source);
  return result;
}

/** Whether any schema uses `unevaluatedProperties` or `unevaluatedItems` (as a keyword, not a property name). */
function usesUnevaluated(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(usesUnevaluated);
  if (!isJsonObject(value)) return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === "unevaluatedProperties" || key === "unevaluatedItems") return true;
    // Under `properties` the keys are property names: look only at their schemas.
    const schemas = key === "properties" && isJsonObject(child) ? Object.values(child) : [child];
    if (schemas.some(usesUnevaluated)) return true;
  }
  return false;
}

const DYNAMIC_KEYWORDS = new Set(["$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor"]);

/**
 * Whether any schema uses dynamic references, as a keyword or anywhere else: a property, example or
 * default of that name only keeps the (slower) support on, never drops it where it is needed.
 */
export function usesDynamicReferences(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(usesDynamicReferences);
  if (!isJsonObject(value)) return false;
  return Object.entries(value).some(([key, child]) => DYNAMIC_KEYWORDS.has(key) || usesDynamicReferences(child));
}

/** Whether any schema lists a property (in `properties` or `required`) named like an Object.prototype member. */
function namesPrototypeMember(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(namesPrototypeMember);
  if (!isJsonObject(value)) return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === "properties" && isJsonObject(child) && Object.keys(child).some((name) => PROTOTYPE_MEMBER_NAMES.has(name))) return true;
    if (key === "required" && Array.isArray(child) && child.some((name) => typeof name === "string" && PROTOTYPE_MEMBER_NAMES.has(name))) return true;
    if (namesPrototypeMember(child)) return true;
  }
  return false;
}
