/**
 * The `reference` docs say what the schema says: for every field of every object schema, the
 * page's `## Fields` table row shows the field's type, required, nullable, default and deprecation
 * exactly as the IR has them, with the type label computed here independently (from the IR's
 * FieldType and, separately, from the raw YAML), and the IR itself is checked against the raw
 * YAML (`yaml` parse of spec/openapi.yaml, no Redocly, no IR code) so the test is not IR-vs-IR.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import { referenceFlavor } from "../../generator/flavors/reference/index.js";
import { buildModel } from "../../generator/ir/build.js";
import type { Definition, Field, FieldType } from "../../generator/ir/types.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import { ROOT } from "../helpers.js";

type Raw = { [key: string]: unknown };

const specPath = path.join(ROOT, "spec/openapi.yaml");
const { document } = await loadSpec({ specPath, redoclyPath: path.join(ROOT, "redocly.yaml"), cwd: ROOT, lint: false });
const model = buildModel(document);
const pages = new Map(renderFlavor(referenceFlavor, model, loadTemplates(), { memberNames: "wire" }).map((page) => [page.path, page.contents]));
const rawSchemas = ((parse(readFileSync(specPath, "utf8")) as Raw).components as Raw).schemas as { [name: string]: Raw };

type ObjectDefinition = Definition & { type: { kind: "object"; fields: readonly Field[] } };
const objects = model.definitions.filter((definition): definition is ObjectDefinition => definition.type.kind === "object");
const withFields = objects.filter((definition) => definition.type.fields.length > 0);

const TABLE_HEADER = "| Field | Type | Required | Nullable | Default | Rules |";

interface Row {
  readonly name: string;
  readonly anchor: string;
  readonly type: string;
  readonly required: string;
  readonly nullable: string;
  readonly default: string;
  readonly rules: string;
}

/** Undoes the table-cell escaping: `\|` is a literal pipe, `&lt;`/`&gt;` are angle brackets. */
function unescapeCell(cell: string): string {
  return cell.trim().replace(/\\\|/g, "|").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** The rows of a page's `## Fields` table, or null when the page has none. */
function fieldsTable(page: string): Row[] | null {
  const lines = page.split("\n");
  const header = lines.indexOf(TABLE_HEADER);
  if (header === -1) return null;
  expect(lines.filter((line) => line === TABLE_HEADER)).toHaveLength(1);
  expect(lines.slice(header - 2, header)).toEqual(["## Fields", ""]);
  expect(lines[header + 1]).toBe("|---|---|---|---|---|---|");
  const end = lines.indexOf("", header);
  return lines.slice(header + 2, end === -1 ? undefined : end).map((line) => {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map(unescapeCell);
    expect(cells, line).toHaveLength(6);
    const [field = "", type = "", required = "", nullable = "", defaultCell = "", rules = ""] = cells;
    const link = /^\[`([^`]+)`\]\(#([^)]+)\)$/.exec(field);
    expect(link, field).not.toBeNull();
    return { name: link?.[1] ?? "", anchor: link?.[2] ?? "", type, required, nullable, default: defaultCell, rules };
  });
}

const code = (text: string) => `\`${text}\``;

/** The Type cell this test expects for an IR type (written here, not the flavor's typeLabel). */
function expectedLabel(type: FieldType): string {
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return code(type.kind);
    case "enum":
      return `${code(type.base)} (enum)`;
    case "const":
      return `constant ${code(JSON.stringify(type.value))}`;
    case "array":
      return `array of ${expectedLabel(type.items)}`;
    case "map":
      return `map of ${expectedLabel(type.values)}`;
    case "object":
      return type.fields.length === 0 ? "`object` (any JSON object)" : "`object`";
    case "union":
      return type.variants.map(expectedLabel).join(" or ");
    case "ref":
      return `[${type.name}](${type.name}.md)`;
    case "any":
      return "any JSON value";
  }
}

const refName = (ref: unknown) => String(ref).replace("#/components/schemas/", "");
const target = (schema: Raw): Raw => rawSchemas[refName(schema.$ref)] ?? {};
const branches = (schema: Raw): Raw[] | null =>
  (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null) as Raw[] | null;
const isNullBranch = (schema: Raw) => schema.type === "null";

/** The same label, straight from a raw YAML property schema (local `$ref`s only, as in the spec). */
function rawLabel(schema: Raw): string {
  if (typeof schema.$ref === "string") return `[${refName(schema.$ref)}](${refName(schema.$ref)}.md)`;
  const options = branches(schema);
  if (options !== null)
    return options
      .filter((branch) => !isNullBranch(branch))
      .map(rawLabel)
      .join(" or ");
  if ("const" in schema) return `constant ${code(JSON.stringify(schema.const))}`;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type) => type !== "null" && type !== undefined) as string[];
  if (Array.isArray(schema.enum)) return `${code(types[0] ?? typeof schema.enum[0])} (enum)`;
  if (types.length > 1) return types.map((type) => rawLabel({ ...schema, type })).join(" or ");
  const [type] = types;
  if (type === "array") return `array of ${rawLabel(schema.items as Raw)}`;
  if (type === "object" || schema.properties !== undefined || schema.additionalProperties !== undefined) {
    const properties = schema.properties as Raw | undefined;
    if (properties === undefined && typeof schema.additionalProperties === "object") return `map of ${rawLabel(schema.additionalProperties as Raw)}`;
    return Object.keys(properties ?? {}).length === 0 ? "`object` (any JSON object)" : "`object`";
  }
  return type === undefined ? "any JSON value" : code(type);
}

