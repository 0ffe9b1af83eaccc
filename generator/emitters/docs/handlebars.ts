/**
 * The one Handlebars setup for docs: an isolated instance (no global helpers or partials), compiled
 * with `strict` (a missing view key throws), `noEscape` (markdown is not HTML; each flavor escapes
 * once in its view model), `knownHelpersOnly` (templates cannot call logic) and `preventIndent`.
 */
import Handlebars from "handlebars";

export type Templates = ReadonlyMap<string, string>;

const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, preventIndent: true } as const;

export type Renderer = (template: string, view: object) => string;

/**
 * Renderers by template set and flavor. A run generates the canonical package and every profile from
 * the same (read-only) template set, so each template is compiled once per run, not once per package:
 * Handlebars' compiler was about a tenth of `generate`'s own time before.
 */
const renderers = new WeakMap<Templates, Map<string, Renderer>>();

/** Renders `<flavor>/<template>.hbs`; partials are the flavor's `<flavor>/partials/*.hbs`, by file name. */
export function createRenderer(templates: Templates, flavor: string): Renderer {
  let byFlavor = renderers.get(templates);
  if (byFlavor === undefined) {
    byFlavor = new Map();
    renderers.set(templates, byFlavor);
  }
  let renderer = byFlavor.get(flavor);
  if (renderer === undefined) {
    renderer = compileRenderer(templates, flavor);
    byFlavor.set(flavor, renderer);
  }
  return renderer;
}

function compileRenderer(templates: Templates, flavor: string): Renderer {
  const instance = Handlebars.create();
  const prefix = `${flavor}/partials/`;
  for (const [name, source] of templates) {
    if (name.startsWith(prefix)) instance.registerPartial(name.slice(prefix.length).replace(/\.hbs$/, ""), instance.compile(source, COMPILE_OPTIONS));
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (template, view) => {
    const key = `${flavor}/${template}.hbs`;
    let render = compiled.get(key);
    if (render === undefined) {
      const source = templates.get(key);
      if (source === undefined) throw new Error(`missing template templates/${key}`);
      render = instance.compile(source, COMPILE_OPTIONS);
      compiled.set(key, render);
    }
    return render(view);
  };
}
