/**
 * Loads a package's CommonJS build with `require`. openapi-typescript and the TypeScript compiler
 * ship CommonJS; importing them as ES modules makes Node run its export scanner over the 9 MB
 * `typescript.js` first, which costs about 0.2 s per process. Same modules, same output bytes.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function loadCommonJs<T>(specifier: string): T {
  return require(specifier) as T;
}
