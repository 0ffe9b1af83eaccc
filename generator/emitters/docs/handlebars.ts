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
 * Renderers by flavor and the text of that flavor's templates. A run generates the canonical package
 * and every profile from the same template set, so each template is compiled once per run, not once
 * per package (Handlebars' compiler was about a tenth of `generate`'s own time before); and a
 * long-lived process (`generate --watch`) loads the templates again for every run, so the key is
 * their text, not the Map: an unchanged template is not compiled again, an edited one is. Only the
 * renderers of the latest text of each flavor are kept.
 */
const renderers = new Map<string, { readonly key: string; readonly renderer: Renderer }>();

/** Renders `<flavor>/<template>.hbs`; partials are the flavor's `<flavor>/partials/*.hbs`, by file name. */
export function createRenderer(templates: Templates, flavor: string): Renderer {
  const key = templateKey(templates, flavor);
  const known = renderers.get(flavor);
  if (known !== undefined && known.key === key) return known.renderer;
  const renderer = compileRenderer(new Map(templates), flavor);
  renderers.set(flavor, { key, renderer });
  return renderer;
}

/** The names and texts of the templates `flavor` can use, as one string (JSON, so no two sets collide). */
function templateKey(templates: Templates, flavor: string): string {
  const prefix = `${flavor}/`;
  return JSON.stringify([...templates].filter(([name]) => name.startsWith(prefix)));
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
