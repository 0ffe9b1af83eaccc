/**
 * Finds and loads `chatspec.config.{ts,mjs,json}`. A `.ts` config is transpiled with the TypeScript
 * compiler (already a dependency) into a temporary `.mjs` beside it, so its imports resolve exactly
 * as they would from the config file itself; the temporary file is removed right after.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { UserConfig } from "../config.js";
import { ChatspecError } from "../errors.js";

export const CONFIG_FILE_NAMES = ["chatspec.config.ts", "chatspec.config.mjs", "chatspec.config.json"] as const;

/** The first config file in `cwd`, or null. */
export function findConfigFile(cwd: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(cwd, name);
    if (existsSync(file)) return file;
  }
  return null;
}

export async function loadConfigFile(file: string, display: string): Promise<UserConfig> {
  if (!existsSync(file)) throw new ChatspecError("cannot read the config: no such file", { kind: "file", location: { file: display } });
  const value = file.endsWith(".json") ? parseJsonConfig(file, display) : await importConfig(file, display);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ChatspecError("the config must export an object (use `export default defineConfig({ … })`)", { kind: "config", location: { file: display } });
  }
  return value as UserConfig;
}

function parseJsonConfig(file: string, display: string): unknown {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : 0;
    const before = text.slice(0, offset).split("\n");
    throw new ChatspecError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, {
      kind: "config",
      location: { file: display, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
    });
  }
}

async function importConfig(file: string, display: string): Promise<unknown> {
  let target = file;
  let temporary: string | null = null;
  if (file.endsWith(".ts")) {
    const { default: ts } = await import("typescript");
    const output = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.mjs`);
    writeFileSync(temporary, output.outputText);
    target = temporary;
  }
  try {
    const module = (await import(pathToFileURL(target).href)) as { default?: unknown };
    return module.default;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ChatspecError(`cannot load the config: ${message}`, { kind: "config", location: { file: display }, cause: error });
  } finally {
    if (temporary !== null) rmSync(temporary, { force: true });
  }
}
