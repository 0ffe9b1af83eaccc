/**
 * The HTML API reference, `site/index.html`: Redocly's `build-docs` (Redoc 3) output for the bundled
 * spec, with cross-field rules in words instead of "case N" tabs (cross-field-rules.ts), array titles
 * that read once (type-labels.ts), union fields' descriptions where Redoc shows them, each sentence
 * once (union-descriptions.ts), made to work
 * offline (page.ts). Rendering needs Redocly's CLI in a child process, which is
 * I/O, so the renderer comes in with the assets (generator/io/render-site.ts) and this emitter stays
 * a function of its inputs. The output is byte-stable: same document, same pinned @redocly/cli, same
 * bytes (Redocly embeds no date, path or random id), so the page is part of the drift gate.
 *
 * The page is 2.5 MB, nearly all Redoc's inlined script, and not part of the npm package: the
 * `.npmignore` written beside it keeps `site/` out of `npm pack` (the package has no `files` list).
 */
import { jsonBannerText } from "../../lib/banner.js";
import { OutputPaths } from "../../naming.js";
import type { OpenApiDocument } from "../../openapi.js";
import { defineEmitter, type SiteRenderer } from "../types.js";
import { SITE_TEMPLATE, finishSitePage } from "./page.js";
import { withCrossFieldRulesInWords } from "./cross-field-rules.js";
import { withReadableTypeLabels } from "./type-labels.js";
import { withUnionDescriptions } from "./union-descriptions.js";

const NPMIGNORE = `# ${jsonBannerText}\n# The HTML reference is published as a site, not in the npm package.\nsite/\n`;

/**
 * The finished page for a bundled document: what `generate` writes and `chatspec site` writes alone.
 * The document is read before this returns (the renderer serialises it at once), so the caller may
 * hand it on while the page is rendered.
 */
export async function sitePage(document: OpenApiDocument, renderSite: SiteRenderer, signal?: AbortSignal): Promise<string> {
  const shown = withUnionDescriptions(withReadableTypeLabels(withCrossFieldRulesInWords(document)));
  return finishSitePage(await renderSite({ document: shown, template: SITE_TEMPLATE, ...(signal === undefined ? {} : { signal }) }));
}

export const siteEmitter = defineEmitter({
  id: "site",
  output: "site",
  description: "site/index.html: the HTML API reference (Redocly build-docs, offline), kept out of the npm package",
  outOfProcess: true,
  async emit({ document, renderSite, sitePage: started }) {
    return [
      { path: OutputPaths.site, contents: await (started ?? sitePage(document, renderSite)) },
      { path: OutputPaths.npmignore, contents: NPMIGNORE },
    ];
  },
});
