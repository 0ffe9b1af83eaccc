/**
 * allErrorsLoader (runtime/all-errors.ts) on twin modules written for the test: it loads a twin
 * only for errors its fast validator left, once, synchronously, and a twin it cannot load leaves
 * the errors as they are.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { allErrorsLoader } from "../../generator/runtime/all-errors.js";
import { projectTempDir } from "../helpers.js";

const twinSource = [
  "globalThis.twinLoads = (globalThis.twinLoads ?? 0) + 1;",
  "export function validateAllErrors(data) {",
  '  validateAllErrors.errors = data.ok ? null : [{ instancePath: "/a", keyword: "type" }, { instancePath: "/b", keyword: "type" }];',
  "  return data.ok === true;",
  "}",
  "",
].join("\n");

function fastValidator() {
  const validate = Object.assign((_data: unknown) => false, { errors: [{ instancePath: "/a", schemaPath: "#/type", keyword: "type", params: {} }] });
  return validate;
}

const loads = () => (globalThis as { twinLoads?: number }).twinLoads ?? 0;

describe("allErrorsLoader", () => {
  const dir = projectTempDir("all-errors");
  writeFileSync(path.join(dir, "twin.mjs"), twinSource);
  const base = pathToFileURL(path.join(dir, "index.js")).href;

  it("loads the twin of the validator that left the errors on first use, once", () => {
    const fast = fastValidator();
    const load = allErrorsLoader(base, [[fast, "./twin.mjs", "validateAllErrors"]]);
    const before = loads();
    expect(load([...fast.errors], { ok: false })).toBeNull(); // a copy: not this validator's errors
    expect(loads()).toBe(before);
    expect(load(fast.errors, { ok: false })).toEqual([
      { instancePath: "/a", keyword: "type" },
      { instancePath: "/b", keyword: "type" },
    ]);
    expect(load(fast.errors, { ok: false })).toHaveLength(2);
    expect(loads()).toBe(before + 1);
    // The twin accepts: nothing to add to the fast validator's errors.
    expect(load(fast.errors, { ok: true })).toBeNull();
  });

  it("gives null, without throwing, when the twin cannot be loaded", () => {
    const fast = fastValidator();
    expect(allErrorsLoader(base, [[fast, "./missing.mjs", "validateAllErrors"]])(fast.errors, {})).toBeNull();
    expect(allErrorsLoader(base, [[fast, "./twin.mjs", "noSuchExport"]])(fast.errors, {})).toBeNull();
  });
});
