/**
 * Shared plumbing of the drift tests: the canonical spec as the audit sees it (bundled document and
 * docs IR, loaded once per file), the seeds as they are, and a short form of a finding for reading
 * whole reports at a glance.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { auditPage, type AuditOptions, type DriftFinding, type DriftSpec, type PageAudit } from "../../generator/drift/index.js";
import { buildModel } from "../../generator/ir/build.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { ROOT, SEED_PAGES_DIR } from "../helpers.js";

export const CANONICAL_SPEC = path.join(ROOT, "spec/openapi.yaml");
export const SEEDS_DIR = SEED_PAGES_DIR;

let canonical: Promise<DriftSpec> | null = null;

/** The canonical spec, bundled and built into the docs IR (as `chatspec drift` loads it). */
export function canonicalSpec(): Promise<DriftSpec> {
  canonical ??= loadDriftSpec(CANONICAL_SPEC);
  return canonical;
}

export async function loadDriftSpec(specPath: string): Promise<DriftSpec> {
  const { document } = await loadSpec({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false });
  return { model: buildModel(document), document };
}

/** A seed by its number (`"003"`): its file name and its text, exactly as shipped. */
export function seed(number: string): { file: string; path: string; text: string } {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(`${number}_`));
  if (file === undefined) throw new Error(`no seed ${number}`);
  const full = path.join(SEEDS_DIR, file);
  return { file, path: full, text: readFileSync(full, "utf8") };
}

export async function auditSeed(number: string, options: AuditOptions = {}): Promise<PageAudit> {
  const { file, text } = seed(number);
  return auditPage(file, text, await canonicalSpec(), options);
}

/** `code field (severity)`: a whole report in one readable list. */
export function brief(findings: readonly DriftFinding[]): string[] {
  return findings.map((finding) => `${finding.code} ${finding.field} (${finding.severity})`);
}
