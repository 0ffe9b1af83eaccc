/**
 * Reads the generator's own inputs besides the spec, once per run, for the pure core: every `*.hbs`
 * under `templates/` (keyed `reference/schema.md.hbs`) and the TypeScript sources of the runtime the
 * generated package ships (`generator/runtime/*.ts`, keyed by file name).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Templates } from "../emitters/docs/handlebars.js";
import type { PrebuiltModule } from "../emitters/runtime/transpile.js";
import type { Assets, SiteRenderer } from "../emitters/types.js";
import { renderSite } from "./render-site.js";
import { compareCodeUnits } from "../lib/text.js";

/** chatspec's own folder, found from its package.json (works from source and from dist/). */
function packageRoot(): string {
  return path.dirname(createRequire(import.meta.url).resolve("chatspec/package.json"));
}

export function defaultTemplatesDir(): string {
  return path.join(packageRoot(), "templates");
}

let siteRenderer: SiteRenderer = renderSite;

/**
 * The site renderer loadAssets hands out from now on in this process: `generate --watch`'s process
 * sets one that keeps Redocly loaded between runs (warm-site-renderer.ts). Same pages either way.
 */
export function useSiteRenderer(renderer: SiteRenderer): void {
  siteRenderer = renderer;
}

/** Templates, runtime sources and the site renderer: everything `generate` uses besides the spec. */
export function loadAssets(): Assets {
  return { templates: loadTemplates(), runtime: loadRuntimeSources(), runtimePrebuilt: loadRuntimePrebuilt(), renderSite: siteRenderer };
}

/** Where `npm run build` leaves the transpiled runtime (scripts/build-runtime.ts). */
export function runtimePrebuiltPath(): string {
  return path.join(packageRoot(), "dist", "runtime-prebuilt.json");
}

/** The build's transpiled runtime modules by file name; empty without a build (the emitter then transpiles). */
function loadRuntimePrebuilt(): ReadonlyMap<string, PrebuiltModule> {
  const file = runtimePrebuiltPath();
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, PrebuiltModule>));
}

export function loadRuntimeSources(): ReadonlyMap<string, string> {
  const dir = path.join(packageRoot(), "generator/runtime");
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

export function loadTemplates(dir: string = defaultTemplatesDir()): Templates {
  const templates = new Map<string, string>();
  const visit = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith(".hbs")) templates.set(child, readFileSync(path.join(dir, child), "utf8"));
    }
  };
  visit("");
  return templates;
}
