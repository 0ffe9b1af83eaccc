/**
 * The site renderer's edge: runs Redocly's `build-docs` on a bundled document in a child process, in
 * a temp folder, and returns the HTML. @redocly/cli is a bundled command line without an API for
 * build-docs, hence the process. The run is hermetic so the page depends only on the document and the
 * pinned CLI: a temp folder as cwd, a config file that says only `telemetry: off` (the project's
 * redocly.yaml is for lint and is not read here), `REDOCLY_TELEMETRY=off` (otherwise the page itself
 * reports views to Redocly), `--inlineBundle` (otherwise Redoc's script comes from Redocly's CDN).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { SiteRenderer } from "../emitters/types.js";
import { ChatspecError } from "../errors.js";

const run = promisify(execFile);

/** Redocly CLI's entry script, or a one-line error saying how to get it. */
function redoclyCli(): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");
  } catch {
    throw new ChatspecError("the HTML site needs @redocly/cli: run `npm install --save-dev @redocly/cli`", { kind: "tool" });
  }
}

export const renderSite: SiteRenderer = async ({ document, template }) => {
  const cli = redoclyCli();
  const dir = mkdtempSync(path.join(os.tmpdir(), "chatspec-site-"));
  try {
    writeFileSync(path.join(dir, "openapi.json"), JSON.stringify(document));
    writeFileSync(path.join(dir, "page.hbs"), template);
    writeFileSync(path.join(dir, "redocly.yaml"), "telemetry: off\n");
    const args = [
      cli,
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
    ];
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1", FORCE_COLOR: "0" };
    try {
      await run(process.execPath, args, { cwd: dir, env, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const output = error instanceof Error && "stderr" in error ? String(error.stderr) : String(error);
      const reason =
        output
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line !== "" && !/[║╔╚═]/.test(line))
          .at(-1) ?? "unknown error";
      throw new ChatspecError(`redocly build-docs failed: ${reason}`, { kind: "tool" });
    }
    return readFileSync(path.join(dir, "index.html"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
