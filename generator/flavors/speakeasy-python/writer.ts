/**
 * `speakeasy-python`: the model pages of a Speakeasy Python SDK (`docs/models/<name>.md`),
 * reproduced byte for byte (seeds 000 and 002; rules in shared/docs/doc-flavors.md §1A). Objects get
 * a `## Fields` table, enums a `## Values` table, unions a `## Supported Types` list.
 *
 * Invariant: every link in every page points to a page of this flavor, because links are only made
 * for shapes in the catalog, which gives each its one page. Pages carry no chatspec banner: they
 * must read exactly as Speakeasy's own.
 */
import { membersPerTagValue } from "./tag-repeats.js";
import { extensionValue } from "../../ir/lookup.js";
import type { Definition, Field, FieldType, Model } from "../../ir/types.js";
import type { JsonValue } from "../../openapi.js";
import type { FlavorOptions, FlavorWriter, PageToRender } from "../flavor.js";
import { buildCatalog, PYTHON_CELL, parameterLocation, WRAPPER_FIELD, type Catalog, type NamedShape, type ResponseMember } from "./catalog.js";
import { enumMemberNames, fieldName } from "./naming.js";
import { escapeText, padTable } from "./table.js";
import { sdkPages } from "./sdk-pages.js";
import { speakeasySettings, type SpeakeasySettings } from "./settings.js";
import { pythonType, typeCell } from "./type-labels.js";

/** The literal warning Speakeasy puts before a deprecated field's description (its odd spaces included). */
const DEPRECATION = ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.";

export const speakeasyPythonWriter: FlavorWriter = {
  pages(model: Model, options: FlavorOptions): PageToRender[] {
    const settings = speakeasySettings(options.settings);
    const catalog = buildCatalog(model, settings);
    // Speakeasy's files end where the content ends: no newline after a table, "```\n\n" after a
    // union. The templates write those endings, so the emitter must leave them alone.
    const models = catalog.shapes.map(
      (shape): PageToRender => ({ path: `${shape.folder}/${shape.file}`, ...page(shape, catalog, settings), ending: "as-rendered" }),
    );
    return settings.sdkPages === "written" ? [...models, ...sdkPages(model, catalog, settings)] : models;
  },
};

/** The template and view of a page. A union lists its members. */
function page(shape: NamedShape, catalog: Catalog, settings: SpeakeasySettings): { template: string; view: object } {
  // With `deprecatedSchemas: struck`, a deprecated schema's title is struck through, with the notice after its description (log10py).
  const description = shown(shape.description);
  const heading = {
    name: shape.name,
    description: description === null ? null : escapeText(description, "block", settings.html),
    deprecated: settings.deprecatedSchemas === "struck" && shape.deprecated,
  };
  const type = shape.type;
  if (shape.kind === "fields" && type.kind === "object") return { template: "fields", view: { ...heading, rows: fieldsTable(type, catalog, settings) } };
  if (shape.kind === "values" && type.kind === "enum" && settings.enumPages === "listed") {
    // Python core 6: an example of the first value, then the values as Python literals; an open enum says so.
    const items = type.values.map((value) => JSON.stringify(value));
    const open = settings.openEnums === "responses" && catalog.openEnums.has(type);
    return { template: "values-listed", view: { ...heading, packageName: settings.packageName, example: items[0], items, open } };
  }
  if (shape.kind === "values" && type.kind === "enum") return { template: "values", view: { ...heading, rows: valuesTable(type.values, settings.html) } };
  if (shape.responseMembers !== undefined) {
    const typed = shape.responseMembers
      .map((member) => responseType(member, catalog))
      .map((python) => ({ heading: `\`${python}\``, variable: "value", type: python }));
    return { template: "union", view: { ...heading, members: typed } };
  }
  const members = shape.kind === "union" && type.kind === "union" ? membersPerTagValue(type, catalog.definitions) : [type];
  if (settings.unionStyle === "typed") {
    const typed = members.map((member) => pythonType(member, catalog)).map((python) => ({ heading: `\`${python}\``, variable: "value", type: python }));
    return { template: "union", view: { ...heading, members: typed } };
  }
  // Speakeasy 2.338 heads a member with its class name alone, whatever its module (log10py
  // `UploadRequestBody`'s `operations.One` is `### One`), a primitive or container with nothing.
  const variable = shape.name.charAt(0).toLowerCase() + shape.name.slice(1);
  const named = members.map((member) => {
    const python = pythonType(member, catalog);
    return { heading: /^[a-z_]+\.([A-Za-z0-9_]+)$/.exec(python)?.[1] ?? "", variable, type: python };
  });
  return { template: "union", view: { ...heading, members: named } };
}

