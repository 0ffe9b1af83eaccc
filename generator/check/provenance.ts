/**
 * What a document was made from, as far as the spec reader knows: the files it read (with their
 * hashes), the lint policy it applied, and whether it normalised. The reader (io/load-spec.ts)
 * records it against the document it returns; the manifest looks it up when `generate` runs on that
 * same document, so the manifest can pin every input without the pure core reading any file.
 *
 * A registry keyed by the document object (a WeakMap, so nothing leaks) rather than a field of the
 * document: the document is the spec and flows into every artifact, provenance must not. A document
 * that did not come from the reader (a test's hand-made one, a clone) has no provenance; its
 * manifest then lists no inputs, and `check` always regenerates for it.
 */
import type { OpenApiDocument } from "../openapi.js";

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

const registry = new WeakMap<OpenApiDocument, SpecProvenance>();

export function recordProvenance(document: OpenApiDocument, provenance: SpecProvenance): void {
  registry.set(document, provenance);
}

export function provenanceOf(document: OpenApiDocument): SpecProvenance | null {
  return registry.get(document) ?? null;
}
