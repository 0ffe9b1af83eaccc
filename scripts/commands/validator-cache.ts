/**
 * The validator cache of `lint`, `generate` and `check` (generator/io/module-store-dir.ts): in use for
 * the length of one command unless `--no-cache` (or `check --full`) says otherwise, so it never
 * outlives the command that opened it, in a watch's warm process or a test's shared one.
 */
import type { CommonFlags } from "./flags.js";
import type { CommandIo } from "./io.js";

export async function withValidatorCache<T>(flags: CommonFlags, io: CommandIo, run: () => Promise<T>): Promise<T> {
  if (flags.cache === false) return run();
  const [{ openModuleStore }, { useModuleStore }] = await Promise.all([
    import("../../generator/io/module-store-dir.js"),
    import("../../generator/emitters/validators/module-store.js"),
  ]);
  useModuleStore(openModuleStore(io.cwd));
  try {
    return await run();
  } finally {
    useModuleStore(null);
  }
}
