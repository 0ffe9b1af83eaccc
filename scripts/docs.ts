/**
 * `npm run docs`: writes the pages of docs/ that are rendered from a single source (scripts/docs-pages.ts),
 * and prints one line per page that changed.
 */
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderedDocsPages } from "./docs-pages.js";

// dist/scripts/docs.js → the project root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
for (const [relative, contents] of await renderedDocsPages(root)) {
  const file = path.join(root, relative);
  if (existsSync(file) && readFileSync(file, "utf8") === contents) continue;
  writeFileSync(file, contents);
  process.stdout.write(`chatspec docs: wrote ${relative}\n`);
}
