/**
 * `openapi-generator-rust`: model docs as OpenAPITools openapi-generator's `rust` client generator
 * writes them (`rust/model_doc.mustache`, the `models::` / `f64` generation; seed 001), one
 * `docs/<Model>.md` per model plus the crate `README.md` those pages link back to. Pages carry no
 * banner, so they cannot be told apart from the tool's own output.
 *
 * Page kinds follow the template's branches: objects get `## Properties`; enums `## Enum Variants`
 * with `| Name | Value |`; unions without a discriminator the oneOf `## Enum Variants` with
 * `| Name | Description |`; unions with one the discriminator variant (mapping rows, then each mapped
 * model's properties). Rules and their sources: the shared doc-flavors notes, section 1B.
 *
 * Where we knowingly differ from the tool (each also explained where it happens):
 * - A page's file is the raw schema name (`CreateChatCompletionRequest_model.md`), which is what the
 *   tool's links point at; the tool itself names the file after the class
 *   (`CreateChatCompletionRequestModel.md`), so its links to inline models dangle.
 * - Components the tool writes no model for (arrays, maps, primitives, free-form objects: see
 *   `models.ts`) still get a page, as the tool renders them with `generateAliasAsModel=true`: an
 *   empty `## Properties` table. Fields that refer to them still show the unaliased type.
 * - Table cells are guarded against `|` and `<` (see `escape.ts`).
 */
import type { Definition, Field, Model } from "../../ir/types.js";
import type { FlavorOptions, FlavorWriter, PageToRender } from "../flavor.js";
import { escapeCell, type EscapeMode } from "./escape.js";
import { discriminatorMapping, RustModels, type ModelDoc, type RustType, type Variant } from "./models.js";
import { pageFiles, type PageFiles } from "./page-files.js";
import { rustSettings } from "./settings.js";
import { enumVariantName, toModelName, toVarName } from "./naming.js";
import { compareCodeUnits } from "../../lib/text.js";

/** The crate name openapi-generator uses when `packageName` is not configured. */
const PACKAGE_NAME = "openapi";

export const openapiGeneratorRustWriter: FlavorWriter = {
  pages(model: Model, options?: FlavorOptions): PageToRender[] {
    const settings = rustSettings(options);
    const files = pageFiles(settings);
    const models = new RustModels(model, settings);
    // The generator page set prints spec text as the tool does; the linked one guards table rows.
    const context: PageContext = {
      models,
      generatorPages: settings.generatorPages,
      mappedModels: settings.mappedModels,
      files,
      escapeText: (text, mode) => escapeCell(text, mode, !settings.generatorPages),
    };
    // The tool writes no model for an alias component; the linked page set keeps one so links resolve.
    // The tool's page set holds one page per class name (`byClassName`); the linked one a page per schema name.
    const docs = settings.generatorPages ? models.byClassName(models.catalog().filter((doc) => doc.kind !== "alias")) : models.catalog();
    const pages: PageToRender[] = docs.map((doc) => ({ path: `docs/${files.file(doc.name)}.md`, ...pageOf(doc, context), ending: "as-rendered" }));
    pages.push({ path: "README.md", template: "README.md", view: readmeView(model, docs, context), ending: "as-rendered" });
    return pages;
  },
};

/** What every page of one run shares: the resolved models, where pages are, how text is escaped. */
interface PageContext {
  readonly models: RustModels;
  /** The tool's page set (`pages: generator`). */
  readonly generatorPages: boolean;
  /** Discriminator pages list their mapped models (not in 7.9). */
  readonly mappedModels: boolean;
  readonly files: PageFiles;
  readonly escapeText: (text: string, mode: EscapeMode) => string;
}

function pageOf(doc: ModelDoc, context: PageContext): { template: string; view: object } {
  const { models, escapeText } = context;
  const className = toModelName(doc.name);
  switch (doc.kind) {
    case "object":
      return { template: "properties.md", view: { className, rows: propertyRows(doc.name, doc.fields, context, doc.fieldPositions) } };
    case "alias":
      // The page the template renders for a model without vars, oneOf or enum values.
      return { template: "properties.md", view: { className, rows: [] } };
    case "enum":
      return {
        template: "enum.md",
        view: {
          className,
          variants: doc.values.map((value) => ({ name: enumVariantName(value, doc.values), value: escapeText(String(value), "escape-text-html") })),
        },
      };
    case "one-of": {
      // `{{description}}` inside `{{#oneOf}}` finds no such key on the branch name (a String), so
      // jmustache reads the model's own description: every row repeats it, HTML-escaped.
      const description = doc.description === null ? "" : escapeText(doc.description, "escape-text-html");
      return { template: "one-of.md", view: { className, variants: variantNames(doc.variants, models).map((name) => ({ name, description })) } };
    }
    case "discriminator":
      return { template: "discriminator.md", view: { className, mapped: context.mappedModels ? mappedModels(doc, context) : [] } };
  }
}

