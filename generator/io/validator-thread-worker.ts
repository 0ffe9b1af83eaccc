/**
 * The thread validator-thread.ts starts: compiles one variant's bundle and posts its two modules
 * back (validators/emitter.ts `modulesOfBundle`, the very code the emitter runs on its own thread),
 * then ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { VariantModulesCompiler } from "../emitters/types.js";
import { modulesOfBundle } from "../emitters/validators/emitter.js";
import type { ValidatorThreadReply } from "./validator-thread.js";

const { bundle, roots, variant } = workerData as Parameters<VariantModulesCompiler>[0];
let reply: ValidatorThreadReply;
try {
  reply = { modules: modulesOfBundle(bundle, roots, variant) };
} catch (error) {
  reply = { error: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
