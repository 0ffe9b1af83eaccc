/**
 * The doc-flavor contract. A flavor turns the IR into pages: for each page a path, a template and a
 * view. The view holds every string already rendered (type labels, escaped text), so templates only
 * lay out, loop and choose between present and absent values.
 */
import type { Model } from "../../ir/types.js";

/** One page to render: `templates/<flavor>/<template>.hbs` applied to `view`. */
export interface DocPage {
  /** posix path inside the flavor's folder, e.g. `models/createchatcompletionrequest.md`. */
  readonly path: string;
  readonly template: string;
  readonly view: object;
  /**
   * How the rendered text ends. Flavors copy their tool's file endings exactly (Speakeasy pages end
   * with no newline, openapi-generator pages with three), so the emitter does not normalise them.
   */
  readonly ending: "as-rendered" | "one-newline";
}

export interface DocFlavor {
  /** kebab-case id: the CLI value of `--flavors` and the folder under `docs/`. */
  readonly id: string;
  readonly description: string;
  /** Flavor-specific options with their defaults (e.g. typedoc's `memberNames`). */
  pages(model: Model, options: FlavorOptions): DocPage[];
}

export interface FlavorOptions {
  /** Member naming for flavors that document TypeScript members. */
  readonly memberNames: "wire" | "camelCase";
}

export function defineFlavor(flavor: DocFlavor): DocFlavor {
  return flavor;
}
