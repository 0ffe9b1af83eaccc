/**
 * The runtime emitter takes the modules `npm run build` transpiled ahead of time only when they were
 * made from the very source it is given, so the output bytes never depend on whether (or when) the
 * project was built.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runtimeEmitter } from "../../generator/emitters/runtime/emitter.js";
import { prebuildKey, transpileRuntimeModule, type PrebuiltModule } from "../../generator/emitters/runtime/transpile.js";
import type { EmitContext, GeneratedFile } from "../../generator/emitters/types.js";
import { loadRuntimeSources, runtimePrebuiltPath, loadAssets } from "../../generator/io/load-templates.js";

const sources = loadRuntimeSources();

async function emitWith(prebuilt: ReadonlyMap<string, PrebuiltModule>): Promise<GeneratedFile[]> {
  const context = { runtime: sources, runtimePrebuilt: prebuilt, operation: { method: "post", path: "/chat/completions" } } as unknown as EmitContext;
  return runtimeEmitter.emit(context);
}

describe("the runtime emitter", () => {
  const errorsSource = sources.get("errors.ts") ?? "";
  const fresh = transpileRuntimeModule("errors.ts", errorsSource);

  it("uses a prebuilt module whose key matches its source", async () => {
    const prebuilt = new Map([["errors.ts", { key: prebuildKey(errorsSource), js: "// prebuilt js\n", declaration: "// prebuilt d.ts\n" }]]);
    const files = await emitWith(prebuilt);
    expect(files.find((file) => file.path === "runtime/errors.js")?.contents).toBe("// prebuilt js\n");
    expect(files.find((file) => file.path === "runtime/errors.d.ts")?.contents).toBe("// prebuilt d.ts\n");
  });

  it("transpiles instead when the prebuilt module was made from another source", async () => {
    const prebuilt = new Map([
      ["errors.ts", { key: prebuildKey(`${errorsSource}\n// edited since the build`), js: "// stale js\n", declaration: "// stale d.ts\n" }],
    ]);
    const files = await emitWith(prebuilt);
    expect(files.find((file) => file.path === "runtime/errors.js")?.contents).toBe(fresh.js);
    expect(files.find((file) => file.path === "runtime/errors.d.ts")?.contents).toBe(fresh.declaration);
  });

  it("emits every runtime module, each a .js and a .d.ts", async () => {
    expect((await emitWith(new Map())).map((file) => file.path)).toEqual([
      "runtime/errors.js",
      "runtime/errors.d.ts",
      "runtime/all-errors.js",
      "runtime/all-errors.d.ts",
      "runtime/server.js",
      "runtime/server.d.ts",
      "runtime/body-limits.js",
      "runtime/body-limits.d.ts",
      "runtime/client.js",
      "runtime/client.d.ts",
      "runtime/formats.js",
      "runtime/formats.d.ts",
      "runtime/string-length.js",
      "runtime/string-length.d.ts",
      "runtime/error-messages.js",
      "runtime/error-messages.d.ts",
      "runtime/union-folding.js",
      "runtime/union-folding.d.ts",
      "runtime/offending-value.js",
      "runtime/offending-value.d.ts",
      "runtime/param-name.js",
      "runtime/param-name.d.ts",
      "runtime/schema-lookup.js",
      "runtime/schema-lookup.d.ts",
      "runtime/suggestions.js",
      "runtime/suggestions.d.ts",
      "runtime/english.js",
      "runtime/english.d.ts",
      "runtime/validation-error.js",
      "runtime/validation-error.d.ts",
      "runtime/json-pointer.js",
      "runtime/json-pointer.d.ts",
      "runtime/edit-distance.js",
      "runtime/edit-distance.d.ts",
      "runtime/discriminator-tags.js",
      "runtime/discriminator-tags.d.ts",
      "runtime/plain-object.js",
      "runtime/plain-object.d.ts",
    ]);
  });

  it.skipIf(!existsSync(runtimePrebuiltPath()))("finds the build's modules current, and equal to a fresh transpile", () => {
    const prebuilt = loadAssets().runtimePrebuilt ?? new Map<string, PrebuiltModule>();
    expect([...prebuilt.keys()].sort()).toEqual([...sources.keys()].sort());
    for (const [name, source] of sources) {
      const built = prebuilt.get(name);
      expect(built?.key).toBe(prebuildKey(source));
      expect({ js: built?.js, declaration: built?.declaration }).toEqual(transpileRuntimeModule(name, source));
    }
  });
});
