/**
 * Union folding: AJV reports every branch of a failed `anyOf`/`oneOf`, then a summary. A reader
 * needs the problems of the branch that got furthest, or one "must be X or Y" when no branch's type
 * matched. Bookkeeping errors that only restate another error go too.
 */
import type { ValidationErrorObject } from "./validation-error.js";

/** Summary errors that restate another error; a union's own summary is replaced in foldUnions. */
const BOOKKEEPING = new Set(["if", "propertyNames", "allOf", "then", "else", "not"]);

export interface FoldOptions {
  /**
   * The errors come from a validator compiled with AJV's `allErrors`: a branch then reports every
   * problem it has, not only its first (see pickBranch).
   */
  readonly allErrors?: boolean;
}

/**
 * The errors with the branch errors of each `anyOf`/`oneOf` folded into the ones that matter.
 * AJV pushes a branch's errors as it goes and the union's summary right after its last branch, so
 * the branch errors are the run of errors just before the summary that lie at or below the union's
 * value; inner unions summarise (and are folded) before outer ones, so one pass over the errors,
 * using `kept` as a stack, folds them all in linear time. The run stops at an error of the schema
 * that holds the union itself (same `parentSchema`, e.g. its `enum`), which AJV checked before the
 * branches. With `allErrors: false` every error before a summary is a branch error anyway:
 * validation stops at the first failure outside a union. A folded union error's `params` are
 * `{ values, types }`: the literals and the types its branches accept (see pickBranch).
 */
export function foldUnions(errors: readonly ValidationErrorObject[], options: FoldOptions = {}): ValidationErrorObject[] {
  const kept: ValidationErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      kept.push(error);
      continue;
    }
    const within = (candidate: ValidationErrorObject) =>
      (candidate.instancePath === error.instancePath || candidate.instancePath.startsWith(`${error.instancePath}/`)) &&
      (error.parentSchema === undefined || candidate.parentSchema !== error.parentSchema);
    let start = kept.length;
    while (start > 0 && within(kept[start - 1] as ValidationErrorObject)) start--;
    const branchErrors = kept.splice(start);
    kept.push(...pickBranch(error, branchErrors, options.allErrors === true));
  }
  return kept.filter((error) => !BOOKKEEPING.has(error.keyword));
}

/**
 * A branch error that only says "this branch is for another kind of value" (a type, enum or const
 * mismatch on the union's own value, or an inner union already folded into such a "must be …") is
 * noise when another branch got further. The branch whose first real error lies deepest is the real
 * problem (the first such branch on a tie); when there is none, the mismatches merge into one
 * "must be …" error. So an unknown key in a closed object branch (`voice: { id, name }`) is reported
 * as such, not as "must be one of" the string branch's values.
 *
 * Without `allErrors` each branch reports one error, so that error is the problem. With it a branch
 * reports all of its errors, and AJV does not say where one branch ends and the next begins: the
 * mismatches do, since a branch for another kind of value reports just its mismatch. So the real
 * errors between two mismatches count as one branch, and all of them are its problems. (Two
 * branches for the same kind of value that both fail would read as one; a discriminator, which
 * picks the branch by its tag, is what such unions have in the specs this serves.)
 */
function pickBranch(union: ValidationErrorObject, branchErrors: readonly ValidationErrorObject[], allErrors: boolean): ValidationErrorObject[] {
  // An anyOf/oneOf error that is still here was folded by an inner pickBranch into a mismatch.
  const isMismatch = (error: ValidationErrorObject) =>
    ["type", "enum", "const", "anyOf", "oneOf"].includes(error.keyword) && error.instancePath === union.instancePath;
  const runs: ValidationErrorObject[][] = [];
  let run: ValidationErrorObject[] | null = null;
  for (const error of branchErrors) {
    if (BOOKKEEPING.has(error.keyword)) continue;
    if (isMismatch(error)) run = null;
    else if (run !== null && allErrors) run.push(error);
    else {
      run = [error];
      runs.push(run);
    }
  }
  if (runs.length > 0) {
    const depth = (errors: readonly ValidationErrorObject[]) => (errors[0] as ValidationErrorObject).instancePath.split("/").length;
    return runs.reduce((best, candidate) => (depth(candidate) > depth(best) ? candidate : best));
  }
  const mismatches = branchErrors.filter(isMismatch);
  const folded = (error: ValidationErrorObject) => error.keyword === "anyOf" || error.keyword === "oneOf";
  const values = mismatches.flatMap((error) =>
    error.keyword === "enum"
      ? (error.params.allowedValues as unknown[])
      : error.keyword === "const"
        ? [error.params.allowedValue]
        : folded(error)
          ? ((error.params.values as unknown[] | undefined) ?? [])
          : [],
  );
  const types = [
    ...new Set(
      mismatches.flatMap((error) =>
        error.keyword === "type" ? String(error.params.type).split(",") : folded(error) ? ((error.params.types as string[] | undefined) ?? []) : [],
      ),
    ),
  ];
  // An enum branch already says which strings are accepted; "or string" would only confuse.
  const otherTypes = values.length > 0 ? types.filter((type) => !values.some((value) => typeof value === type)) : types;
  return [{ ...union, params: { values, types: otherTypes } }];
}
