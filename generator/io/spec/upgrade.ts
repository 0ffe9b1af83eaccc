/**
 * The version step: a 3.0 spec's bundled document converted to 3.1 (generator/upgrade/, pure), with
 * the report of what changed. It runs after lint and bundling, which read the 3.0 document as its
 * author wrote it, so every lint problem and input error still points into the author's file. A 3.1
 * document passes through untouched and there is no report.
 */
import type { OpenApiDocument } from "../../openapi.js";
import { upgradeDocument, type UpgradeReport } from "../../upgrade/index.js";
import type { ReadableVersion } from "./guards.js";

export interface UpgradeStep {
  readonly document: OpenApiDocument;
  /** What converting changed; null when the spec was 3.1 already. */
  readonly report: UpgradeReport | null;
}

export function upgradeStep(bundled: OpenApiDocument, version: ReadableVersion): UpgradeStep {
  if (version === "oas3_1") return { document: bundled, report: null };
  const upgraded = upgradeDocument(bundled);
  return { document: upgraded.document, report: upgraded.report };
}
