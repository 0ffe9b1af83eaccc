/**
 * What a loaded document was made from (check/provenance.ts): the hashes of every file the resolver
 * parsed, the lint policy's files, and whether it was normalised. Computed here, at the edge that
 * read those files, and returned with the document, so the manifest can pin the inputs without the
 * pure core reading anything.
 */
import type { Config, Document } from "@redocly/openapi-core";
import { lintHashes, sourceHashes, type SourceText } from "../../check/collect.js";
import type { SpecProvenance } from "../../check/provenance.js";
import type { GuardedResolver } from "../guarded-resolver.js";
import { isRedoclyDocument } from "./resolve.js";

export interface ProvenanceOptions {
  readonly specPath: string;
  readonly redoclyPath: string;
  /** Whether lint is part of the run (`--no-lint` makes it "off"), whether or not it ran this time. */
  readonly lint: boolean;
  readonly normalize: boolean;
}

export async function specProvenance(resolver: GuardedResolver, config: Config, options: ProvenanceOptions): Promise<SpecProvenance> {
  return {
    sources: sourceHashes(options.specPath, await readSources(resolver.cache.values())),
    lint: lintHashes(
      options.specPath,
      options.lint,
      options.redoclyPath,
      config.plugins.flatMap((plugin) => (plugin.absolutePath === undefined ? [] : [plugin.absolutePath])),
    ),
    normalize: options.normalize,
  };
}

/** The files the resolver parsed (the root and every file it `$ref`s), with their text. */
async function readSources(cache: Iterable<Promise<Document | Error>>): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  // A reference the resolver could not load is a rejected entry: it has no text to hash (only an
  // example's externalValue gets this far unloaded, see spec/external-values.ts).
  for (const entry of await Promise.all([...cache].map((loading) => loading.catch((error: unknown) => error)))) {
    if (isRedoclyDocument(entry)) sources.push({ absoluteRef: entry.source.absoluteRef, body: entry.source.body });
  }
  return sources;
}
