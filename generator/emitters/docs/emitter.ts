/**
 * Markdown field docs: for each selected flavor of the registry, build its pages from the IR with
 * the flavor's writer and render them with its Handlebars templates into `docs/<flavor>/…`.
 */
import type { ResolvedConfig } from "../../config.js";
import { buildModel } from "../../ir/build.js";
import type { Model } from "../../ir/types.js";
import { normalizeNewlines } from "../../lib/text.js";
import { defineEmitter, type GeneratedFile } from "../types.js";
import { defaultSettings, type Flavor } from "../../flavors/flavor.js";
import { flavors } from "../../flavors/registry.js";
import { createRenderer, type Templates } from "./handlebars.js";

export const docsEmitter = defineEmitter({
  id: "docs",
  output: "docs",
  description: "markdown field docs in each doc flavor (Handlebars templates under templates/)",
  emit({ document, config, templates }) {
    const selected = flavors.filter((flavor) => config.flavors.includes(flavor.id));
    if (selected.length === 0) return [];
    const model = buildModel(document, config.docScope);
    const files: GeneratedFile[] = [];
    for (const flavor of selected) files.push(...renderFlavor(flavor, model, templates, config));
    return files;
  },
});

/** One flavor's pages for a model, at `docs/<flavor>/<page path>`. */
export function renderFlavor(
  flavor: Flavor,
  model: Model,
  templates: Templates,
  config: Pick<ResolvedConfig, "memberNames"> & Partial<Pick<ResolvedConfig, "flavorOptions">>,
): GeneratedFile[] {
  const render = createRenderer(templates, flavor.id);
  const settings = config.flavorOptions?.[flavor.id] ?? defaultSettings(flavor);
  return flavor.writer.pages(model, { memberNames: config.memberNames, settings }).map((page) => {
    const text = render(page.template, page.view).replace(/\r\n?/g, "\n");
    return { path: `docs/${flavor.id}/${page.path}`, contents: page.ending === "one-newline" ? normalizeNewlines(text) : text };
  });
}
