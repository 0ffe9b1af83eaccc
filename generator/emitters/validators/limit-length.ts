/**
 * AJV's `maxLength` and `minLength`, with the string's `length` tried first. The limits count code
 * points (a surrogate pair is one character), which takes a pass over the whole string
 * (ucs2length); a string never has more code points than UTF-16 units, so a string of at most
 * `maxLength` units is short enough and one of fewer than `minLength` units too short without that
 * pass. Only the strings in between are counted. Same verdicts, same errors (the error definition is
 * AJV's; only the condition changes).
 */
import { createRequire } from "node:module";
import type { KeywordCxt } from "ajv/dist/2020.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import { useFunc } from "ajv/dist/compile/util.js";

// The very function AJV's own keyword uses (its `code` is the `require` esm-runtime.ts rewrites),
// so the generated module refers to it as before.
const ucs2length = (createRequire(import.meta.url)("ajv/dist/runtime/ucs2length") as { default: { code: string } }).default;

export function limitLengthCode(cxt: KeywordCxt): void {
  const { keyword, data, schemaCode, it } = cxt;
  if (it.opts.unicode === false) {
    cxt.fail$data(keyword === "maxLength" ? _`${data}.length > ${schemaCode}` : _`${data}.length < ${schemaCode}`);
    return;
  }
  const length = useFunc(cxt.gen, ucs2length);
  cxt.fail$data(
    keyword === "maxLength"
      ? _`${data}.length > ${schemaCode} && ${length}(${data}) > ${schemaCode}`
      : _`${data}.length < ${schemaCode} || ${length}(${data}) < ${schemaCode}`,
  );
}
