/**
 * The mkdocs-material flavor through the real tools: Debian's MkDocs and Material theme with the
 * Python-Markdown extensions the markup needs (`admonition` + `pymdownx.details` for `??? child`
 * blocks, `pymdownx.keys` for `++"type"++` badges, `md_in_html` for the required span,
 * `pymdownx.superfences` for code fences inside blocks), `mkdocs build --strict`, offline. The
 * rendered pages are then read in Chromium: every field sits in exactly the `details.child` blocks
 * its indentation puts it in, every required badge renders as a key, and no markdown syntax is left
 * as text. A field-level read of the markdown by the flavor's reader (generator/flavors/mkdocs-material/reader.ts) is the
 * expectation, so the check covers every field of every page.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldLines as parseFields } from "../../generator/flavors/mkdocs-material/reader.js";
import { ROOT } from "../helpers.js";
import { launchChromium } from "./chromium.js";
import { serveFolder, type StaticServer } from "./static-server.js";

const run = promisify(execFile);
const MKDOCS = "/usr/bin/mkdocs";
const PAGES = path.join(ROOT, "generated/docs/mkdocs-material");

const MKDOCS_YML = `site_name: chatspec reference
use_directory_urls: false
theme:
  name: material
  font: false
plugins: []
markdown_extensions:
  - admonition
  - md_in_html
  - pymdownx.details
  - pymdownx.keys
  - pymdownx.superfences
`;

/** A field as the markdown places it and as the HTML renders it: name, enclosing block titles, badges. */
interface PlacedField {
  readonly name: string;
  /** Summaries of the enclosing `??? child` blocks, outermost first. */
  readonly blocks: readonly string[];
  readonly required: boolean;
  readonly deprecated: boolean;
}

/** The expected placement: a field belongs to every `??? child` block opened above it at a smaller indent. */
function placedInMarkdown(text: string): PlacedField[] {
  const fields = new Map(parseFields(text).map((field) => [field.line, field]));
  const open: { indent: number; summary: string }[] = [];
  const placed: PlacedField[] = [];
  text.split("\n").forEach((line, index) => {
    const indent = line.length - line.trimStart().length;
    const block = /^ *\?\?\? child "(.*)"$/.exec(line);
    const field = fields.get(index + 1);
    if (block === null && field === undefined) return;
    while (open.length > 0 && (open.at(-1)?.indent ?? 0) >= indent) open.pop();
    if (block !== null) open.push({ indent, summary: block[1] ?? "" });
    if (field !== undefined)
      placed.push({ name: field.name, blocks: open.map((entry) => entry.summary), required: field.required, deprecated: field.deprecated });
  });
  return placed;
}

/** What the page shows: each field line is a paragraph that starts with the name in <code>, then a key badge. */
function placedInPage(page: Page): Promise<PlacedField[]> {
  return page.locator("article p").evaluateAll((paragraphs) =>
    paragraphs
      .filter((p) => p.firstElementChild?.tagName === "CODE" && p.firstChild === p.firstElementChild && p.querySelector(":scope > span.keys > kbd") !== null)
      .map((p) => {
        const blocks: string[] = [];
        for (let node = p.parentElement; node !== null; node = node.parentElement) {
          if (node.tagName === "DETAILS")
            blocks.unshift(node.classList.contains("child") ? (node.querySelector(":scope > summary")?.textContent ?? "") : "(not a child block)");
        }
        const required = [...p.querySelectorAll(":scope > span.required > span.keys > kbd")].some((kbd) => kbd.textContent === "required");
        const deprecated = [...p.querySelectorAll(":scope > em")].some((em) => em.textContent === "deprecated");
        return { name: p.firstElementChild?.textContent ?? "", blocks, required, deprecated };
      }),
  );
}

/** Text outside code that still looks like markup: the syntax of every extension the flavor uses. */
const LEAKS = ["++", "???", "**", "`", "](", "<span", "</span>", "markdown>", "~~", "!!!", "&lt;", "&gt;"];

let work: string;
let built: string;
let browser: Browser;
let server: StaticServer;
const markdownPages = readdirSync(PAGES)
  .filter((name) => name.endsWith(".md"))
  .sort();

beforeAll(async () => {
  if (!existsSync(MKDOCS))
    throw new Error(`${MKDOCS} is missing: install Debian's mkdocs, mkdocs-material and python3-pymdownx packages, as npm test does when run as root`);
  work = mkdtempSync(path.join(os.tmpdir(), "chatspec-mkdocs-"));
  mkdirSync(path.join(work, "docs"));
  cpSync(PAGES, path.join(work, "docs"), { recursive: true });
  writeFileSync(path.join(work, "mkdocs.yml"), MKDOCS_YML);
  built = path.join(work, "site");
  await run(MKDOCS, ["build", "--strict", "--quiet", "--site-dir", built], { cwd: work });
  server = await serveFolder(built);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("mkdocs build --strict with Material and pymdownx", () => {
  it("renders every page of the flavor", () => {
    expect(markdownPages).toEqual(["create-chat-completion-request.md"]);
    for (const name of markdownPages) expect(existsSync(path.join(built, name.replace(/\.md$/, ".html")))).toBe(true);
  });

  describe.each(markdownPages)("%s", (name) => {
    const markdown = readFileSync(path.join(PAGES, name), "utf8");
    let page: Page;
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];

    beforeAll(async () => {
      page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      await page.route("**/*", async (route) => {
        if (route.request().url().startsWith(`${server.origin}/`)) return route.continue();
        foreignRequests.push(route.request().url());
        return route.abort();
      });
      await page.goto(`${server.origin}/${name.replace(/\.md$/, ".html")}`, { waitUntil: "load" });
    });

    afterAll(async () => {
      await page?.close();
    });

    it("puts every field in exactly the details.child blocks its indentation opens, with its badges", async () => {
      const expected = placedInMarkdown(markdown);
      expect(expected.length).toBeGreaterThan(100);
      expect(await placedInPage(page)).toEqual(expected);
    });

    it("renders one details.child block per ??? child line, none stray", async () => {
      const blocks = markdown.split("\n").filter((line) => /^ *\?\?\? child "/.test(line)).length;
      expect(blocks).toBe(65);
      expect(await page.locator("article details.child").count()).toBe(blocks);
      expect(await page.locator("article details:not(.child)").count()).toBe(0);
    });

    it("renders every required badge as a key", async () => {
      const required = markdown.split('<span class="required" markdown>++"required"++</span>').length - 1;
      expect(required).toBe(98);
      expect(await page.locator("article span.required > span.keys > kbd").count()).toBe(required);
    });

    it("leaves no markdown syntax in the text", async () => {
      const text = await page.locator("article").evaluate((article) => {
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node.parentElement?.closest("code, pre") === null) parts.push(node.textContent ?? "");
        }
        return parts.join("");
      });
      expect(LEAKS.filter((syntax) => text.includes(syntax))).toEqual([]);
      expect(text).not.toMatch(/^ *---$/m);
    });

    it("loads nothing from another host and logs no console error", async () => {
      await page.locator("article details").evaluateAll((blocks) => {
        for (const block of blocks) block.setAttribute("open", "");
      });
      mkdirSync(path.join(ROOT, "test/artifacts"), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, `test/artifacts/mkdocs-${name.replace(/\.md$/, "")}.png`) });
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
