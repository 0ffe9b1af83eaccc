/**
 * AJV's standalone ESM output still calls `require(…)` for its runtime helpers and formats
 * (ajv#1976, ajv#2209), which throws in an ES module. This rewrites each such call into an import.
 * Only the modules below are accepted: anything else AJV starts to require is an error, not a guess.
 *
 * - The formats (`./runtime/formats.js`, see ajv.ts) and `ucs2length` come from the package's own
 *   ES modules (generator/runtime/), so a validator that uses only those imports no CommonJS at all:
 *   loading CommonJS from an ES module costs every cold start a few milliseconds.
 * - Any other AJV runtime helper (`equal` for an object `enum`, …) stays AJV's CommonJS module, as
 *   a namespace import plus a one-line check. Why not a default import: AJV's runtime modules set
 *   `__esModule`, and loaders disagree on what a default import of them is. Node gives
 *   `module.exports`; Vite, esbuild and webpack give `exports.default`. The namespace's `default` is
 *   `module.exports` (flagged `__esModule`) under Node, and under the others the namespace itself
 *   carries every export, so `ns.default?.__esModule ? ns.default : ns` is what `require` returned.
 */

import { OutputPaths } from "../../naming.js";

/** How the standalone code refers to the formats (ajv.ts sets it as AJV's `code.formats`). */
export const FORMATS_MODULE = `./${OutputPaths.runtimeDir}/formats.js`;

/** What the generated code requires, mapped to the package's own ES module that stands in for it. */
const PACKAGE_MODULES: Readonly<Record<string, string>> = {
  [FORMATS_MODULE]: FORMATS_MODULE,
  "ajv/dist/runtime/ucs2length": `./${OutputPaths.runtimeDir}/string-length.js`,
};
const ALLOWED = /^ajv\/dist\/runtime\/[a-z0-9_]+$/;
const REQUIRE_CALL = /require\("([^"]+)"\)/g;

export function rewriteRequiresToImports(code: string): string {
  const modules: string[] = [];
  for (const match of code.matchAll(REQUIRE_CALL)) {
    const specifier = match[1] as string;
    if (PACKAGE_MODULES[specifier] === undefined && !ALLOWED.test(specifier)) throw new Error(`unexpected require("${specifier}") in AJV standalone output`);
    if (!modules.includes(specifier)) modules.push(specifier);
  }
  modules.sort();
  const localName = (specifier: string): string =>
    `runtime_${specifier
      .replace(/^.*\//, "")
      .replace(/\.js$/, "")
      .replace(/[^A-Za-z0-9_]/g, "_")}`;
  const body = code.replace(REQUIRE_CALL, (_call, specifier: string) => localName(specifier));
  const imports = modules
    .map((specifier) => {
      const name = localName(specifier);
      const own = PACKAGE_MODULES[specifier];
      if (own !== undefined) return `import * as ${name} from "${own}";\n`;
      return `import * as ${name}_ns from "${specifier}.js";\nconst ${name} = ${name}_ns.default?.__esModule ? ${name}_ns.default : ${name}_ns;\n`;
    })
    .join("");
  return imports + body.replace(/^"use strict";\s*/, "");
}