/** What the SDK returns for one media type: the raw `httpx.Response` for bytes, a sync or async event stream, or the schema's type. */
function responseType(member: ResponseMember, catalog: Catalog): string {
  if (member.as === "raw") return "httpx.Response";
  const python = pythonType(member.type, catalog);
  return member.as === "stream" ? `Union[eventstreaming.EventStream[${python}], eventstreaming.EventStreamAsync[${python}]]` : python;
}

/**
 * `Field | Type | Required | Description`, plus `Example` when any field has an example. A class
 * that also takes any other property ends with the pydantic field that holds them (r9s `extra.md`).
 */
function fieldsTable(type: Extract<FieldType, { kind: "object" }>, catalog: Catalog, settings: SpeakeasySettings): string[] {
  // Required first means required in the class: a required field its default fills is among the optional ones (log10py `One.allow_unmatched_feedback`).
  const inClass = (field: Field) => field.required && !defaultFills(field);
  const fields = settings.fieldOrder === "required-first" ? [...type.fields.filter(inClass), ...type.fields.filter((field) => !inClass(field))] : type.fields;
  const withExamples = fields.some((field) => exampleOf(field, catalog) !== undefined);
  const header = ["Field", "Type", "Required", "Description", ...(withExamples ? ["Example"] : [])];
  const rows = fields.map((field) => {
    const name = `\`${fieldName(field.name)}\``;
    const example = exampleOf(field, catalog);
    const required = field.required && !defaultFills(field);
    // Speakeasy honours OpenAPI 3.0's `nullable: true` in 3.1 documents too. 2.338 writes no
    // `Nullable`: a field that accepts null is typed `Optional[…]` even when required, the check
    // mark kept (log10py `ChatCompletionResponseMessage.content`, `Choices.logprobs`; its required
    // nullable lists stay `List[…]`, as a list is never wrapped).
    const presence = settings.nullable === "shown" ? { required, nullable: field.nullable } : { required: required && !field.nullable, nullable: false };
    return [
      field.deprecated ? `~~${name}~~` : name,
      cellOf(field) ?? typeCell(field.type, presence, catalog),
      required ? ":heavy_check_mark:" : ":heavy_minus_sign:",
      descriptionCell(field, catalog, settings),
      ...(withExamples ? [example === undefined ? "" : escapeText(exampleText(example, field.type), "table", settings.html)] : []),
    ];
  });
  const extra = type.extraProperties === "any" && fields.length > 0;
  const extraRow = ["`__pydantic_extra__`", "Dict[str, *Any*]", ":heavy_minus_sign:", "N/A", ...(withExamples ? [""] : [])];
  return padTable(header, extra ? [...rows, extraRow] : rows);
}

/**
 * A required field whose default is a plain value is optional in the class: the default fills it
 * (agentset `Hosting.searchEnabled`, `default: true`). A `null` default or a list's `[]` leaves it required.
 * A parameter stays required whatever its default: the request class asks for it (mammoth
 * `GetPlansRequest.resource`, a required query parameter with `default: "plans"`, and every
 * required path parameter with a default there, Speakeasy 2.687).
 */
export function defaultFills(field: Field): boolean {
  const value = field.default?.value;
  return value !== undefined && value !== null && typeof value !== "object" && parameterLocation(field.extensions) === null;
}

/** The type cell an operation page gives a made-up field (`raw_response`, `http_meta`). */
function cellOf(field: Field): string | undefined {
  const cell = extensionValue(field.extensions, PYTHON_CELL);
  return typeof cell === "string" ? cell : undefined;
}

/** The first of `examples`, else OpenAPI 3.0's `example`, which Speakeasy reads in 3.1 documents too (emissary). */
function exampleOf(field: Field, catalog: Catalog): JsonValue | undefined {
  const own = field.examples.length > 0 ? field.examples[0] : field.exampleKeyword?.value;
  if (own !== undefined || field.type.kind !== "ref") return own;
  // A `$ref` property without an example shows its target's (honeyhive `createeventrequestbody.md`).
  return catalog.definitions.get(field.type.name)?.exampleKeyword?.value;
}

/**
 * The description, verbatim (its newlines become `<br/>` in the table), or `N/A`. A deprecated
 * field starts with the warning; the joiner counts as the two newlines it is written as. With
 * `refDescriptions: target`, a description written beside a `$ref` is dropped for the target's.
 */
