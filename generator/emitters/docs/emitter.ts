/**
 * Markdown field docs: for each selected flavor, build its pages from the IR and render them with
 * that flavor's Handlebars templates into `docs/<flavor>/…`.
 */
import { buildModel } from "../../ir/build.js";
import { normalizeNewlines } from "../../lib/text.js";
import { defineEmitter, type GeneratedFile } from "../types.js";
import { flavors } from "./flavors/index.js";
import { createRenderer } from "./handlebars.js";

export const docsEmitter = defineEmitter({
  id: "docs",
  description: "markdown field docs in each doc flavor (Handlebars templates under templates/)",
  emit({ document, config, templates }) {
    const selected = flavors.filter((flavor) => config.flavors.includes(flavor.id));
    if (selected.length === 0) return [];
    const model = buildModel(document);
    const files: GeneratedFile[] = [];
    for (const flavor of selected) {
      const render = createRenderer(templates, flavor.id);
      for (const page of flavor.pages(model, { memberNames: config.memberNames })) {
        const text = render(page.template, page.view).replace(/\r\n?/g, "\n");
        files.push({ path: `docs/${flavor.id}/${page.path}`, contents: page.ending === "one-newline" ? normalizeNewlines(text) : text });
      }
    }
    return files;
  },
});
