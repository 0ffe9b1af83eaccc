/**
 * AJV's `anyOf`, with one shortcut: when a branch is nothing but a `type` of primitive types
 * (`{ "type": "null" }`, the usual way 3.1 writes a nullable union), a value of that type matches
 * the union without trying the other branches.
 *
 * AJV tries the branches in order, and each branch that fails records its error (an object, its
 * params and its instance path) in case every branch fails; a branch that fits then throws those
 * errors away. An assistant message's `content: null` therefore built two errors per message, the
 * string branch's and the array branch's, most of the garbage a valid conversation made. With the
 * shortcut the union starts out valid for such a value and runs no branch; for every other value
 * it is AJV's own code (validateUnion), branch by branch, so the verdict is the same (the
 * type-only branch fits) and so are the errors (none are kept from a union that fits).
 *
 * Only primitive types: a null, boolean, number or string has no properties or items, so skipping
 * the other branches cannot change what `unevaluatedProperties`/`unevaluatedItems` see.
 */
import type { KeywordCxt } from "ajv/dist/2020.js";
import type { JSONType } from "ajv/dist/compile/rules.js";
import { _, not, or } from "ajv/dist/compile/codegen/index.js";
import { alwaysValidSchema } from "ajv/dist/compile/util.js";
import { checkDataType, DataType } from "ajv/dist/compile/validate/dataType.js";
import { validateUnion } from "ajv/dist/vocabularies/code.js";

const PRIMITIVE_TYPES: ReadonlySet<string> = new Set(["null", "boolean", "number", "integer", "string"]);

export function anyOfCode(cxt: KeywordCxt): void {
  const { gen, schema, keyword, data, it } = cxt;
  const types = typeOnlyBranchTypes(cxt);
  if (types.length === 0 || !Array.isArray(schema) || schema.some((branch) => alwaysValidSchema(it, branch))) {
    validateUnion(cxt);
    return;
  }
  // validateUnion, with `valid` starting as whether the value has one of those types (AJV's own
  // test of each type, or-ed: its checkDataTypes is written for the negation and and-s them).
  const valid = gen.let("valid", or(...types.map((type) => checkDataType(type, data, it.opts.strictNumbers, DataType.Correct))));
  const branchValid = gen.name("_valid");
  gen.if(not(valid), () =>
    gen.block(() =>
      schema.forEach((_branch, index) => {
        const branchCxt = cxt.subschema({ keyword, schemaProp: index, compositeRule: true }, branchValid);
        gen.assign(valid, _`${valid} || ${branchValid}`);
        const merged = cxt.mergeValidEvaluated(branchCxt, branchValid);
        if (!merged) gen.if(not(valid));
      }),
    ),
  );
  cxt.result(
    valid,
    () => cxt.reset(),
    () => cxt.error(true),
  );
}

/** The types of the branches that only say `type`, all of them primitive (annotations aside); empty when there is none. */
function typeOnlyBranchTypes({ schema, it }: KeywordCxt): JSONType[] {
  if (!Array.isArray(schema)) return [];
  const types = new Set<JSONType>();
  for (const branch of schema) {
    if (typeof branch !== "object" || branch === null) continue;
    const entries = Object.entries(branch as Record<string, unknown>);
    const type = (branch as { type?: unknown }).type;
    const listed = typeof type === "string" ? [type] : Array.isArray(type) ? type : [];
    if (listed.length === 0 || !listed.every((name) => typeof name === "string" && PRIMITIVE_TYPES.has(name))) continue;
    if (entries.some(([key]) => key !== "type" && it.self.RULES.all[key] !== undefined)) continue;
    for (const name of listed) types.add(name as JSONType);
  }
  return [...types];
}
