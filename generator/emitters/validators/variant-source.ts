/**
 * What a validator variant is compiled from, and the text that names every input of a compilation:
 * all that can be known before AJV is loaded. The validator cache (module-store.ts) looks modules up
 * by that text; compile.ts, which loads AJV, compiles on a miss.
 */
import type { OpenApiDocument } from "../../openapi.js";
import type { CompiledVariant } from "./compile.js";
import { validatorName } from "../../naming.js";
import { encodeFragmentSegment } from "../../runtime/json-pointer.js";
import { withoutProse } from "./annotation-free.js";
import { toJsonSchemaBundle, type JsonSchemaBundle } from "./json-schema.js";

export type Variant = "default" | "strict";

const IDS: Readonly<Record<Variant, string>> = {
  default: "https://chatspec.dev/schema.json",
  strict: "https://chatspec.dev/schema.strict.json",
};

/** What a compilation is made from: enough to compile the same bundle with either options. */
export interface VariantSource {
  readonly variant: Variant;
  /** The root schemas, in export order. */
  readonly roots: readonly string[];
  /** The bundle as converted, annotations included (`schema.json`). */
  readonly bundle: JsonSchemaBundle;
  /** That bundle without its prose (annotation-free.ts): what AJV compiles. */
  readonly compiledBundle: JsonSchemaBundle;
}

/** What `variant` of `document` for `roots` is compiled from, before anything is compiled. */
export function variantSource(document: OpenApiDocument, roots: readonly string[], variant: Variant): VariantSource {
  const bundle = bundleOf(document, roots, variant);
  return { variant, roots, bundle, compiledBundle: withoutProse(bundle) };
}

/** How a source is compiled: the emitter's fast module (AJV's optimizer for the default variant only), or the all-errors one. */
export interface CompileOptions {
  readonly optimize: boolean;
  readonly allErrors: boolean;
}

/** The all-errors module's options (compiled without the optimizer pass, see ajv.ts). */
export const ALL_ERRORS: CompileOptions = { optimize: false, allErrors: true };

/** The fast module's options for `variant`. */
export function fastOptions(variant: Variant): CompileOptions {
  return { optimize: variant === "default", allErrors: false };
}

/**
 * Every input of compiling `source` with `options`, as one text: equal texts compile to the same
 * functions and the same module (given the same chatspec and AJV, which a store's keys add).
 * Made once per source and options: on the full OpenAI spec it is megabytes.
 */
export function compilationKey(source: VariantSource, options: CompileOptions): string {
  let keys = compilationKeys.get(source);
  if (keys === undefined) {
    keys = new Map();
    compilationKeys.set(source, keys);
  }
  const name = `${options.optimize}/${options.allErrors}`;
  let key = keys.get(name);
  if (key === undefined) {
    key = JSON.stringify({
      variant: source.variant,
      allErrors: options.allErrors,
      optimize: options.optimize,
      exports: exportsOf(source, options.allErrors),
      compiled: source.compiledBundle,
    });
    keys.set(name, key);
  }
  return key;
}

const compilationKeys = new WeakMap<VariantSource, Map<string, string>>();

/** `derived` (a compilation of `source`, itself a source) shares the keys already made for `source`. */
export function sharesKeysWith(derived: VariantSource, source: VariantSource): void {
  const keys = compilationKeys.get(source);
  if (keys !== undefined) compilationKeys.set(derived, keys);
}

/** Export name → the `$id`-qualified reference of its root schema, in root order. */
export function exportsOf(source: VariantSource, allErrors: boolean): Record<string, string> {
  return Object.fromEntries(source.roots.map((root) => [validatorName(root, source.variant, { allErrors }), referenceOf(source.variant, root)]));
}

export function referenceOf(variant: Variant, root: string): string {
  return `${IDS[variant]}#/$defs/${encodeFragmentSegment(root)}`;
}

/**
 * `prepared` when it is the fast compilation of `variant` (or its source) for exactly these roots, else null. The
 * caller hands `prepared` in together with the document it was compiled from (a loader's result), so
 * the roots and the variant are all that can differ; comparing the schemas themselves would cost a
 * serialisation of every schema, which on a 3 MB spec is most of what reusing saves.
 */
export function preparedFor<T extends VariantSource & { readonly allErrors?: boolean }>(
  prepared: T | null | undefined,
  roots: readonly string[],
  variant: Variant,
): T | null {
  if (prepared === null || prepared === undefined) return null;
  return prepared.variant === variant && prepared.allErrors !== true && sameRoots(prepared.roots, roots) ? prepared : null;
}

function sameRoots(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((root, index) => root === b[index]);
}

function bundleOf(document: OpenApiDocument, roots: readonly string[], variant: Variant): JsonSchemaBundle {
  return toJsonSchemaBundle(document, { id: IDS[variant], roots, strict: variant === "strict" });
}

/**
 * The default validators of a document as its loader's request-example check left them for the
 * emitter: compiled (the check ran them), or only their source (the validator cache remembered the
 * check passing, so nothing was compiled, but the bundle was converted for its key).
 */
export type PreparedValidators = CompiledVariant | VariantSource;

/** Whether `prepared` holds AJV's compilation, not only its source. */
export function isCompiled(prepared: PreparedValidators): prepared is CompiledVariant {
  return "ajv" in prepared;
}
