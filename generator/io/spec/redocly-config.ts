/**
 * The Redocly config that lint and bundle share: the project's file (redocly.yaml or `--lint-config`),
 * or Redocly's `recommended` rules when there is none. A file Redocly cannot load is an input error.
 */
import { existsSync } from "node:fs";
import { createConfig, loadConfig, type Config } from "@redocly/openapi-core";
import { ChatspecError } from "../../errors.js";

export async function loadRedoclyConfig(redoclyPath: string, display: (file: string) => string): Promise<Config> {
  if (!existsSync(redoclyPath)) return createConfig({ extends: ["recommended"] });
  try {
    return await loadConfig({ configPath: redoclyPath });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ChatspecError(`invalid Redocly config: ${message}`, { kind: "config", location: { file: display(redoclyPath) } });
  }
}
