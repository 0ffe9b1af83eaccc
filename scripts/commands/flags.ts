/**
 * The flags lint, generate, check and site share (`scripts/cli.ts` declares them), and the spec
 * reading policy they come to.
 */
import { ChatspecError } from "../../generator/errors.js";
import type { OutputFormat } from "../format-output.js";

export interface CommonFlags {
  spec?: string;
  out?: string;
  allowExternalRefs?: boolean;
  allowRemoteRefs?: boolean;
  maxSpecSize?: string;
  flavors?: string;
  /** generate and check: package, docs, site (config `outputs`). */
  outputs?: string;
  config?: string;
  quiet?: boolean;
  debug?: boolean;
  /** lint and check: text, json or github. */
  format?: OutputFormat;
  /** generate: regenerate on every change of an input. */
  watch?: boolean;
  /** generate and check: rewrite a foreign spec's dialect first (generator/normalize/). */
  normalize?: boolean;
  /** generate and check: false with `--no-lint`. */
  lint?: boolean;
  /** A Redocly config for lint instead of redocly.yaml. */
  lintConfig?: string;
  /** check: regenerate even when the manifest says no input changed. */
  full?: boolean;
  /** generate: only this provider profile, into <out>/profiles/<id>/. */
  profile?: string;
  /** lint, generate and check: false with `--no-cache` (the validator cache, commands/validator-cache.ts). */
  cache?: boolean;
}

/** The reference policy and size limit from the flags (secure defaults when absent). */
export function specPolicy(flags: CommonFlags): { allowExternalRefs: boolean; allowRemoteRefs: boolean; maxSpecBytes?: number; normalize: boolean } {
  const megabytes = flags.maxSpecSize === undefined ? undefined : Number(flags.maxSpecSize);
  if (megabytes !== undefined && !(megabytes > 0))
    throw new ChatspecError(`--max-spec-size must be a positive number of megabytes, not "${flags.maxSpecSize}"`, { kind: "option" });
  return {
    allowExternalRefs: flags.allowExternalRefs === true,
    allowRemoteRefs: flags.allowRemoteRefs === true,
    normalize: flags.normalize === true,
    ...(megabytes === undefined ? {} : { maxSpecBytes: Math.round(megabytes * 1024 * 1024) }),
  };
}
