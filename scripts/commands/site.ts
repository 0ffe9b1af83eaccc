/**
 * `chatspec site`: writes only the HTML API reference, `<out>/site/index.html`, the same bytes
 * `generate` writes there (both go through generator/emitters/site). For a quick look at the page
 * without regenerating everything. It lints first and writes nothing on lint errors, like `generate`.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ResolvedConfig } from "../../generator/config.js";
import { ExitCode } from "../../generator/errors.js";
import { OutputPaths } from "../../generator/naming.js";
import { colorsOf, type CommandIo } from "./io.js";

export interface SiteFlags {
  readonly quiet?: boolean;
  /** The reference policy and size limit, as for every command that reads the spec. */
  readonly allowExternalRefs?: boolean;
  readonly allowRemoteRefs?: boolean;
  readonly maxSpecBytes?: number;
}

export async function runSite(config: ResolvedConfig, flags: SiteFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  // Redocly's loader and the site modules load only for this command, not for --help.
  const [{ loadSpec }, { renderSite }, { sitePage }] = await Promise.all([
    import("../../generator/io/load-spec.js"),
    import("../../generator/io/render-site.js"),
    import("../../generator/emitters/site/emitter.js"),
  ]);
  const rel = (file: string) => path.relative(io.cwd, file) || ".";
  const { document, problems } = await loadSpec({
    specPath: config.spec,
    redoclyPath: config.redocly,
    cwd: io.cwd,
    lint: true,
    allowExternalRefs: flags.allowExternalRefs,
    allowRemoteRefs: flags.allowRemoteRefs,
    maxSpecBytes: flags.maxSpecBytes,
  });
  const errors = problems.filter((problem) => problem.severity === "error").length;
  if (errors > 0) {
    io.stderr(`${colorsOf(io, "stderr").red(`${rel(config.spec)}: ${errors} lint errors; nothing was written (run \`npx chatspec lint\`)`)}\n`);
    return ExitCode.findings;
  }
  const page = await sitePage(document, renderSite);
  const target = path.join(config.out, ...OutputPaths.site.split("/"));
  writeAtomically(target, page);
  if (!flags.quiet) {
    const size = Math.ceil(Buffer.byteLength(page) / 1024);
    io.stdout(`${colorsOf(io, "stdout").green(`chatspec: wrote ${rel(target)} (${size} KiB) in ${((performance.now() - started) / 1000).toFixed(2)} s`)}\n`);
  }
  return ExitCode.ok;
}

/** Writes a sibling temp file and renames it over the target, so a reader never sees half a page. */
function writeAtomically(target: string, contents: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.chatspec-new-${process.pid}`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}
