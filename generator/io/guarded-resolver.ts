/**
 * The spec reader's policy on references. By default a spec may refer only to files inside its
 * own folder, and nothing is fetched over the network: chatspec runs in CI on specs people edit,
 * and a `$ref` must not make it read `~/.ssh/…` or call a server. `--allow-external-refs` lifts the
 * folder rule and `--allow-remote-refs` the network rule. Every file read is also held to the size
 * limit. A refused reference surfaces as an unresolved `$ref` at the `$ref` itself.
 */
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { BaseResolver, Source, isAbsoluteUrl } from "@redocly/openapi-core";

export interface ReferencePolicy {
  /** The folder the spec may refer into (the root spec's folder). */
  readonly root: string;
  readonly allowExternalRefs: boolean;
  readonly allowRemoteRefs: boolean;
  /** Largest file the resolver reads, in bytes. */
  readonly maxBytes: number;
  /** Files already read by the caller (absolute path → text), served without reading them again. */
  readonly preloaded?: ReadonlyMap<string, string>;
}

export class GuardedResolver extends BaseResolver {
  readonly #policy: ReferencePolicy;
  readonly #root: string;

  constructor(config: ConstructorParameters<typeof BaseResolver>[0], policy: ReferencePolicy) {
    super(config);
    this.#policy = policy;
    this.#root = realpathSync(policy.root);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) {
      if (/^https?:/i.test(absoluteRef) && !this.#policy.allowRemoteRefs) {
        throw new Error(`remote reference ${absoluteRef} refused: chatspec reads no network resource unless --allow-remote-refs is given`);
      }
      if (!/^https?:/i.test(absoluteRef)) throw new Error(`reference ${absoluteRef} refused: only files and http(s) URLs can be referenced`);
      return super.loadExternalRef(absoluteRef);
    }
    const real = realpathOrSelf(absoluteRef);
    const inside = real === this.#root || real.startsWith(`${this.#root}${path.sep}`);
    if (!inside && !this.#policy.allowExternalRefs) {
      throw new Error(`reference to ${absoluteRef} refused: it is outside the spec's folder (${this.#policy.root}); --allow-external-refs permits it`);
    }
    const preloaded = this.#policy.preloaded?.get(path.resolve(absoluteRef));
    // Redocly's own reader also turns CRLF into LF; a served text must match what it would read.
    if (preloaded !== undefined) return new Source(absoluteRef, preloaded.replace(/\r\n/g, "\n"));
    const size = sizeOf(absoluteRef);
    if (size > this.#policy.maxBytes) {
      throw new Error(`${absoluteRef} is ${megabytes(size)}, over the ${megabytes(this.#policy.maxBytes)} limit (--max-spec-size)`);
    }
    return super.loadExternalRef(absoluteRef);
  }
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // a missing file is reported by the resolver itself
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
