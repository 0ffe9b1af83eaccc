/**
 * AJV's standalone code gathers the errors of a referenced schema's function with
 * `vErrors = vErrors === null ? validateN.errors : vErrors.concat(validateN.errors)`: a copy of
 * every error found so far, per call that failed. With `allErrors: false` that happens a few times
 * per invalid body; with `allErrors: true` once per failed item, so a body whose 10,000 messages
 * each have a problem copies about 50 million error references (0.8 s measured for one such body of
 * 0.3 MB, 52 ms after this rewrite). In the all-errors modules each such line appends instead: the
 * same errors in the same order, in time linear in their number. The callee is `validateN`, or
 * `wrapperN.validate` for a recursive reference.
 *
 * Appending to the array is what AJV's own code does after taking over a callee's array (the first
 * error of a function takes it as it is, later ones `push` onto it), so no array is shared in a new
 * way. A line of another form is left as AJV wrote it: slower with many errors, never wrong. The
 * tests check that the canonical spec's modules have none left (test/emitters/validators.test.ts).
 */

const GATHER = /vErrors = vErrors === null \? ([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.errors : vErrors\.concat\(\1\.errors\);/g;

export function appendCalleeErrors(code: string): string {
  return code.replace(
    GATHER,
    (_line, callee: string) => `if (vErrors === null) vErrors = ${callee}.errors; else for (const calleeError of ${callee}.errors) vErrors.push(calleeError);`,
  );
}
