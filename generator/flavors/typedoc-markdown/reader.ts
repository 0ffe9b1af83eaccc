/**
 * TypeDoc comes in two dialects: typedoc-plugin-markdown pages and TypeDoc HTML flattened to text
 * (seed 004). Both are the `typedoc-markdown` flavor; this picks the reader by what the text holds.
 *
 * Deprecation is `~~name~~` or `#### Deprecated`, defaults a `#### Default Value` tag, null a
 * `| null` member or inside a referenced alias. The flattened dialect keeps none of the markers and
 * tags: a `Deprecated` line in the description is all that is left, and no defaults.
 */
import type { DocPage } from "../../drift/doc-model.js";
import { signatureCount } from "../../drift/source.js";
import type { Model } from "../../ir/types.js";
import { typeName } from "../../naming.js";
import { definitionShape, type FlavorReader, type TitledShape } from "../flavor.js";
import { looksLikeFlattenedTypedoc, parseTypedocText } from "./flattened-text-reader.js";
import { parseTypedocMarkdown as parseMarkdown } from "./markdown-reader.js";
import { camelCase, firstWordBreakSegment } from "./naming.js";

/** Constructs only typedoc-plugin-markdown writes: its page headings, member declarations, block tags and alias declarations. */
const SIGNATURES = [/^# (~~)?(Interface|Type Alias): /m, /^> (`[a-z]+` )*\*\*[^*]+\*\*: /m, /^#{4,6} (Deprecated|Default Value)$/m, /^> \*\*[^*]+\*\* = /m];

/** Flattened HTML has none of the signatures; its run-together `Optional name` lines weigh as two. */
const FLATTENED_TEXT_SCORE = 2;

export const typedocMarkdownReader: FlavorReader = {
  signatureScore: (text) => signatureCount(SIGNATURES, text) + (looksLikeFlattenedTypedoc(text) ? FLATTENED_TEXT_SCORE : 0),
  parse: parseTypedocMarkdown,
  traits: (page) =>
    page.dialect === null
      ? { deprecationMarker: true, showsDefaults: true, nullInReferencedType: true, showsNullDefault: true, dropsModelDescriptions: false }
      : { deprecationMarker: true, showsDefaults: false, nullInReferencedType: true, showsNullDefault: false, dropsModelDescriptions: false },
  memberName: camelCase,
  truncatedName: firstWordBreakSegment,
  titledShapes: typeNameTitles,
};

export function parseTypedocMarkdown(text: string): DocPage {
  return /^# (~~)?(Interface|Type Alias): /m.test(text) || !looksLikeFlattenedTypedoc(text) ? parseMarkdown(text) : parseTypedocText(text);
}

/** Pages are titled with the TypeScript type names of the schemas. */
function typeNameTitles(model: Model): [string, TitledShape][] {
  return model.definitions.map((definition) => [typeName(definition.name), definitionShape(definition)]);
}
