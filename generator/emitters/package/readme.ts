/**
 * The generated package's README: `templates/package/README.md.hbs`, rendered with one spec's names.
 * The same rendering for the canonical spec is docs/package.md (`npm run docs`, checked by
 * test/docs/package-page.test.ts), so the package's README and the project's page are one text.
 */
import { createRenderer } from "../docs/handlebars.js";
import { blockText, inlineCode } from "../../lib/markdown.js";
import { isJsonObject } from "../../openapi.js";
import { parserName, typeName, validatorName } from "../../naming.js";
import type { EmitContext } from "../types.js";

/** The template set's folder under templates/ and its one page. */
const TEMPLATE_SET = "package";
const TEMPLATE = "README.md";

export type ReadmeContext = Pick<EmitContext, "document" | "operation" | "roots" | "config" | "templates">;

/** Title and version from the spec's `info`, as package.json states them too. */
export function specInfo(document: EmitContext["document"]): { title: string; version: string } {
  const info = isJsonObject(document.info) ? document.info : {};
  return {
    title: typeof info.title === "string" ? info.title : "Chat Completions API",
    version: typeof info.version === "string" ? info.version : "0.0.0",
  };
}

/** What the package documents: the chat operation, or the root schemas of a spec without it. */
export function packageSubject({ operation, roots }: Pick<EmitContext, "operation" | "roots">): string {
  return operation === null ? roots.join(", ") : `${operation.method.toUpperCase()} ${operation.path}`;
}

/** The file name `npm pack` gives the package: `@scope/name` at 1.0.0 → `scope-name-1.0.0.tgz`. */
export function tarballName(packageName: string, version: string): string {
  return `${packageName.replace(/^@/, "").replace(/\//g, "-")}-${version}.tgz`;
}

/** The README's markdown, without the do-not-edit banner (the emitter adds it). Every value is rendered here. */
export function renderPackageReadme(context: ReadmeContext): string {
  const { config, operation, roots, templates } = context;
  const { title, version } = specInfo(context.document);
  const root = roots[0] ?? "";
  const view = {
    packageName: config.packageName,
    title: blockText(title).replace(/\n+/g, " "),
    version,
    subject: inlineCode(packageSubject({ operation, roots })),
    chat: operation !== null,
    tarball: tarballName(config.packageName, version),
    type: typeName(root),
    validate: validatorName(root, "default"),
    validateStrict: validatorName(root, "strict"),
    parse: parserName(root),
  };
  return createRenderer(templates, TEMPLATE_SET)(TEMPLATE, view);
}
