/**
 * Pages of docs/ that are rendered, not written by hand. docs/package.md is the generated package's
 * README (templates/package/README.md.hbs, generator/emitters/package/readme.ts) rendered for the
 * canonical spec, under a note that says so. `npm run docs` writes it (scripts/docs.ts);
 * test/docs/package-page.test.ts renders it again and compares byte for byte.
 */
import path from "node:path";
import { resolveConfig } from "../generator/config.js";
import { renderPackageReadme } from "../generator/emitters/package/readme.js";
import { emitContext } from "../generator/index.js";
import { loadSpec } from "../generator/io/load-spec.js";
import { loadAssets } from "../generator/io/load-templates.js";
import { normalizeNewlines } from "../generator/lib/text.js";

const NOTE = [
  "<!-- Rendered by `npm run docs` from templates/package/README.md.hbs. Do not edit: edit the template. -->",
  "> **One source.** This page and the README of every generated package (`generated/README.md`,",
  "> `generated/profiles/<id>/README.md`) are one text: `templates/package/README.md.hbs`, rendered by the",
  "> package emitter (`generator/emitters/package/readme.ts`) with each spec's names. This page is the",
  "> rendering for the canonical spec, written by `npm run docs`; `test/docs/package-page.test.ts` fails",
  "> when it is not current. To change it, edit the template, then run `npm run generate` and `npm run docs`.",
  "",
  "",
].join("\n");

/** docs/package.md for the project in `root`: the note, then the package README of its canonical spec (default config). */
export async function packageDocsPage(root: string): Promise<string> {
  const config = resolveConfig(root);
  // The README needs the spec's info, operation and root schemas only: no lint.
  const { document } = await loadSpec({ specPath: config.spec, redoclyPath: config.redocly, cwd: root, lint: false });
  return normalizeNewlines(NOTE + renderPackageReadme(emitContext(document, config, loadAssets())));
}

/** Every rendered page, by path relative to the project root. */
export async function renderedDocsPages(root: string): Promise<ReadonlyMap<string, string>> {
  return new Map([[path.join("docs", "package.md"), await packageDocsPage(root)]]);
}