/** One `**name** | type | description | notes` row per property, in spec order. */
function propertyRows(modelName: string, fields: readonly Field[], context: PageContext, positions?: readonly string[]) {
  const { models, files, escapeText } = context;
  return fields.map((field, index) => {
    const inlineName = positions?.[index] ?? models.fieldPosition(modelName, field);
    const type = models.rustType(field.type, inlineName);
    // `type: object` beside the `$ref` leaves the tool without a complexType: the link is `(.md)`.
    const core = field.refStyle === "typed" && files.danglingLinks && type.complexType !== null ? `[**${type.dataType}**](.md)` : typeCell(type, files);
    // `{{^required}}Option<{{/required}}{{#required}}{{#isNullable}}Option<…`: one Option either way
    // (the struct's double Option for optional nullable fields is not shown in the docs).
    const optional = !field.required || models.isNullable(field);
    // The property becomes a `$ref` to the model; the description moves there (or was beside a `$ref`).
    // An allOf-wrapped `$ref` stays a property schema of its own, so its description is kept.
    // A property written as a oneOf/anyOf of one branch is replaced by that branch (OpenAPINormalizer's
    // SIMPLIFY_ONEOF_ANYOF), and the property's own description goes with it.
    const dropsDescription = (models.isModelValued(field.type) && field.refStyle !== "allOf") || (field.singleBranch !== undefined && field.ownDescription);
    const description = field.description === null || dropsDescription ? "" : escapeText(field.description, "escape-text");
    return { name: toVarName(field.name), type: optional ? `Option<${core}>` : core, description, notes: notes(field, context) };
  });
}

/**
 * `{{#isPrimitiveType}}**{{{dataType}}}**{{/isPrimitiveType}}{{^isPrimitiveType}}[**{{{dataType}}}**]({{complexType}}.md)…`:
 * a model links to its page; some types the tool does not count as primitive link to pages that
 * never exist (`[**String**](string.md)` for a date), which only the generator page set prints.
 */
function typeCell(type: RustType, files: PageFiles): string {
  if (type.danglingLink !== null && files.danglingLinks) return `[**${type.dataType}**](${type.danglingLink}.md)`;
  if (type.complexType !== null) return `[**${type.dataType}**](${files.link(type.complexType)}.md)`;
  return `**${type.dataType}**`;
}

/** `[optional]`, `[readonly]`, then `[default to X]`. */
function notes(field: Field, context: PageContext): string {
  const { models, escapeText } = context;
  // The tool prints no default for a property that is a model (an extracted union, a `$ref` to an
  // object component; a `$ref` to an enum keeps it as a variant name). The linked pages keep theirs.
  // An allOf-wrapped `$ref` to an enum is a property schema of its own: its own default stays.
  const ownEnumDefault = field.refStyle === "allOf" && models.enumValues(field.type) !== null;
  const modelDefault = context.generatorPages && models.isModelValued(field.type) && !ownEnumDefault;
  const value = modelDefault ? null : (field.default?.value ?? null);
  let defaultText: string | null = null;
  if (value !== null) {
    const values = models.enumValues(field.type);
    if (values !== null && (typeof value === "string" || typeof value === "number") && values.includes(value)) {
      // `updateCodegenPropertyEnum` swaps an enum default for its variant name (`auto` → `Auto`).
      // [guess] for a `$ref` to an enum component, where the seed has no example.
      defaultText = enumVariantName(value, values);
    } else {
      // `toDefaultValue` is `getDefault().toString()`: Jackson prints objects and arrays as compact JSON.
      defaultText = typeof value === "object" ? JSON.stringify(value) : String(value);
    }
  }
  return `${field.required ? "" : "[optional]"}${models.showsReadOnly(field) ? "[readonly]" : ""}${defaultText === null ? "" : `[default to ${escapeText(defaultText, "literal")}]`}`;
}

/**
 * The oneOf set's entries, sorted and de-duplicated as `CodegenModel.oneOf` (a TreeSet) is: `String`
 * and `f64` come before `Vec<…>`, two string branches print one row.
 */
function variantNames(variants: readonly Variant[], models: RustModels): string[] {
  return [...new Set(variants.map((variant) => models.branchName(variant)))].sort(compareCodeUnits);
}

/**
 * `x-mapped-models` of `RustClientCodegen.postProcessAllModels`: per mapping, the mapped model's
 * properties minus the discriminator property. Without an explicit mapping the `$ref` branches map
 * by schema name (legacy discriminator behaviour). Sorted by mapping name [guess: the mapped models
 * are a TreeSet ordered that way]. The discriminator property is removed by its wire name
 * [guess: the tool compares the Rust field name, which misses `type` → `r#type`].
 */
function mappedModels(doc: Extract<ModelDoc, { kind: "discriminator" }>, context: PageContext) {
  const { models, escapeText } = context;
  return [...discriminatorMapping(doc)]
    .sort((a, b) => compareCodeUnits(a.value, b.value))
    .map(({ value, name }) => {
      const definition: Definition | undefined = models.definition(name);
      const fields = definition !== undefined && definition.type.kind === "object" ? definition.type.fields : [];
      return {
        modelName: escapeText(toModelName(name), "escape-text-html"),
        mappingName: escapeText(value, "escape-text-html"),
        rows: propertyRows(
          name,
          fields.filter((field) => field.name !== doc.discriminator.propertyName),
          context,
        ),
      };
    });
}

/**
 * The crate README, reduced to what the IR knows: the models list ("Documentation For Models",
 * sorted by class name as the generator's model map is) and the API-endpoints heading the pages'
 * footer links to. Endpoint rows are left out: they would link to `docs/*Api.md` pages this flavor
 * does not write.
 */
function readmeView(model: Model, docs: readonly ModelDoc[], { files, escapeText }: PageContext) {
  const entries = docs.map((doc) => ({ className: toModelName(doc.name), file: files.file(doc.name) }));
  entries.sort((a, b) => compareCodeUnits(a.className, b.className) || compareCodeUnits(a.file, b.file));
  return { packageName: PACKAGE_NAME, version: escapeText(model.version, "literal"), models: entries };
}
