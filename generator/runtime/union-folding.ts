/**
 * Union folding: AJV reports every branch of a failed `anyOf`/`oneOf`, then a summary. A reader
 * needs one problem per union, the branch that got furthest, or one "must be X or Y" when no
 * branch's type matched. Bookkeeping errors that only restate another error go too.
 */
import type { ValidationErrorObject } from "./validation-error.js";

/** Summary errors that restate another error; a union's own summary is replaced in foldUnions. */
const BOOKKEEPING = new Set(["if", "propertyNames", "allOf", "then", "else", "not"]);

/**
 * The errors with the branch errors of each `anyOf`/`oneOf` folded into the one that matters. With
 * AJV's `allErrors: false` validation stops at the first failure, so every error before a union's
 * summary that lies at or below the union's value belongs to that union; inner unions summarise
 * (and are folded) before outer ones. A folded union error's `params` are `{ values, types }`:
 * the literals and the types its branches accept (see pickBranch).
 */
export function foldUnions(errors: readonly ValidationErrorObject[]): ValidationErrorObject[] {
  const kept: ValidationErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      kept.push(error);
      continue;
    }
    const within = (candidate: ValidationErrorObject) =>
      candidate.instancePath === error.instancePath || candidate.instancePath.startsWith(`${error.instancePath}/`);
    const branchErrors = kept.filter(within);
    for (const branchError of branchErrors) kept.splice(kept.indexOf(branchError), 1);
    kept.push(pickBranch(error, branchErrors));
  }
  return kept.filter((error) => !BOOKKEEPING.has(error.keyword));
}

/**
 * A branch error that only says "this branch is for another kind of value" (a type, enum or const
 * mismatch on the union's own value, or an inner union already folded into such a "must be …") is
 * noise when another branch got further. The deepest other error is the real problem; when there
 * is none, the mismatches merge into one "must be …" error. So an unknown key in a closed object
 * branch (`voice: { id, name }`) is reported as such, not as "must be one of" the string branch's values.
 */
function pickBranch(union: ValidationErrorObject, branchErrors: readonly ValidationErrorObject[]): ValidationErrorObject {
  // An anyOf/oneOf error that is still here was folded by an inner pickBranch into a mismatch.
  const isMismatch = (error: ValidationErrorObject) =>
    ["type", "enum", "const", "anyOf", "oneOf"].includes(error.keyword) && error.instancePath === union.instancePath;
  const substantive = branchErrors.filter((error) => !isMismatch(error) && !BOOKKEEPING.has(error.keyword));
  if (substantive.length > 0) {
    const depth = (error: ValidationErrorObject) => error.instancePath.split("/").length;
    return substantive.reduce((best, error) => (depth(error) > depth(best) ? error : best));
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
  return { ...union, params: { values, types: otherTypes } };
}
