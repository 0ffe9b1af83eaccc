/**
 * Options, declared once. A partial `UserConfig` (from chatspec.config.* and CLI flags) resolves to a
 * total `ResolvedConfig` against DEFAULTS; everything downstream reads only the resolved form.
 */
import path from "node:path";
import { flavorIds } from "./flavors/registry.js";

/** What a user may set in `chatspec.config.{ts,mjs,json}` or on the command line. */
export interface UserConfig {
  /** The canonical OpenAPI document. Default `spec/openapi.yaml`. */
  spec?: string;
  /** Where generated files go. Default `generated`. */
  out?: string;
  /** The Redocly config used for lint (and nowhere else). Default `redocly.yaml` when it exists. */
  redocly?: string;
  /** npm name of the generated package. Default `@chatspec/chat-completions`. */
  packageName?: string;
  /** Doc flavors to generate, as a list or a comma-separated string. Default: all of them. */
  flavors?: string | readonly string[];
  /** Member names in flavors that document language members: the wire names, or camelCase as some SDKs use. */
  memberNames?: "wire" | "camelCase";
}

/** Every option with a value, paths absolute. */
export interface ResolvedConfig {
  readonly cwd: string;
  readonly spec: string;
  readonly out: string;
  readonly redocly: string;
  readonly packageName: string;
  readonly flavors: readonly string[];
  readonly memberNames: "wire" | "camelCase";
}

export const DEFAULTS = {
  spec: "spec/openapi.yaml",
  out: "generated",
  redocly: "redocly.yaml",
  packageName: "@chatspec/chat-completions",
  flavors: flavorIds,
  memberNames: "wire",
} as const satisfies Required<UserConfig>;

/** Identity helper that types a config file: `export default defineConfig({ ... })`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

const KEYS = Object.keys(DEFAULTS) as (keyof UserConfig)[];
const MEMBER_NAMES = ["wire", "camelCase"] as const;

/**
 * Merges config layers, later layers winning, and makes paths absolute against `cwd`.
 * Throws on unknown keys or values so a typo in a config file is not silently ignored.
 */
export function resolveConfig(cwd: string, ...layers: UserConfig[]): ResolvedConfig {
  const merged: Record<string, unknown> = { ...DEFAULTS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (!KEYS.includes(key as keyof UserConfig)) {
        throw new TypeError(`unknown option "${key}" (known: ${KEYS.join(", ")})`);
      }
      merged[key] = value;
    }
  }
  const text = (key: keyof UserConfig): string => {
    const value = merged[key];
    if (typeof value !== "string" || value === "") throw new TypeError(`option "${key}" must be a non-empty string`);
    return value;
  };
  const memberNames = merged.memberNames;
  if (!MEMBER_NAMES.includes(memberNames as (typeof MEMBER_NAMES)[number])) {
    throw new TypeError(`option "memberNames" must be one of: ${MEMBER_NAMES.join(", ")}`);
  }
  return {
    cwd,
    spec: path.resolve(cwd, text("spec")),
    out: path.resolve(cwd, text("out")),
    redocly: path.resolve(cwd, text("redocly")),
    packageName: text("packageName"),
    flavors: resolveFlavors(merged.flavors),
    memberNames: memberNames as ResolvedConfig["memberNames"],
  };
}

function resolveFlavors(value: unknown): string[] {
  const list =
    typeof value === "string"
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter((item) => item !== "")
      : value;
  if (!Array.isArray(list) || !list.every((item): item is string => typeof item === "string")) {
    throw new TypeError('option "flavors" must be a list of flavor ids or a comma-separated string');
  }
  const unknown = list.filter((item) => !flavorIds.includes(item));
  if (unknown.length > 0) throw new TypeError(`unknown flavor "${unknown[0]}" (known: ${flavorIds.join(", ")})`);
  // Registry order, whatever order the user gave: output does not depend on flag spelling.
  return flavorIds.filter((id) => list.includes(id));
}
