/**
 * The validators emitter's second thread (`Assets.compileElsewhere`): one worker thread per job
 * (validator-thread-worker.ts) compiles a variant's bundle and writes its two modules, while the
 * calling thread compiles the other variant. The emitter asks only for a large spec's strict variant;
 * on OpenAI's spec that moves a third of the validators' work to the second core.
 *
 * The thread's heap is capped (HEAP_LIMITS): both threads' heaps count in the process's peak memory,
 * and a thread left to V8's defaults grows its heap well past what it keeps alive. A job that needs
 * more than the cap resolves to null, and the emitter compiles the variant itself.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { VariantModules, VariantModulesCompiler } from "../emitters/types.js";

/**
 * The thread's module beside this one; from the TypeScript sources (as the tests load them), the
 * built one in dist/, since a thread runs no TypeScript (`npm test` builds first).
 */
const ENTRY = ((): string => {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), "validator-thread-worker.js");
  if (!here.endsWith(".ts")) return beside;
  const root = path.resolve(path.dirname(here), "..", "..");
  return path.join(root, "dist", path.relative(root, beside));
})();

/**
 * Measured on OpenAI's spec (`generate --normalize --no-lint --outputs package,docs`, quiet machine):
 * without a cap 7.5 to 8.0 s and 598 to 610 MB peak RSS; with these 6.6 to 6.9 s and 495 to 515 MB;
 * both threads on one, 8.1 to 9.1 s and 435 to 477 MB. A young generation of 8 MB makes the thread
 * collect more often, which costs less than the memory it would otherwise fill.
 */
const HEAP_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 };

/** What the thread posts back: the modules, or the message of what it threw (AJV's refusal, said as AJV says it). */
export type ValidatorThreadReply = { readonly modules: VariantModules } | { readonly error: string };

export const compileOnThread: VariantModulesCompiler = (job) =>
  new Promise<VariantModules | null>((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job, resourceLimits: HEAP_LIMITS });
    let settled = false;
    worker.once("message", (reply: ValidatorThreadReply) => {
      settled = true;
      if ("modules" in reply) resolve(reply.modules);
      else reject(new Error(reply.error));
    });
    // Out of memory under the cap, or any other end without a reply: the caller compiles it instead.
    worker.once("error", () => {
      if (!settled) resolve(null);
      settled = true;
    });
    worker.once("exit", () => {
      if (!settled) resolve(null);
      settled = true;
    });
  });
