/**
 * Every problem of an invalid body, without slowing down valid ones. The package's validators are
 * compiled with AJV's `allErrors: false` and stop at the first problem; each has a twin compiled
 * with `allErrors: true` in a module of its own (`validators-all-errors.js`,
 * `validators-strict-all-errors.js`). The readable errors (errors.ts) run the twin of the validator
 * that failed, on the same input, to report every problem.
 *
 * The twin modules are as large as the validators themselves, and only invalid bodies need them, so
 * importing the package does not load them: the first invalid body does. `parse…`, `describeErrors`
 * and the server middleware are synchronous, so the module is loaded synchronously too, with Node's
 * `require`, which loads ES modules since Node 20.19 and 22.12. It is reached through
 * `process.getBuiltinModule` rather than an import of `node:module`, so the package still loads
 * where there is no such module. Where there is no such `require` (a browser, Node before 20.19, a
 * bundle the twin module was left out of), the problems are those of the failed validator alone:
 * its first.
 */
import type { ValidationErrorObject } from "./validation-error.js";

/** A validate function as AJV compiles it. */
interface Validate {
  (data: unknown): boolean;
  errors?: readonly unknown[] | null;
}

/**
 * A fast validator and its all-errors twin: the twin's module (a path relative to the `base` of
 * allErrorsLoader, e.g. `./validators-all-errors.js`) and its export name.
 */
export type AllErrorsTwin = readonly [validate: Validate, module: string, exportName: string];

type RequireFunction = (id: string) => unknown;

/**
 * The `allErrors` option of createErrorTools for the validators of `twins`. It knows which
 * validator left the errors by the array itself: a validator keeps its last errors in `errors`, and
 * `describeErrors(validate.errors, input)` passes that very array. Errors it cannot place (a copy,
 * another validator's) get null: they are described as they are. `base` is the URL of the module
 * the twin paths are relative to (the package entry's `import.meta.url`).
 */
export function allErrorsLoader(
  base: string,
  twins: readonly AllErrorsTwin[],
): (errors: readonly ValidationErrorObject[], input: unknown) => readonly ValidationErrorObject[] | null {
  const modules = new Map<string, Record<string, unknown> | null>();
  let load: RequireFunction | null | undefined;

  const twinModule = (path: string): Record<string, unknown> | null => {
    if (!modules.has(path)) {
      load ??= nodeRequire(base);
      let loaded: Record<string, unknown> | null = null;
      try {
        loaded = load === null ? null : (load(path) as Record<string, unknown>);
      } catch {
        // No synchronous loading of ES modules here: the failed validator's problems stand alone.
      }
      modules.set(path, loaded);
    }
    return modules.get(path) ?? null;
  };

  return (errors, input) => {
    const twin = twins.find(([validate]) => validate.errors === errors);
    if (twin === undefined) return null;
    const validate = twinModule(twin[1])?.[twin[2]] as Validate | undefined;
    if (typeof validate !== "function" || validate(input)) return null;
    return (validate.errors ?? null) as readonly ValidationErrorObject[] | null;
  };
}

/** Node's `require`, resolving from `base`, or null where there is none. */
function nodeRequire(base: string): RequireFunction | null {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  const nodeModule = host.process?.getBuiltinModule?.("node:module") as { createRequire?: (from: string) => RequireFunction } | undefined;
  try {
    return nodeModule?.createRequire?.(base) ?? null;
  } catch {
    return null;
  }
}
