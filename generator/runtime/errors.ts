/**
 * Readable validation errors, shipped inside the generated package (transpiled from this file at
 * generation time). AJV errors in, one message per real problem out; given the input too, every
 * problem of it (the `allErrors` option: the package's validators stop at the first problem, and
 * the input is validated again by an all-errors twin, all-errors.ts):
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
   * messages quote the offending value ("(got 3.5)") and, with the `allErrors` option, to have every
   * problem of the input: first the problems of `errors`, then the others in the order the
   * all-errors validator found them (the schema's order of properties, the input's order of items
   * and keys), each problem once.
   */
  describe(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): RequestProblem[];
  /** One line per problem, as `describe` finds them: `/temperature: must be at most 2 (got 3.5)`. */
  format(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): string[];
}

export interface ErrorToolsOptions {
  /**
   * The provider profile the validators were generated for (generator/profiles/; a profile's
   * package passes its id). An unknown property is then most likely one the provider does not
   * support, and its message says so.
   */
  readonly profile?: string | null;
  /**
   * Every problem of an input: given the errors a validator left and the input it validated, the
   * errors of a validator of the same schemas compiled with AJV's `allErrors` (and `verbose`), or
   * null when there is none for these errors. The generated package passes its all-errors modules,
   * loaded only when first needed (all-errors.ts).
   */
  readonly allErrors?: (errors: readonly ValidationErrorObject[], input: unknown) => readonly ValidationErrorObject[] | null;
}

/**
 * Error tools for validators compiled from `bundle` (a JSON Schema document with `$defs`), whose
 * root schema is `$defs[rootName]`: error paths that do not start with `#/$defs` are relative to it.
 */
export function createErrorTools(bundle: Record<string, unknown>, rootName: string, options: ErrorToolsOptions = {}): ErrorTools {
  const context = { lookup: createSchemaLookup(bundle, rootName), profile: options.profile ?? null };

  function problemOf(error: ValidationErrorObject, input: unknown): RequestProblem {
    const { path, message, field, atField } = errorMessage(error, context);
    // `path` is where the problem is reported; `param` always names the field when there is one.
    const fieldPath = field === null ? path : `${path}/${encodePointerSegment(field)}`;
    return { path: atField === true ? fieldPath : path, param: paramName(fieldPath), message: message + quotedValue(error, input), keyword: error.keyword };
  }

  function describe(errors: readonly ValidationErrorObject[] | null | undefined, input?: unknown): RequestProblem[] {
    const found = new ProblemList();
    for (const error of foldUnions(errors ?? [])) if (!found.add(problemOf(error, input))) return found.problems;
    if (found.problems.length === 0 || input === undefined || options.allErrors === undefined || !hasAtMostValues(input, EVERY_PROBLEM_MAX_VALUES))
      return found.problems;
    const every = options.allErrors(errors ?? [], input);
    // The given problems stay first: the one a server answers with is the one the validator stopped at.
    for (const error of foldUnions(every ?? [], { allErrors: true })) if (!found.add(problemOf(error, input))) break;
    return found.problems;
  }

  return {
    describe,
    format: (errors, input) => describe(errors, input).map((problem) => `${problem.path === "" ? "(root)" : problem.path}: ${problem.message}`),
  };
}

/**
 * Most problems `describe` returns: more than a person fixing a request reads, and a bound on the
 * work (messages, "did you mean" searches) and the size of the answer a hostile body can cause.
 */
export const MAX_PROBLEMS = 100;

/**
 * Largest input, in values (objects, arrays and the values in them), that `describe` validates
 * again for every problem; a larger one keeps the validator's own problems, as if there were no
 * all-errors validator. The all-errors validation costs per error found, and the errors a body can
 * have grow with its values (a 5 MB `logit_bias` of 400,000 entries out of range is 400,000 errors):
 * this bounds what one invalid body can cost beyond a valid one of the same size. Requests people
 * write stay well below it: the bench's large request (20 messages, 5 tools, 6 KB) has about 300.
 */
export const EVERY_PROBLEM_MAX_VALUES = 10_000;

/** Problems in the order found, each once (the same path, param, message and keyword), at most MAX_PROBLEMS. */
class ProblemList {
  readonly problems: RequestProblem[] = [];
  private readonly seen = new Set<string>();

  /** Adds `problem` unless it is already listed; false once the list is full. */
  add(problem: RequestProblem): boolean {
    const key = JSON.stringify([problem.path, problem.param, problem.message, problem.keyword]);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.problems.push(problem);
    }
    return this.problems.length < MAX_PROBLEMS;
  }
}

/** Whether `input` holds at most `max` values; stops counting once past it. */
function hasAtMostValues(input: unknown, max: number): boolean {
  const stack: unknown[] = [input];
  let count = 0;
  while (stack.length > 0) {
    if (++count > max) return false;
    const node = stack.pop();
    if (typeof node === "object" && node !== null) for (const child of Object.values(node)) stack.push(child);
  }
  return true;
}
