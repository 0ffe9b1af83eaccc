/**
 * The one Handlebars setup for docs: an isolated instance (no global helpers or partials), compiled
 * with `strict` (a missing view key throws), `noEscape` (markdown is not HTML; each flavor escapes
 * once in its view model), `knownHelpersOnly` (templates cannot call logic) and `preventIndent`.
 */
import Handlebars from "handlebars";

export type Templates = ReadonlyMap<string, string>;

const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, preventIndent: true } as const;

/** Renders `<flavor>/<template>.hbs`; partials are the flavor's `<flavor>/partials/*.hbs`, by file name. */
export function createRenderer(templates: Templates, flavor: string): (template: string, view: object) => string {
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