/** Whether the raw schema accepts null: a `type` array, a null branch, a null enum value, or a `$ref` target that does. */
function rawNullable(schema: Raw): boolean {
  if (typeof schema.$ref === "string") return rawNullable(target(schema));
  if (Array.isArray(schema.type) && schema.type.includes("null")) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  const options = branches(schema);
  return options?.some((branch) => isNullBranch(branch) || rawNullable(branch)) ?? false;
}

/** The documented default from raw YAML: the property's own, else its only non-null branch's (or that branch's `$ref` target's), else its `$ref` target's. */
function rawDefault(schema: Raw): { value: unknown } | null {
  if ("default" in schema) return { value: schema.default };
  const options = branches(schema);
  const nonNull = options?.filter((branch) => !isNullBranch(branch));
  const only = nonNull?.length === 1 ? nonNull[0] : undefined;
  if (only !== undefined) return rawDefault(only);
  if (typeof schema.$ref === "string") return "default" in target(schema) ? { value: target(schema).default } : null;
  return null;
}

/**
 * The rows a schema's table must have: its fields, each followed by the fields of its inline object
 * (or inline object items), dotted: `image_url.detail`, `items[].name`. Written here, independently
 * of the flavor's own placement.
 */
function expectedRows(fields: readonly Field[], prefix = ""): [string, Field][] {
  const rows: [string, Field][] = [];
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    rows.push([path, field]);
    if (field.type.kind === "object") rows.push(...expectedRows(field.type.fields, `${path}.`));
    if (field.type.kind === "array" && field.type.items.kind === "object") rows.push(...expectedRows(field.type.items.fields, `${path}[].`));
  }
  return rows;
}

/** The raw YAML object schema that holds the properties of an inline object property. */
function rawObjectOf(property: Raw): Raw {
  const options = branches(property);
  const only = options?.filter((branch) => !isNullBranch(branch));
  const inner = only?.length === 1 && only[0] !== undefined ? only[0] : property;
  return inner.type === "array" ? (inner.items as Raw) : inner;
}

/** The raw YAML property at a dotted row path, and the `required` list of the object holding it. */
function rawAt(schema: Raw, path: string): { property: Raw; required: string[] } {
  const names = path.split(/\[\]\.|\./);
  let holder = schema;
  for (const name of names.slice(0, -1)) holder = rawObjectOf(((holder.properties ?? {}) as { [field: string]: Raw })[name] ?? {});
  const last = names.at(-1) ?? "";
  return {
    property: ((holder.properties ?? {}) as { [field: string]: Raw })[last] ?? {},
    required: (Array.isArray(holder.required) ? holder.required : []) as string[],
  };
}

const everyField = withFields.flatMap((definition) => expectedRows(definition.type.fields).map(([path, field]) => [definition.name, path, field] as const));

describe("reference docs agree with the schema, field by field", () => {
  it("has one page per schema and one fields table per object schema with fields", () => {
    expect(pages.size).toBe(59);
    expect(objects).toHaveLength(42);
    expect(withFields).toHaveLength(40);
    expect(objects.filter((definition) => definition.type.fields.length === 0).map((definition) => definition.name)).toEqual([
      "ResponseFormatJsonSchemaSchema",
      "FunctionParameters",
    ]);
    for (const definition of model.definitions) {
      const page = pages.get(`docs/reference/${definition.name}.md`);
      expect(page, definition.name).toBeDefined();
      const hasFields = definition.type.kind === "object" && definition.type.fields.length > 0;
      expect(fieldsTable(page ?? ""), definition.name).toEqual(hasFields ? expect.any(Array) : null);
    }
  });

  it("checks every field: 155 rows in all (25 of them inside inline objects), 38 on the request", () => {
    expect(everyField).toHaveLength(155);
    expect(everyField.filter(([, path]) => path.includes("."))).toHaveLength(25);
    expect(everyField.filter(([name]) => name === "CreateChatCompletionRequest")).toHaveLength(38);
  });

  describe.each(withFields.map((definition) => [definition.name, definition] as const))("%s", (name, definition) => {
    const rows = fieldsTable(pages.get(`docs/reference/${name}.md`) ?? "") ?? [];
    const raw = rawSchemas[name] ?? {};
    const placed = expectedRows(definition.type.fields);

    it("lists the fields of the schema, in spec order, one row each, inline objects' fields after their parent", () => {
      expect(rows.map((row) => row.name)).toEqual(placed.map(([path]) => path));
      expect(Object.keys((raw.properties ?? {}) as Raw)).toEqual(definition.type.fields.map((field) => field.name));
    });

    it.each(placed.map(([path, field], index) => [path, field, index] as const))("%s", (fieldPath, field, index) => {
      const row = rows[index];
      const { property, required: rawRequired } = rawAt(raw, fieldPath);
      const fieldName = field.name;
      expect(row?.name).toBe(fieldPath);
      // The table row against the IR field.
      expect(row?.type).toBe(expectedLabel(field.type));
      expect(row?.required).toBe(field.required ? "yes" : "no");
      expect(row?.nullable).toBe(field.nullable ? "yes" : "no");
      expect(row?.default).toBe(field.default === null ? "" : code(JSON.stringify(field.default.value)));
      expect(row?.rules.includes("**deprecated**")).toBe(field.deprecated);
      expect(pages.get(`docs/reference/${name}.md`)).toContain(`<a id="${row?.anchor}"></a>`);
      // The IR field against the raw YAML.
      expect(rawLabel(property)).toBe(row?.type);
      expect(field.required).toBe(rawRequired.includes(fieldName));
      expect(field.nullable).toBe(rawNullable(property));
      expect(field.deprecated).toBe(property.deprecated === true);
      expect(field.default).toEqual(rawDefault(property));
    });
  });
});

