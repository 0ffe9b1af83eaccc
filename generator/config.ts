/**
 * Options, declared once. A partial `UserConfig` (from chatspec.config.* and CLI flags) resolves to a
 * total `ResolvedConfig` against DEFAULTS; everything downstream reads only the resolved form.
 */
import path from "node:path";

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
}

/** Every option with a value, paths absolute. */
export interface ResolvedConfig {
  readonly cwd: string;
  readonly spec: string;
  readonly out: string;
  readonly redocly: string;
  readonly packageName: string;
}

export const DEFAULTS: Required<UserConfig> = {
  spec: "spec/openapi.yaml",
  out: "generated",
  redocly: "redocly.yaml",
  packageName: "@chatspec/chat-completions",
};

/** Identity helper that types a config file: `export default defineConfig({ ... })`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

const KEYS = Object.keys(DEFAULTS) as (keyof UserConfig)[];

/**
 * Merges config layers, later layers winning, and makes paths absolute against `cwd`.
 * Throws on unknown keys or non-string values so a typo in a config file is not silently ignored.
 */
export function resolveConfig(cwd: string, ...layers: UserConfig[]): ResolvedConfig {
  const merged: Required<UserConfig> = { ...DEFAULTS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (!KEYS.includes(key as keyof UserConfig)) {
        throw new TypeError(`unknown option "${key}" (known: ${KEYS.join(", ")})`);
      }
      if (typeof value !== "string" || value === "") {
        throw new TypeError(`option "${key}" must be a non-empty string`);
      }
      merged[key as keyof UserConfig] = value;
    }
  }
  return {
    cwd,
    spec: path.resolve(cwd, merged.spec),
    out: path.resolve(cwd, merged.out),
    redocly: path.resolve(cwd, merged.redocly),
    packageName: merged.packageName,
  };
}
