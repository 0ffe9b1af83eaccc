/**
 * The ES module AJV writes for a compiled variant, its `require`s turned into imports and the
 * context of each call passed as arguments (call-context.ts); an all-errors variant gathers its
 * callees' errors in linear time (all-errors-code.ts). Loads AJV's standalone code generator: the
 * validators emitter imports this only when a module is not in the validator cache.
 */
import standaloneModule from "ajv/dist/standalone/index.js";
import { appendCalleeErrors } from "./all-errors-code.js";
import { passContextAsArguments } from "./call-context.js";
import type { CompiledVariant } from "./compile.js";
import { rewriteRequiresToImports } from "./esm-runtime.js";

// CommonJS module whose `module.exports` is the function (with a `default` alias for bundlers).
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

export function moduleCode(compiled: CompiledVariant): string {
  const known = moduleCodes.get(compiled.ajv);
  if (known !== undefined) return known;
  const code = passContextAsArguments(rewriteRequiresToImports(standaloneCode(compiled.ajv, compiled.exports)));
  const finished = compiled.allErrors ? appendCalleeErrors(code) : code;
  moduleCodes.set(compiled.ajv, finished);
  return finished;
}

/**
 * The module of each AJV instance already written out. An instance is one variant's compilation,
 * its exports included, so its module is always the same text; instances are reused only where
 * compilations are kept (compile-memo.ts), and this map does not keep them alive.
 */
const moduleCodes = new WeakMap<object, string>();
