/**
 * The published HTML reference as a reader meets it: `chatspec site` builds the page, a static server
 * on 127.0.0.1 serves it, and Debian's Chromium opens the chat completion operation. Every request
 * field must be listed with its description, the deprecated ones marked deprecated, with no console
 * error and no request to any other host (the page must work offline). A screenshot lands in
 * test/artifacts/ (git-ignored) for a person to look at.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/io/load-spec.js";
import { isJsonObject, type JsonObject } from "../../generator/openapi.js";
import { ROOT, projectTempDir, runCli } from "../helpers.js";
import { launchChromium } from "./chromium.js";
import { serveFolder, type StaticServer } from "./static-server.js";

/** One property row of Redoc's request body, as rendered. */
interface Row {
  readonly id: string;
  readonly name: string;
  /** The row's header: name, type, and badges such as "deprecated" or "required". */
  readonly header: string;
  /** Everything below the header: the description, union tabs, enum values. */
  readonly body: string;
  /** The union tab labels marked "(deprecated)", for fields Redoc renders as tabs. */
  readonly deprecatedTabs: number;
  readonly tabs: number;
}

/** Redoc's deep-link id of a top-level request body property. */
const TOP_LEVEL = /^chat\/createchatcompletion\/t=request&path=([a-z0-9_]+)$/;

let browser: Browser;
let page: Page;
let server: StaticServer;
let rows: Row[];
let properties: JsonObject;
let document: JsonObject;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  const out = projectTempDir("site");
  const built = await runCli(["site", "--out", path.relative(ROOT, out)]);
  expect(built.stderr).toBe("");
  expect(built.code).toBe(0);
  ({ document } = await loadSpec({ specPath: path.join(ROOT, "spec/openapi.yaml"), redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false }));
  const schemas = (document.components as JsonObject).schemas as JsonObject;
  properties = (schemas.CreateChatCompletionRequest as JsonObject).properties as JsonObject;

  server = await serveFolder(path.join(out, "site"));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  await page.goto(`${server.origin}/#/chat/createchatcompletion`, { waitUntil: "load" });
  await page.locator(".schema-property-item").first().waitFor();
  rows = await page.locator(".schema-property-item").evaluateAll((elements) =>
    elements.map((element) => {
      const tabs = [...element.querySelectorAll("button, [role=tab]")].map((tab) => tab.textContent ?? "");
      return {
        id: element.id,
        name: element.querySelector(".schema-name")?.textContent ?? "",
        // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (line breaks, hidden parts left out) is what a reader sees
        header: (element.firstElementChild as HTMLElement | null)?.innerText ?? "",
        body: [...element.children]
          .slice(1)
          // biome-ignore lint/performance/useDomNodeTextContent: as above, the rendered text
          .map((child) => (child as HTMLElement).innerText)
          .join("\n"),
        deprecatedTabs: tabs.filter((label) => label.includes("(deprecated)")).length,
        tabs: tabs.filter((label) => label.trim() !== "" && !/^[+−]/.test(label.trim())).length,
      };
    }),
  );
  mkdirSync(path.join(ROOT, "test/artifacts"), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, "test/artifacts/site-create-chat-completion.png") });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Markdown as the reader sees it: link text without the URL, code without backticks, one space between words. */
function visibleText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/^\s*[-*] /gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The description a field shows: its own, or that of the schema its `$ref` names. */
function descriptionOf(property: JsonObject): string {
  if (typeof property.description === "string") return property.description;
  const ref = typeof property.$ref === "string" ? property.$ref.replace("#/components/schemas/", "") : "";
  const target = ((document.components as JsonObject).schemas as JsonObject)[ref];
  return isJsonObject(target) && typeof target.description === "string" ? target.description : "";
}

function topLevelRows(): Map<string, Row> {
  return new Map(rows.filter((row) => TOP_LEVEL.test(row.id)).map((row) => [row.name, row]));
}

describe("the HTML reference in Chromium", () => {
  it("lists every request field once", () => {
    // Redoc moves fields it renders with a "deprecated" badge to the end, so compare without order.
    const names = Object.keys(properties);
    expect(names).toHaveLength(38);
    const shown = rows.filter((row) => TOP_LEVEL.test(row.id)).map((row) => row.name);
    expect(shown.sort()).toEqual(names.sort());
  });

  it("shows every request field's description", () => {
    const shown = topLevelRows();
    const missing = Object.entries(properties)
      .filter(([name, property]) => !squash(shown.get(name)?.body ?? "").includes(visibleText(descriptionOf(property as JsonObject))))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("marks exactly the deprecated fields as deprecated", () => {
    // A plain field gets a "deprecated" badge; a union field (function_call) has every tab marked "(deprecated)".
    const marked = [...topLevelRows().values()]
      .filter((row) => row.header.split("\n").includes("deprecated") || (row.tabs > 0 && row.deprecatedTabs === row.tabs))
      .map((row) => row.name)
      .sort();
    expect(marked).toEqual(["function_call", "functions", "max_tokens", "prompt_cache_retention", "seed", "user"]);
  });

  it("logs no console error", () => {
    expect(consoleErrors).toEqual([]);
  });

  it("requests nothing from another host", () => {
    expect(foreignRequests).toEqual([]);
  });
});
