/**
 * The HTML reference page's own parts, pure: the page template handed to Redocly's `build-docs`, and
 * the finishing pass that makes its output work offline.
 *
 * Why a finishing pass: `build-docs --inlineBundle` inlines Redoc's script and styles (no CDN script,
 * and Redoc 3 uses system fonts), but the inlined bundle still loads two things from the network at
 * view time: the "API docs by Redocly" logo (`cdn.redoc.ly/redoc/logo-mini*.svg`) and, unless the
 * build ran with telemetry off, Redocly's page telemetry. The renderer (generator/io/render-site.ts)
 * turns telemetry off; here the logo URLs become inline SVGs, and every offline rule is checked, so a
 * Redocly upgrade that adds a fetch fails `generate` instead of shipping a page that phones home.
 * The favicon request (a 404 and a console error on a static host) is answered by the template.
 */
import { markdownBanner } from "../../lib/banner.js";
import { normalizeNewlines } from "../../lib/text.js";

/**
 * The page around Redoc's markup: Redocly's default template plus the do-not-edit banner (an HTML
 * comment, the same one markdown pages carry), `lang`, and an inline empty favicon.
 */
export const SITE_TEMPLATE = `<!DOCTYPE html>
${markdownBanner}<html lang="en">

<head>
  <meta charset="utf-8" />
  <title>{{title}}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <style>
    body {
      padding: 0;
      margin: 0;
    }
  </style>
  {{{redocHead}}}
</head>

<body>
  {{{redocHTML}}}
</body>

</html>
`;

/** The attribution logo as a small inline SVG: the words, no fetch. No backtick: it lands in a JS template literal. */
function logoDataUri(width: number): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='${width}' height='16' viewBox='0 0 ${width} 16'><text x='0' y='12' font-family='system-ui,sans-serif' font-size='12' font-weight='600' fill='%23555761'>Redocly</text></svg>`;
  return `data:image/svg+xml,${svg.replace(/</g, "%3C").replace(/>/g, "%3E").replace(/ /g, "%20")}`;
}

/** Network URLs inside Redoc's bundle that a browser fetches on every view, and what replaces each. */
export const VIEW_TIME_FETCHES: ReadonlyArray<readonly [url: string, replacement: string]> = [
  ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", logoDataUri(52)],
  ["https://cdn.redoc.ly/redoc/logo-mini.svg", logoDataUri(52)],
];

/**
 * Why a rendered page would not work offline, or null. `replacing`: how many references to
 * cdn.redoc.ly the caller is about to replace (VIEW_TIME_FETCHES), so the page can be checked before
 * it is rewritten. Exported for tests.
 */
export function offlineProblem(html: string, replacing = 0): string | null {
  if (/<script\b[^>]*\bsrc\s*=/i.test(html)) return "a <script src> (Redoc was not inlined: is --inlineBundle set?)";
  if (/<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i.test(html)) return "a <link> to another host (stylesheet, font or modulepreload)";
  if (!html.includes('"disableTelemetry":true')) return "Redocly telemetry is on (set REDOCLY_TELEMETRY=off for build-docs)";
  if (occurrences(html, "cdn.redoc.ly") > replacing) return "a reference to cdn.redoc.ly";
  if (/url\(\s*["']?(?:https?:)?\/\//i.test(html.replace(/<script\b[\s\S]*?<\/script>/gi, ""))) return "a CSS url() to another host";
  return null;
}

/**
 * Turns `build-docs` output into the committed page: view-time fetches replaced, offline rules
 * checked, LF line endings and one final newline. Throws (an internal error, not a user error) when
 * the bundle no longer has exactly the fetches this module knows about.
 */
export function finishSitePage(html: string): string {
  // Every search runs on the page as read, and the rewritten page is assembled once at the end:
  // each rewrite before a search would make V8 copy the 2.5 MB page into one piece again for it.
  const page = normalizeNewlines(html);
  const at: [index: number, url: string, replacement: string][] = [];
  for (const [url, replacement] of VIEW_TIME_FETCHES) {
    const count = occurrences(page, url);
    if (count !== 1)
      throw new Error(
        `site: expected Redoc's bundle to reference ${url} once, found ${count}; review generator/emitters/site/page.ts for this Redocly version`,
      );
    at.push([page.indexOf(url), url, replacement]);
  }
  const problem = offlineProblem(page, at.length);
  if (problem !== null) throw new Error(`site: the page would not work offline: ${problem}`);
  let finished = "";
  let from = 0;
  for (const [index, url, replacement] of at.sort((a, b) => a[0] - b[0])) {
    finished += page.slice(from, index) + replacement;
    from = index + url.length;
  }
  return finished + page.slice(from);
}

/** How many times `text` contains `part` (not overlapping). */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let index = text.indexOf(part); index !== -1; index = text.indexOf(part, index + part.length)) count++;
  return count;
}