describe("the request schema, straight from the YAML", () => {
  const raw = rawSchemas.CreateChatCompletionRequest ?? {};
  const properties = raw.properties as { [field: string]: Raw };
  const rows = fieldsTable(pages.get("docs/reference/CreateChatCompletionRequest.md") ?? "") ?? [];
  const cell = (field: string) => rows.find((row) => row.name === field);

  it("requires messages and model, and the table says so and nothing more", () => {
    expect(raw.required).toEqual(["messages", "model"]);
    expect(rows.filter((row) => row.required === "yes").map((row) => row.name)).toEqual(["messages", "model"]);
  });

  it("marks exactly the deprecated properties", () => {
    const deprecated = ["user", "prompt_cache_retention", "max_tokens", "seed", "function_call", "functions"];
    expect(Object.keys(properties).filter((name) => properties[name]?.deprecated === true)).toEqual(deprecated);
    expect(rows.filter((row) => row.rules.includes("**deprecated**")).map((row) => row.name)).toEqual(deprecated);
  });

  it("shows the declared defaults, including those inherited from a $ref target", () => {
    const own = Object.fromEntries(
      Object.entries(properties)
        .filter(([, schema]) => "default" in schema)
        .map(([name, schema]) => [name, schema.default]),
    );
    expect(own).toEqual({
      temperature: 1,
      top_p: 1,
      frequency_penalty: 0,
      presence_penalty: 0,
      store: false,
      stream: false,
      logit_bias: null,
      logprobs: false,
      n: 1,
      stream_options: null,
      parallel_tool_calls: true,
    });
    // No own default: the documented one comes from the referenced schema.
    expect([
      rawSchemas.ServiceTier?.default,
      rawSchemas.ResponseModalities?.default,
      rawSchemas.Verbosity?.default,
      rawSchemas.ReasoningEffort?.default,
      rawSchemas.StopConfiguration?.default,
    ]).toEqual(["auto", ["text"], "medium", "medium", null]);
    expect(Object.fromEntries(rows.filter((row) => row.default !== "").map((row) => [row.name, row.default]))).toEqual({
      temperature: "`1`",
      top_p: "`1`",
      service_tier: '`"auto"`',
      modalities: '`["text"]`',
      verbosity: '`"medium"`',
      reasoning_effort: '`"medium"`',
      frequency_penalty: "`0`",
      presence_penalty: "`0`",
      store: "`false`",
      stream: "`false`",
      stop: "`null`",
      logit_bias: "`null`",
      logprobs: "`false`",
      n: "`1`",
      stream_options: "`null`",
      parallel_tool_calls: "`true`",
    });
  });

  it("shows the provider extension and a few literal types", () => {
    expect(properties.top_k?.["x-chatspec-provider-extension"]).toBe(true);
    expect(rows.filter((row) => row.rules.includes("provider extension")).map((row) => row.name)).toEqual(["top_k"]);
    expect([
      cell("model")?.type,
      cell("logit_bias")?.type,
      cell("tools")?.type,
      cell("response_format")?.type,
      cell("function_call")?.type,
      cell("prompt_cache_retention")?.type,
    ]).toEqual([
      "`string`",
      "map of `integer`",
      "array of [ChatCompletionTool](ChatCompletionTool.md) or [CustomToolChatCompletions](CustomToolChatCompletions.md)",
      "[ResponseFormatText](ResponseFormatText.md) or [ResponseFormatJsonSchema](ResponseFormatJsonSchema.md) or [ResponseFormatJsonObject](ResponseFormatJsonObject.md)",
      "`string` (enum) or [ChatCompletionFunctionCallOption](ChatCompletionFunctionCallOption.md)",
      "`string` (enum)",
    ]);
    expect(rows.filter((row) => row.nullable === "yes")).toHaveLength(26);
  });
});
