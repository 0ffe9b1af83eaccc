/**
 * The flavors drift can read, each with its parser and what its grammar can express. The traits
 * decide which findings are fair for a flavor: a Rust page cannot mark a deprecation, so only its
 * prose can be blamed; Speakeasy never prints defaults, so a missing default is no finding there.
 *
 * | flavor | deprecation marker | default slot | null in the label |
 * |---|---|---|---|
 * | speakeasy-python | `~~name~~` + warning prefix | none (prose only) | wrapper (`OptionalNullable`), not on lists/dicts |
 * | openapi-generator-rust | none: prose must say it (a model-valued field has no prose: the tool drops it) | `[default to X]` | only on required fields (`Option<…>`) |
 * | mkdocs-material | `*deprecated*` | "Defaults to …" sentence (font label in the old style) | `or null` |
 * | typedoc-markdown | `~~name~~` / `#### Deprecated` | `#### Default Value` | `\| null`, or inside a referenced alias |
 * | typedoc-markdown (flattened HTML text) | a `Deprecated` line (markers do not survive) | none | not stated |
 * | reference | `(deprecated)` / `**deprecated**` | Default column | Nullable column |
 */
import type { DocPage } from "./doc-model.js";
import { parseMkdocsMaterial } from "./parsers/mkdocs-material.js";
import { parseOpenapiGeneratorRust } from "./parsers/openapi-generator-rust.js";
import { parseReference } from "./parsers/reference.js";
import { parseSpeakeasyPython } from "./parsers/speakeasy-python.js";
import { looksLikeFlattenedTypedoc, parseTypedocMarkdown } from "./parsers/typedoc-markdown-dispatch.js";

export const DRIFT_FLAVORS = ["speakeasy-python", "openapi-generator-rust", "mkdocs-material", "typedoc-markdown", "reference"] as const;
export type DriftFlavor = (typeof DRIFT_FLAVORS)[number];

export interface FlavorTraits {
  /** The flavor can mark deprecation itself; when false, the description must say it. */
  readonly deprecationMarker: boolean;
  /** The flavor shows the spec's defaults (in a slot or its own prose sentence), so leaving one out is drift. */
  readonly showsDefaults: boolean;
  /** A reference to a nullable schema carries the null inside the referenced type (TypeScript aliases). */
  readonly nullInReferencedType: boolean;
  /** A `null` default is printed too (openapi-generator prints nothing for it). */
  readonly showsNullDefault: boolean;
  /** Descriptions of fields shown as model links are dropped (openapi-generator), so such a field has no prose to say anything in. */
  readonly dropsModelDescriptions: boolean;
}

export function isDriftFlavor(id: string): id is DriftFlavor {
  return (DRIFT_FLAVORS as readonly string[]).includes(id);
}

export function parsePage(flavor: DriftFlavor, text: string): DocPage {
  switch (flavor) {
    case "speakeasy-python":
      return parseSpeakeasyPython(text);
    case "openapi-generator-rust":
      return parseOpenapiGeneratorRust(text);
    case "mkdocs-material":
      return parseMkdocsMaterial(text);
    case "typedoc-markdown":
      return parseTypedocMarkdown(text);
    case "reference":
      return parseReference(text);
  }
}

export function traitsOf(flavor: DriftFlavor, page: DocPage): FlavorTraits {
  switch (flavor) {
    case "speakeasy-python":
      return { deprecationMarker: true, showsDefaults: false, nullInReferencedType: false, showsNullDefault: false, dropsModelDescriptions: false };
    case "openapi-generator-rust":
      return { deprecationMarker: false, showsDefaults: true, nullInReferencedType: false, showsNullDefault: false, dropsModelDescriptions: true };
    case "mkdocs-material":
      return { deprecationMarker: true, showsDefaults: true, nullInReferencedType: false, showsNullDefault: true, dropsModelDescriptions: false };
    case "typedoc-markdown":
      // Flattened HTML keeps neither markers nor default tags; only prose is left.
      return page.dialect === null
        ? { deprecationMarker: true, showsDefaults: true, nullInReferencedType: true, showsNullDefault: true, dropsModelDescriptions: false }
        : { deprecationMarker: true, showsDefaults: false, nullInReferencedType: true, showsNullDefault: false, dropsModelDescriptions: false };
    case "reference":
      return { deprecationMarker: true, showsDefaults: true, nullInReferencedType: false, showsNullDefault: true, dropsModelDescriptions: false };
  }
}

export { looksLikeFlattenedTypedoc };
