/**
 * No link in any generated doc page points to a file that does not exist, in every registered
 * flavor, for the canonical spec.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { ROOT, danglingLinks, generateFrom, relativeLinks } from "../helpers.js";

let pages: GeneratedFile[];

beforeAll(async () => {
  pages = (await generateFrom(path.join(ROOT, "spec/openapi.yaml"))).filter((file) => file.path.startsWith("docs/") && file.path.endsWith(".md"));
});

describe("links in generated docs", () => {
  it("finds pages and links to check", () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.flatMap((page) => relativeLinks(page.contents)).length).toBeGreaterThan(100);
  });

  it("resolve to generated files", () => {
    expect(danglingLinks(pages)).toEqual([]);
  });

  it("reference pages link fields to anchors that exist", () => {
    const missing: string[] = [];
    for (const page of pages.filter((candidate) => candidate.path.startsWith("docs/reference/"))) {
      for (const [, anchor] of page.contents.matchAll(/\]\(#([^)]+)\)/g)) {
        if (!page.contents.includes(`<a id="${anchor}"></a>`)) missing.push(`${page.path}#${anchor}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
