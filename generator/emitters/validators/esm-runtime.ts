/**
 * AJV's standalone ESM output still calls `require("ajv/dist/runtime/…")` for its runtime helpers
 * and formats (ajv#1976, ajv#2209), which throws in an ES module. This rewrites each such call into
 * a default import of the same CommonJS module, whose value is exactly what `require` returned.
 * Only the modules below are accepted: anything else AJV starts to require is an error, not a guess.
 */

const ALLOWED = /^(ajv\/dist\/runtime\/[a-z0-9_]+|ajv-formats\/dist\/formats)$/;
const REQUIRE_CALL = /require\("([^"]+)"\)/g;

export function rewriteRequiresToImports(code: string): string {
  const modules: string[] = [];
  for (const match of code.matchAll(REQUIRE_CALL)) {
    const specifier = match[1] as string;
    if (!ALLOWED.test(specifier)) throw new Error(`unexpected require("${specifier}") in AJV standalone output`);
    if (!modules.includes(specifier)) modules.push(specifier);
  }
  modules.sort();
  const localName = (specifier: string): string => `runtime_${specifier.replace(/^.*\//, "").replace(/[^A-Za-z0-9_]/g, "_")}`;
  const body = code.replace(REQUIRE_CALL, (_call, specifier: string) => localName(specifier));
  const imports = modules.map((specifier) => `import ${localName(specifier)} from "${specifier}.js";\n`).join("");
  return imports + body.replace(/^"use strict";\s*/, "");
}
