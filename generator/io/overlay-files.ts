/**
 * Where provider profiles live: `<spec folder>/profiles/<id>.overlay.yaml`. One small module, so the
 * fast `check` (generator/check/verify.ts) can list the overlays without loading the YAML parser
 * or JSONPath, and the profile loader (load-profiles.ts) finds exactly the same files.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const SUFFIX = ".overlay.yaml";

/** The overlay files of a spec, absolute, sorted by profile id; empty when there is no profiles folder. */
export function overlayFiles(specPath: string): string[] {
  const dir = profilesDir(specPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX))
    .sort()
    .map((name) => path.join(dir, name));
}

export function profilesDir(specPath: string): string {
  return path.join(path.dirname(specPath), "profiles");
}

/** `atoma` for `…/profiles/atoma.overlay.yaml`. */
export function profileIdOf(file: string): string {
  return path.basename(file).slice(0, -SUFFIX.length);
}
