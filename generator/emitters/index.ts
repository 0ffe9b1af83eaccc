/**
 * The emitter registry, in run order. Order matters only for reading: every emitter gets the same
 * context and none reads another's output (they share names through naming.ts).
 */
import { docsEmitter } from "./docs/emitter.js";
import { packageEmitter } from "./package/emitter.js";
import { runtimeEmitter } from "./runtime/emitter.js";
import { siteEmitter } from "./site/emitter.js";
import { typescriptEmitter } from "./typescript/emitter.js";
import type { Emitter } from "./types.js";
import { validatorsEmitter } from "./validators/emitter.js";

export const emitters: readonly Emitter[] = [typescriptEmitter, validatorsEmitter, runtimeEmitter, docsEmitter, packageEmitter, siteEmitter];
