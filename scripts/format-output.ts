/**
 * The `--format` option of the commands that report findings (`lint`, `check`; `drift` adds
 * `markdown`). The findings and their renderers, one module per format, are in
 * generator/findings/; this is the command-line side.
 */
import { Option } from "commander";
import type { TextStyle } from "../generator/findings/render/text.js";
import type { Colors } from "./commands/io.js";

export const OUTPUT_FORMATS = ["text", "json", "github"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The `--format` option, shared by every command that reports findings. */
export function formatOption(): Option {
  return new Option("--format <format>", "output format: text, json (an array of findings) or github (Actions annotations)")
    .choices(OUTPUT_FORMATS)
    .default("text");
}

/** Errors in red, warnings in yellow, codes and notes dimmed (plain when the stream takes no colour). */
export function textStyleOf(pc: Colors): TextStyle {
  return { error: pc.red, warning: pc.yellow, dim: pc.dim };
}

/** Shortens every line to `width` characters (a diff of a minified line would flood the terminal). */
export function clipLines(text: string, width = 200): string {
  return text
    .split("\n")
    .map((line) => (line.length > width ? `${line.slice(0, width)}… (${line.length - width} more characters)` : line))
    .join("\n");
}
