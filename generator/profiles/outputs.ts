/**
 * What a profile's package publishes. A provider publishes one package with its docs in one style,
 * so by default a profile gets the flavor its overlay names (`x-chatspec-flavor`) plus `reference`
 * (the flavor every package has), and no HTML site; the config's `profiles.<id>` overrides either.
 * The canonical package is configured by the top-level `flavors` and `outputs`. Pure.
 */
import type { DeclaredProfileOutputs, ResolvedConfig } from "../config.js";
import { flavorIds } from "../flavors/catalog.js";
import { PROVIDER_FLAVOR } from "./overlay.js";
import type { Profile } from "./profile.js";

/** The flavor every profile gets besides its provider's own. */
export const BASE_FLAVOR = "reference";

export interface ProfileOutputs {
  /** Doc flavor ids, in registry order. */
  readonly flavors: readonly string[];
  readonly site: boolean;
}

/** The profile's outputs: what the config declares for it, its overlay's defaults for the rest. */
export function profileOutputs(profile: Pick<Profile, "id" | "overlay">, declared: Readonly<Record<string, DeclaredProfileOutputs>>): ProfileOutputs {
  const own = declared[profile.id] ?? {};
  const provider = profile.overlay[PROVIDER_FLAVOR];
  const defaults = flavorIds.filter((id) => id === BASE_FLAVOR || id === provider);
  return { flavors: own.flavors ?? defaults, site: own.site ?? false };
}

/**
 * The configuration a profile's package is generated with: the run's, named `<packageName>-<id>`,
 * with the profile's flavors, and the site only when both the profile and the run's `outputs` want it.
 */
export function profileConfig(profile: Pick<Profile, "id" | "overlay">, config: ResolvedConfig): ResolvedConfig {
  const outputs = profileOutputs(profile, config.profiles);
  return {
    ...config,
    packageName: `${config.packageName}-${profile.id}`,
    flavors: outputs.flavors,
    outputs: config.outputs.filter((kind) => kind !== "site" || outputs.site),
  };
}
