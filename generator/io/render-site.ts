/**
 * The site renderer's edge: runs Redocly's `build-docs` on a bundled document in a child process, in
 * a temp folder, and returns the HTML. @redocly/cli is a bundled command line without an API for
 * build-docs, hence the process. The run is hermetic so the page depends only on the document and the
 * pinned CLI: a temp folder as cwd, a config file that says only `telemetry: off` (the project's
 * redocly.yaml is for lint and is not read here), `REDOCLY_TELEMETRY=off` (otherwise the page itself
 * reports views to Redocly), `--inlineBundle` (otherwise Redoc's script comes from Redocly's CDN).
 *
 * This renderer starts a new process per page (a one-off `generate`); `generate --watch` keeps one
 * process with the CLI loaded instead (warm-site-renderer.ts), on the same workspace and arguments.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { OpenApiDocument } from "../openapi.js";
import type { SiteRenderer } from "../emitters/types.js";
import { ChatspecError } from "../errors.js";

const run = promisify(execFile);

/** Redocly CLI's entry script, or a one-line error saying how to get it. */
export function redoclyCli(): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");
  } catch {
    throw new ChatspecError("the HTML site needs @redocly/cli: run `npm install --save-dev @redocly/cli`", { kind: "tool" });
  }
}

/** The CLI's arguments after `build-docs`, relative to the workspace. */
export const BUILD_DOCS_ARGS = [
  "build-docs",
  "openapi.json",
  "--inlineBundle",
  "--template",
  "page.hbs",
  "--config",
  "redocly.yaml",
  "--lint-config",
  "off",
  "--output",
  "index.html",
] as const;

/** What the CLI must see in its environment, whichever process runs it. */
export const BUILD_DOCS_ENV = { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1", FORCE_COLOR: "0" } as const;

/**
 * Runs `render(dir)` in a fresh temp folder holding the document, the page template and a config
 * that turns telemetry off; returns the page it left, and removes the folder in every case.
 */
export async function inSiteWorkspace(document: OpenApiDocument, template: string, render: (dir: string) => Promise<void>): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chatspec-site-"));
  try {
    writeFileSync(path.join(dir, "openapi.json"), JSON.stringify(document));
    writeFileSync(path.join(dir, "page.hbs"), template);
    writeFileSync(path.join(dir, "redocly.yaml"), "telemetry: off\n");
    await render(dir);
    // Read as bytes, then decoded: Node 20's own UTF-8 read of the 2.5 MB page takes twice as long.
    return readFileSync(path.join(dir, "index.html")).toString("utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The one-line error for a failed build-docs run: the last line it printed that is not its banner's frame. */
export function buildDocsFailure(output: string): ChatspecError {
  const reason =
    output
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !/[║╔╚═]/.test(line))
      .at(-1) ?? "unknown error";
  return new ChatspecError(`redocly build-docs failed: ${reason}`, { kind: "tool" });
}

export const renderSite: SiteRenderer = async ({ document, template, signal }) => {
  const cli = redoclyCli();
  return inSiteWorkspace(document, template, async (dir) => {
    try {
      // An abort (the page is no longer wanted) ends the child process, so it cannot keep this one alive.
      await run(process.execPath, [cli, ...BUILD_DOCS_ARGS], {
        cwd: dir,
        env: { ...process.env, ...BUILD_DOCS_ENV },
        maxBuffer: 16 * 1024 * 1024,
        ...(signal === undefined ? {} : { signal }),
      });
    } catch (error) {
      throw buildDocsFailure(error instanceof Error && "stderr" in error ? String(error.stderr) : String(error));
    }
  });
};
