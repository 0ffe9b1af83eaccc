/**
 * The configuration every command starts from: `chatspec.config.{ts,mjs,json}` (the `--config` file,
 * else the one in the current folder), then the command-line flags over it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { resolveConfig, type ResolvedConfig, type UserConfig } from "../../generator/config.js";
import { ChatspecError } from "../../generator/errors.js";
import { findConfigFile, loadConfigFile } from "../../generator/io/load-config-file.js";
import type { CommandIo } from "./io.js";

/** The flags that feed the configuration; a command without one of them leaves it undefined. */
export interface ConfigFlags {
  readonly config?: string;
  readonly spec?: string;
  readonly out?: string;
  readonly flavors?: string;
  readonly outputs?: string;
  readonly lintConfig?: string;
}

/** The config file in use: `--config`, else the one in the current folder, else null. */
export function configFileOf(flags: ConfigFlags, io: CommandIo): string | null {
  return flags.config !== undefined ? path.resolve(io.cwd, flags.config) : findConfigFile(io.cwd);
}

export async function loadCommandConfig(flags: ConfigFlags, io: CommandIo, file: string | null = configFileOf(flags, io)): Promise<ResolvedConfig> {
  const fromFile = file === null ? {} : await loadConfigFile(file, path.relative(io.cwd, file));
  const fromFlags: UserConfig = { spec: flags.spec, out: flags.out, flavors: flags.flavors, outputs: flags.outputs, redocly: flags.lintConfig };
  // The file alone first, so that its own mistakes are reported at the file and a bad flag is not.
  if (file !== null) {
    try {
      resolveConfig(io.cwd, fromFile);
    } catch (error) {
      throw new ChatspecError(error instanceof Error ? error.message : String(error), { kind: "config", location: { file: path.relative(io.cwd, file) } });
    }
  }
  try {
    const config = resolveConfig(io.cwd, fromFile, fromFlags);
    // Without an explicit lint config, a redocly.yaml beside the spec wins over the one in the
    // current folder, so a spec folder (such as a test fixture) can carry its own lint rules.
    const beside = path.join(path.dirname(config.spec), "redocly.yaml");
    const explicit = fromFile.redocly !== undefined || flags.lintConfig !== undefined;
    return !explicit && existsSync(beside) ? { ...config, redocly: beside } : config;
  } catch (error) {
    throw new ChatspecError(error instanceof Error ? error.message : String(error), { kind: "option" });
  }
}
