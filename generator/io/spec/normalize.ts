/**
 * The optional dialect step (`--normalize`): a foreign spec's bundled document rewritten into plain
 * 3.1 by generator/normalize/ (pure), with the report of what changed. Without the option the
 * bundled document passes through untouched and there is no report.
 */
import { normalizeDocument, type NormalizeReport } from "../../normalize/index.js";
import type { OpenApiDocument } from "../../openapi.js";

export interface NormalizeStep {
  readonly document: OpenApiDocument;
  /** What normalising changed, rule by rule; null when it was not asked for. */
  readonly report: NormalizeReport | null;
}

export function normalizeStep(bundled: OpenApiDocument, normalize: boolean): NormalizeStep {
  if (!normalize) return { document: bundled, report: null };
  const normalized = normalizeDocument(bundled);
  return { document: normalized.document, report: normalized.report };
}
