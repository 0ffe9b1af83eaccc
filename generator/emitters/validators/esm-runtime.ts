/**
 * AJV's standalone ESM output still calls `require("ajv/dist/runtime/…")` for its runtime helpers
 * and formats (ajv#1976, ajv#2209), which throws in an ES module. This rewrites each such call into
 * a namespace import of the same CommonJS module. Only the modules below are accepted: anything
 * else AJV starts to require is an error, not a guess.
 *
 * Why a namespace import and a one-line check instead of a default import: AJV's runtime modules
 * set `__esModule`, and loaders disagree on what a default import of them is. Node gives
 * `module.exports`; Vite, esbuild and webpack give `exports.default`. The namespace's `default` is
 * `module.exports` (flagged `__esModule`) under Node, and under the others the namespace itself
 * carries every export, so `ns.default?.__esModule ? ns.default : ns` is what `require` returned.
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
  const imports = modules
    .map((specifier) => {
      const name = localName(specifier);
      return `import * as ${name}_ns from "${specifier}.js";\nconst ${name} = ${name}_ns.default?.__esModule ? ${name}_ns.default : ${name}_ns;\n`;
    })
    .join("");
  return imports + body.replace(/^"use strict";\s*/, "");
}
