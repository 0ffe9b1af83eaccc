/**
 * Readable validation errors, shipped inside the generated package (transpiled from this file at
 * generation time). AJV errors in, one message per real problem out:
 * - the branch a discriminator selects reports its own errors (AJV already dispatches);
 * - for other unions (`anyOf`/`oneOf`), the branch that got furthest reports, and when no branch's
 *   type matched, one "must be X or Y" line replaces the per-branch type errors (union-folding.ts);
 * - bookkeeping errors (`if`, `propertyNames`, the union summaries) are dropped;
 * - unknown properties get a "did you mean" suggestion from the schema's own property names.
 * Messages are derived from the JSON Schema bundle the validators were compiled from, so they name
 * schemas by their titles and cross-field rules by their descriptions (error-messages.ts).
 */
import { errorMessage } from "./error-messages.js";
import { encodePointerSegment } from "./json-pointer.js";
import { quotedValue } from "./offending-value.js";
import { paramName } from "./param-name.js";
import { createSchemaLookup } from "./schema-lookup.js";
import { foldUnions } from "./union-folding.js";
import type { ValidationErrorObject } from "./validation-error.js";

export type { ValidationErrorObject } from "./validation-error.js";

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

export interface ErrorTools {
  /**
   * One problem per real error, in the order AJV found them. Pass the validated `input` to have
   * messages quote the offending value ("(got 3.5)").
   */
  describe(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): RequestProblem[];
  /** One line per real problem: `/temperature: must be at most 2 (got 3.5)`. */
  format(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): string[];
}

export interface ErrorToolsOptions {
  /**
   * The provider profile the validators were generated for (generator/profiles/; a profile's
   * package passes its id). An unknown property is then most likely one the provider does not
   * support, and its message says so.
   */
  readonly profile?: string | null;
}

/**
 * Error tools for validators compiled from `bundle` (a JSON Schema document with `$defs`), whose
 * root schema is `$defs[rootName]`: error paths that do not start with `#/$defs` are relative to it.
 */
export function createErrorTools(bundle: Record<string, unknown>, rootName: string, options: ErrorToolsOptions = {}): ErrorTools {
  const context = { lookup: createSchemaLookup(bundle, rootName), profile: options.profile ?? null };

  function describe(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): RequestProblem[] {
    return foldUnions(errors ?? []).map((error) => {
      const { path, message, field, atField } = errorMessage(error, context);
      // `path` is where the problem is reported; `param` always names the field when there is one.
      const fieldPath = field === null ? path : `${path}/${encodePointerSegment(field)}`;
      return { path: atField === true ? fieldPath : path, param: paramName(fieldPath), message: message + quotedValue(error, input), keyword: error.keyword };
    });
  }

  return {
    describe,
    format: (errors, input) => describe(errors, input).map((problem) => `${problem.path === "" ? "(root)" : problem.path}: ${problem.message}`),
  };
}
