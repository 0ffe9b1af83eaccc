/**
 * The model pages every Speakeasy SDK has beside those of its schemas: `utils/retryconfig.md`
 * (the same text in every SDK) and the `Security` model, one optional or required string per
 * security scheme.
 */
import type { Model, SecurityScheme } from "../../ir/types.js";
import type { PageToRender } from "../flavor.js";
import type { Catalog } from "./catalog.js";
import { fieldName } from "./naming.js";
import { escapeText, padTable } from "./table.js";

export function sdkPages(model: Model, catalog: Catalog, html: "raw" | "escaped"): PageToRender[] {
  const pages: PageToRender[] = [{ path: "models/utils/retryconfig.md", template: "retryconfig", view: {}, ending: "as-rendered" }];
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
      view: { name: "Security", description: null, deprecated: false, rows: securityTable(schemes, html) },
      ending: "as-rendered",
    });
  }
  return pages;
}

/**
 * One row per scheme. A scheme is required when the whole API needs it alone and it is an `http`
 * scheme (r9s and honeyhive bearer tokens); an `apiKey` scheme, or one that only some operations
 * name, is optional (emissary, agentset). The example is `x-speakeasy-example`.
 */
function securityTable(schemes: readonly SecurityScheme[], html: "raw" | "escaped"): string[] {
  const withExamples = schemes.some((scheme) => scheme.example !== null);
  const rows = schemes.map((scheme) => {
    const required = scheme.requiredGlobally && scheme.type === "http";
    return [
      `\`${fieldName(scheme.name)}\``,
      required ? "*str*" : "*Optional[str]*",
      required ? ":heavy_check_mark:" : ":heavy_minus_sign:",
      "N/A",
      ...(withExamples ? [scheme.example === null ? "" : escapeText(scheme.example, "table", html)] : []),
    ];
  });
  return padTable(["Field", "Type", "Required", "Description", ...(withExamples ? ["Example"] : [])], rows);
}
