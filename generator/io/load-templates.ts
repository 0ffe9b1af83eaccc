/**
 * Reads every `*.hbs` under chatspec's `templates/` folder into a map keyed by posix path
 * (`reference/model.md.hbs`). Read once per run and handed to the pure core.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Templates } from "../emitters/docs/handlebars.js";

/** chatspec's own templates folder, found from the package root (works from source and from dist/). */
export function defaultTemplatesDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve("chatspec/package.json")), "templates");
}

export function loadTemplates(dir: string = defaultTemplatesDir()): Templates {
  const templates = new Map<string, string>();
  const visit = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith(".hbs")) templates.set(child, readFileSync(path.join(dir, child), "utf8"));
    }
  };
  visit("");
  return templates;
}
