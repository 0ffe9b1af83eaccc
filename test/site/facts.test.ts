/**
 * The HTML reference held to the spec, as a reader meets it in Chromium: for the canonical spec and
 * for each profile's (spec/profiles/*.overlay.yaml applied; their pages are built here, `generated/`
 * holds only the canonical one), every field row of the request body and of the 200 response, with
 * everything opened and every branch selected once (redoc-walk.ts), must state the IR's required
 * mark, type, null, default, enum values, bounds and deprecation (site-facts.ts), show no "case N"
 * tab and say no sentence twice. One browser and one tab for all pages.
 *
 * The screenshot of the canonical request section is written to test/artifacts/ (git-ignored: it is
 * for a person to look at, and a PNG rewritten on every run would dirty the tree).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitePage } from "../../generator/emitters/site/emitter.js";
import { loadProfiles } from "../../generator/io/load-profiles.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { renderSite } from "../../generator/io/render-site.js";
import { buildModel } from "../../generator/ir/build.js";
import { definitionsOf } from "../../generator/ir/lookup.js";
import type { FieldType } from "../../generator/ir/types.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import { ROOT, projectTempDir } from "../helpers.js";
import { launchChromium } from "./chromium.js";
import { type RowView, tabLabels, walkSection } from "./redoc-walk.js";
import { caseTabs, compareRows, describeDifference, readerProblems, rowsOf, unopened } from "./site-facts.js";
import { type StaticServer, serveFolder } from "./static-server.js";

const REQUEST = "chat/createchatcompletion/t=request&path=";
const RESPONSE = "chat/createchatcompletion/t=response&c=200&ct=application/json&path=";
const SCREENSHOT = "test/artifacts/site-request-fields.png";

interface Built {
  readonly id: string;
  readonly document: OpenApiDocument;
}

let browser: Browser;
let page: Page;
let server: StaticServer;
let specs: Built[] = [];
let out = "";

beforeAll(async () => {
  const specPath = path.join(ROOT, "spec/openapi.yaml");
  const redoclyPath = path.join(ROOT, "redocly.yaml");
  const { document } = await loadSpec({ specPath, redoclyPath, cwd: ROOT, lint: false });
  const { profiles } = await loadProfiles({ specPath, redoclyPath, cwd: ROOT, document, lint: false });
  specs = [{ id: "canonical", document }, ...profiles.map((profile) => ({ id: profile.id, document: profile.document }))];
  out = projectTempDir("site-facts");
  // Two builds at a time: each is a Redocly child process, and the machine may have two cores.
  for (let start = 0; start < specs.length; start += 2) {
    await Promise.all(
      specs.slice(start, start + 2).map(async (spec) => {
        mkdirSync(path.join(out, spec.id), { recursive: true });
        writeFileSync(path.join(out, spec.id, "index.html"), await sitePage(spec.document, renderSite));
      }),
    );
  }
  server = await serveFolder(out);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  // Five 2.5 MB pages: not worth keeping after the run.
  if (out !== "") rmSync(out, { recursive: true, force: true });
});

async function open(id: string): Promise<void> {
  await page.goto(`${server.origin}/${id}/#/chat/createchatcompletion`, { waitUntil: "load" });
  await page.locator(".schema-property-item").first().waitFor();
}

/** The request body as a reader first sees it (nothing opened, first branches selected), from its description to its last field. */
async function screenshotRequest(): Promise<void> {
  const box = await page.evaluate((prefix) => {
    const rows = [...document.querySelectorAll("[id]")].filter((element) => element.id.startsWith(prefix) && !element.id.slice(prefix.length).includes("/"));
    const first = rows[0]?.getBoundingClientRect();
    const last = rows.at(-1)?.getBoundingClientRect();
    if (first === undefined || last === undefined) return null;
    // From a little above the first field, to take in the body's description with its "Rules between fields".
    const top = Math.max(0, first.top + window.scrollY - 420);
    return { x: Math.max(0, first.left - 24), y: top, width: first.width + 48, height: last.bottom + window.scrollY - top + 16 };
  }, REQUEST);
  if (box === null) throw new Error("no request body rows to screenshot");
  mkdirSync(path.join(ROOT, "test/artifacts"), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, SCREENSHOT), fullPage: true, clip: box });
}

function bodyTypes(document: OpenApiDocument): { request: FieldType; response: FieldType } {
  const operation = buildModel(document, "all").operations?.find((candidate) => candidate.operationId === "createChatCompletion");
  const request = operation?.requestBody?.type;
  const response = operation?.responses.find((candidate) => candidate.status === "200")?.type;
  if (request === undefined || response === undefined || response === null) throw new Error("no createChatCompletion request body or 200 response");
  return { request, response };
}

/** The differences of one section, as one line each (`messages[].content: type-mismatch: …`). */
function differencesOf(views: readonly RowView[], section: string, root: FieldType, document: OpenApiDocument): string[] {
  const rows = rowsOf(views, section);
  const definitions = definitionsOf(buildModel(document, "all"));
  return [...new Set([...compareRows(rows, root, definitions, document), ...readerProblems(rows)].map(describeDifference))];
}

describe("the HTML reference states what the spec says", () => {
  it("builds a page for the canonical spec and for each profile", () => {
    expect(specs.map((spec) => spec.id)).toEqual(["canonical", "atoma", "kluster", "r9s", "watsonx"]);
  });

  it.each(["canonical", "atoma", "kluster", "r9s", "watsonx"])(
    "%s: request body and 200 response, every field and branch",
    async (id) => {
      const spec = specs.find((candidate) => candidate.id === id);
      expect(spec, `spec/profiles/${id}.overlay.yaml`).toBeDefined();
      const { document } = spec as Built;
      const { request, response } = bodyTypes(document);
      await open(id);
      if (id === "canonical") await screenshotRequest();
      const before = await tabLabels(page);
      const requestWalk = await walkSection(page, REQUEST);
      const responseWalk = await walkSection(page, RESPONSE);
      // The walk opened every field that has fields of its own, and tried branches.
      const definitions = definitionsOf(buildModel(document, "all"));
      expect(unopened(rowsOf(requestWalk.views, REQUEST), request, definitions)).toEqual([]);
      expect(unopened(rowsOf(responseWalk.views, RESPONSE), response, definitions)).toEqual([]);
      expect(requestWalk.clicks).toBeGreaterThan(10);
      expect([
        ...caseTabs([...before, ...(await tabLabels(page))]).map((difference) => `page ${describeDifference(difference)}`),
        ...differencesOf(requestWalk.views, REQUEST, request, document).map((line) => `request ${line}`),
        ...differencesOf(responseWalk.views, RESPONSE, response, document).map((line) => `200 response ${line}`),
      ]).toEqual([]);
    },
    240_000,
  );
});
