/**
 * `chatspec drift FILE...`: checks doc pages written elsewhere (another SDK's model docs, a
 * provider's reference page) against the spec, in any flavor chatspec can write. This is the edge:
 * it reads the pages and the spec, runs the pure audit (generator/drift/), prints, and maps the
 * outcome to an exit code: 0 without error-level findings, 1 with, 2 for usage or input errors
 * (an unreadable page or spec, an undetectable flavor, an unknown `--schema`).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { ChatspecError, ExitCode } from "../../generator/errors.js";
import { flavorIds } from "../../generator/flavors/catalog.js";
import { renderGithub } from "../../generator/findings/render/github.js";
import { renderJson } from "../../generator/findings/render/json.js";
import { renderMarkdown } from "../../generator/findings/render/markdown.js";
import { OUTPUT_FORMATS, textStyleOf } from "../format-output.js";
import { loadCommandConfig } from "./config.js";
import { colorsOf, type CommandIo } from "./io.js";

// The shared formats, plus a Markdown table for a pull-request comment.
const DRIFT_FORMATS = [...OUTPUT_FORMATS, "markdown"] as const;
type DriftFormat = (typeof DRIFT_FORMATS)[number];

export interface DriftFlags {
  readonly flavor?: string;
  readonly spec?: string;
  readonly config?: string;
  readonly schema?: string;
  readonly format: DriftFormat;
  readonly debug?: boolean;
}

/** Adds `drift` to the program; `done` receives the exit code. */
export function registerDriftCommand(program: Command, io: CommandIo, done: (exitCode: number) => void): void {
  program
    .command("drift")
    .description("check doc pages written elsewhere against the spec: names, types, required, null, defaults, deprecation, enums, ranges")
    .argument("<files...>", "doc pages (Markdown, or TypeDoc HTML flattened to text)")
    .addOption(new Option("--flavor <id>", "the pages' doc flavor (default: detected per page)").choices(flavorIds))
    .option("--spec <file>", "the OpenAPI 3.1 or 3.0 spec (default: spec/openapi.yaml)")
    .option("--config <file>", "a chatspec.config.{ts,mjs,json} (default: the one in the current directory)")
    .option("--schema <name>", "the schema to compare with (default: the one the page's title, file name or field names map to)")
    .addOption(
      new Option("--format <format>", "text, json (an array of findings), github (Actions annotations) or markdown (a table)")
        .choices(DRIFT_FORMATS)
        .default("text"),
    )
    .addOption(new Option("--debug", "show stack traces of internal errors"))
    .exitOverride()
    .action(async (files: string[], flags: DriftFlags) => {
      done(await runDrift(files, flags, io));
    });
}

export async function runDrift(files: readonly string[], flags: DriftFlags, io: CommandIo): Promise<number> {
  const pages = files.map((file) => readPage(file, io));
  const config = await loadCommandConfig({ config: flags.config, spec: flags.spec }, io);
  const [{ loadSpec }, { buildModel }, drift] = await Promise.all([
    import("../../generator/io/load-spec.js"),
    import("../../generator/ir/build.js"),
    import("../../generator/drift/index.js"),
  ]);
  const { document } = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: io.cwd, lint: false });
  // Real generators write a page for every schema, responses included: any of them may be passed.
  const spec = { model: buildModel(document, "all"), document };
  const audits = pages.map((page) => drift.auditPage(page.display, page.text, spec, { flavor: flags.flavor, schema: flags.schema }));
  const findings = audits.flatMap((audit) => audit.findings);
  switch (flags.format) {
    case "json":
      io.stdout(renderJson(findings));
      break;
    case "github":
      io.stdout(renderGithub(findings));
      break;
    case "markdown":
      io.stdout(renderMarkdown(findings, drift.NO_DRIFT));
      break;
    case "text":
      io.stdout(drift.renderAuditText(audits, textStyleOf(colorsOf(io, "stdout"))));
      break;
  }
  return drift.hasErrors(findings) ? ExitCode.findings : ExitCode.ok;
}

function readPage(file: string, io: CommandIo): { display: string; text: string } {
  const absolute = path.resolve(io.cwd, file);
  const display = (path.relative(io.cwd, absolute) || file).split(path.sep).join("/");
  if (!existsSync(absolute) || !statSync(absolute).isFile())
    throw new ChatspecError("cannot read the doc page: no such file", { kind: "file", location: { file: display } });
  return { display, text: readFileSync(absolute, "utf8") };
}
