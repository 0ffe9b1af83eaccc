/**
 * The configuration every command starts from: `chatspec.config.{ts,mjs,json}` (the `--config` file,
 * else the one in the current folder), then the command-line flags over it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { OptionError, resolveConfig, type ResolvedConfig, type UserConfig } from "../../generator/config.js";
import { ChatspecError } from "../../generator/errors.js";
import { findConfigFile, loadConfigFile } from "../../generator/io/load-config-file.js";
import { overlayFiles, profileIdOf } from "../../generator/io/overlay-files.js";
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
    const display = path.relative(io.cwd, file);
    try {
      resolveConfig(io.cwd, fromFile);
    } catch (error) {
      if (error instanceof OptionError) throw new ChatspecError(error.detail, { kind: "config", location: { file: display, pointer: error.pointer } });
      throw new ChatspecError(error instanceof Error ? error.message : String(error), { kind: "config", location: { file: display } });
    }
  }
  let config: ResolvedConfig;
  try {
    config = resolveConfig(io.cwd, fromFile, fromFlags);
  } catch (error) {
    throw new ChatspecError(error instanceof Error ? error.message : String(error), { kind: "option" });
  }
  if (file !== null) assertKnownProfiles(config, path.relative(io.cwd, file));
  // Without an explicit lint config, a redocly.yaml beside the spec wins over the one in the
  // current folder, so a spec folder (such as a test fixture) can carry its own lint rules.
  const beside = path.join(path.dirname(config.spec), "redocly.yaml");
  const explicit = fromFile.redocly !== undefined || flags.lintConfig !== undefined;
  return !explicit && existsSync(beside) ? { ...config, redocly: beside } : config;
}

/**
 * Every profile the config declares outputs for has an overlay beside the spec in use: a misspelt
 * id would otherwise leave that profile on its defaults without a word.
 */
function assertKnownProfiles(config: ResolvedConfig, display: string): void {
  const declared = Object.keys(config.profiles);
  if (declared.length === 0) return;
  const known = overlayFiles(config.spec).map(profileIdOf);
  const unknown = declared.find((id) => !known.includes(id));
  if (unknown === undefined) return;
  throw new ChatspecError(`no profile "${unknown}" beside the spec (${known.length === 0 ? "it has none" : `known: ${known.join(", ")}`})`, {
    kind: "config",
    location: { file: display, pointer: `/profiles/${unknown}` },
  });
}