function descriptionCell(field: Field, catalog: Catalog, settings: SpeakeasySettings): string {
  // A field an operation page makes up shows its description as is (the response's, the body's);
  // an empty one (easyreview's responses, `description: ''`) is no description.
  if (field.extensions.some((extension) => extension.name === WRAPPER_FIELD)) {
    const own = shown(field.description);
    return own === null ? "N/A" : escapeText(own, "table", settings.html);
  }
  const target = field.type.kind === "ref" ? catalog.definitions.get(field.type.name) : undefined;
  // Speakeasy reads no description inside an `anyOf` branch: only the property's own, or a `$ref`
  // target's when the property is the `$ref` itself. A `$ref` in a nullable `anyOf` is a branch too:
  // its target's description is not shown (agentset `Namespace.embedding_config`, `Document.config`).
  const inBranch = target !== undefined && field.nullable && !target.nullable && field.nullableByKeyword !== true;
  const branchOnly = !field.ownDescription && (target === undefined || inBranch);
  // `allOf: [$ref]` with a description beside it is a schema of its own, not a `$ref` with a sibling:
  // its description is the property's (deck `ConnectionContextResponse.provider`).
  const wrapped = field.refStyle === "allOf" && field.ownDescription;
  const text =
    settings.refDescriptions === "target" && target !== undefined && !branchOnly && !wrapped
      ? aliasTarget(target, catalog.definitions).description
      : branchOnly
        ? null
        : field.description;
  const kept = shown(text);
  const description = kept === null ? null : escapeText(kept, "table", settings.html);
  if (!field.deprecated) return description ?? "N/A";
  return description === null ? DEPRECATION : `${DEPRECATION}\n\n${description}`;
}

/** The description Speakeasy shows: none for a missing one and an empty one alike (`N/A` in a table, no paragraph under a title). */
function shown(text: string | null): string | null {
  return text === null || text.trim() === "" ? null : text;
}

/**
 * The schema a component that is only a `$ref` stands for, through any number of such components:
 * Speakeasy makes them one class, and shows the last one's description (agentset `document-config`,
 * a `$ref` to `ingest-job-config` with a description beside it, reads "The ingest job config.").
 */
function aliasTarget(definition: Definition, definitions: Catalog["definitions"]): Definition {
  const seen = new Set<string>();
  let current = definition;
  while (current.type.kind === "ref" && !seen.has(current.type.name)) {
    seen.add(current.type.name);
    const next = definitions.get(current.type.name);
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/**
 * An example as Speakeasy shows it: a string as is, a float as Go formats one, other JSON one entry
 * a line, unindented.
 */
function exampleText(value: JsonValue, type: FieldType): string {
  if (typeof value === "string") return value;
  // A `null` in `examples` is printed as Go prints nil (mammoth ReportSchema's `parent_id`, `examples: [null]`: `<nil>`).
  if (value === null) return "<nil>";
  if (typeof value === "number" && type.kind === "number") return goFloat(value);
  return goJson(JSON.stringify(value, null, 1).replace(/\n +/g, "\n"));
}

/**
 * Go's `encoding/json` escapes `<`, `>`, `&`, U+2028 and U+2029 in strings, as Speakeasy's
 * generator (written in Go) prints JSON examples (mammoth `DatasetsList.next`: `?limit=50\u0026offset=50`).
 * Outside strings JSON text holds none of them.
 */
function goJson(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `Name | Value`: the Python member name in code and the wire value as is. */
function valuesTable(values: Extract<FieldType, { kind: "enum" }>["values"], html: SpeakeasySettings["html"]): string[] {
  const names = enumMemberNames(values);
  const rows = values.map((value, index) => [`\`${names[index]}\``, escapeText(String(value), "table", html)]);
  return padTable(["Name", "Value"], rows);
}

/**
 * Go's shortest `%g` of a float64 (`strconv.FormatFloat(v, 'g', -1, 64)`), which Speakeasy's
 * generator prints float examples with: the exponent form from 10^-5 down and from 10^6 up, or
 * once the digits end before the decimal point (emissary `1633036800` → `1.6330368e+09`).
 */
function goFloat(value: number): string {
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  const digits = mantissa.replace(/[-.]/g, "").length;
  const precision = digits < 6 && digits >= exponent + 1 ? digits : 6;
  if (exponent < -4 || exponent >= precision) return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  return String(value);
}
