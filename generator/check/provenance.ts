/**
 * What a document was made from, as far as the spec reader knows: the files it read (with their
 * hashes), the lint policy it applied, and whether it normalised. The reader (io/load-spec.ts)
 * returns it beside the document it made; generate() takes both and hands the provenance to the
 * manifest, so the manifest can pin every input without the pure core reading any file.
 *
 * Beside the document rather than a field of it: the document is the spec and flows into every
 * artifact, provenance must not. A document generated without one (a test's hand-made one) gets a
 * manifest that lists no inputs, and `check` always regenerates for it.
 */

/** Hashes by posix path relative to the spec's folder (`openapi.yaml`, `../redocly.yaml`). */
export type FileHashes = Readonly<Record<string, string>>;

export interface SpecProvenance {
  /** Every file the spec is made of, the root first, then the files it `$ref`s in path order; null when one is not a local file (a URL). */
  readonly sources: FileHashes | null;
  /** "off" (`--no-lint`), "recommended" (no Redocly config file), or the config file first and then its plugins' files. */
  readonly lint: "off" | "recommended" | FileHashes;
  /** Whether generator/normalize/ rewrote the document (`--normalize`). */
  readonly normalize: boolean;
}

/**
 * `provenance` with the profiles' overlay files (io/load-profiles.ts) added to the spec's files, so
 * the manifest pins the overlays too and the fast `check` notices an edited one. Unchanged when the
 * sources cannot be pinned (a URL among them) or there is no provenance.
 */
export function withOverlays(provenance: SpecProvenance | null, overlays: FileHashes): SpecProvenance | null {
  if (provenance === null || provenance.sources === null) return provenance;
  return { ...provenance, sources: { ...provenance.sources, ...overlays } };
}
