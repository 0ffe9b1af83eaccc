/**
 * The model pages a Speakeasy SDK has beside those of its schemas: `utils/retryconfig.md` (the
 * same text in every SDK with retries) and the `Security` model, one optional or required string
 * per security scheme.
 */
import type { Model, SecurityScheme } from "../../ir/types.js";
import type { PageToRender } from "../flavor.js";
import type { Catalog } from "./catalog.js";
import { fieldName } from "./naming.js";
import type { SpeakeasySettings } from "./settings.js";
import { escapeText, padTable } from "./table.js";

export function sdkPages(model: Model, catalog: Catalog, settings: SpeakeasySettings): PageToRender[] {
  // The retry page comes with the SDK's retries, which gen.lock records as the `retries` feature:
  // SDKs whose gen.lock has none have no such page (easyreview, log10py).
  const pages: PageToRender[] =
    settings.retryConfigPage === "written" ? [{ path: "models/utils/retryconfig.md", template: "retryconfig", view: {}, ending: "as-rendered" }] : [];
  // The Security class holds the schemes the requirements name (margen leaves out `apiKeyHeader`,
  // which no requirement uses); a spec whose requirements name none keeps them all (log10py).
  const declared = model.securitySchemes ?? [];
  const named = declared.filter((scheme) => scheme.named === true);
  const schemes = named.length > 0 ? named : declared;
  // A schema called Security already has the page.
  if (schemes.length > 0 && !catalog.shapes.some((shape) => shape.file === "security.md")) {
    pages.push({
      path: `${catalog.layout.folder}/security.md`,
      template: "fields",
      view: { name: "Security", description: null, deprecated: false, rows: securityTable(schemes, settings) },
      ending: "as-rendered",
    });
  }
  return pages;
}

/** One field of the Security class: its Python name, whether it is required, and its example (null: none). */
interface SecurityField {
  readonly name: string;
  readonly required: boolean;
  readonly example: string | null;
}

/**
 * One row per scheme. A scheme is required when the whole API needs it alone and it is an `http`
 * scheme (r9s and honeyhive bearer tokens), or any scheme when gen.yaml's `methodArguments` is
 * `require-security-and-request` (ding's `apiKey` header, Speakeasy 2.390); an `apiKey` scheme
 * otherwise, or one that only some operations name, is optional (emissary, agentset). The example
 * is `x-speakeasy-example`.
 */
function securityTable(schemes: readonly SecurityScheme[], settings: SpeakeasySettings): string[] {
  const required = (scheme: SecurityScheme) =>
    scheme.requiredGlobally && (scheme.type === "http" || settings.methodArguments === "require-security-and-request");
  const fields =
    schemes.length === 1 && isBasic(schemes[0])
      ? basicFields(schemes[0] as SecurityScheme, required)
      : schemes.map((scheme) => ({ name: fieldName(scheme.name), required: required(scheme), example: scheme.example }));
  const html = settings.html;
  const withExamples = fields.some((field) => field.example !== null);
  const rows = fields.map((field) => [
    `\`${field.name}\``,
    field.required ? "*str*" : "*Optional[str]*",
    field.required ? ":heavy_check_mark:" : ":heavy_minus_sign:",
    "N/A",
    ...(withExamples ? [field.example === null ? "" : escapeText(field.example, "table", html)] : []),
  ]);
  return padTable(["Field", "Type", "Required", "Description", ...(withExamples ? ["Example"] : [])], rows);
}

function isBasic(scheme: SecurityScheme | undefined): boolean {
  return scheme?.type === "http" && scheme.scheme === "basic";
}

/**
 * A Security class whose one scheme is HTTP basic holds the scheme's own two fields, `username`
 * and `password`, each with an empty example, so the table has an empty `Example` column
 * (easyreview, Speakeasy 2.225). With other schemes beside it, Speakeasy nests them in a class of
 * their own, which no case of the corpus shows: the scheme stays one field there.
 */
function basicFields(scheme: SecurityScheme, required: (scheme: SecurityScheme) => boolean): SecurityField[] {
  return ["username", "password"].map((name) => ({ name, required: required(scheme), example: "" }));
}
