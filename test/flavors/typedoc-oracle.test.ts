/**
 * Real TypeDoc as the oracle of the `typedoc-markdown` flavor. For every model the flavor documents
 * (the canonical spec, each provider profile, and small IR models with the cases the spec lacks),
 * the TypeScript declarations the flavor describes (test/support/typedoc-declarations.ts, built from
 * the IR, not from our pages) go through TypeDoc with typedoc-plugin-markdown in one run, with the
 * options the flavor claims; every page (interfaces and type aliases) must be byte for byte the
 * flavor's, but for the order of union members TypeScript decides (`withUnionOrderFree`). The
 * canonical pages, and those of each profile that publishes this flavor, are also compared with the
 * ones committed under `generated/`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Application, LogLevel } from "typedoc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import { typedocMarkdownFlavor } from "../../generator/flavors/typedoc-markdown/index.js";
import { buildModel } from "../../generator/ir/build.js";
import type { Field, FieldType, Model } from "../../generator/ir/types.js";
import { loadProfiles } from "../../generator/io/load-profiles.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import { profileOutputs } from "../../generator/profiles/outputs.js";
import { NO_CONSTRAINTS, ROOT, repoConfig } from "../helpers.js";
import { modelOf, objectDefinition } from "../support/ir.js";
import { declarationsOf, type MemberNames } from "../support/typedoc-declarations.js";

/** One model documented by the flavor: its module name in the TypeDoc run, and where its pages are committed, if they are. */
interface OracleCase {
  readonly id: string;
  readonly model: Model;
  readonly memberNames: MemberNames;
  readonly committed: string | null;
}

/** What the flavor claims of the plugin: the default list format, with page headers, breadcrumbs and sources hidden. */
const CLAIMED_OPTIONS = { hidePageHeader: true, hideBreadcrumbs: true, disableSources: true } as const;
const FOLDERS = ["interfaces", "type-aliases"] as const;

const SPEC = path.join(ROOT, "spec/openapi.yaml");
const REDOCLY = path.join(ROOT, "redocly.yaml");
const FLAVOR_DIR = `docs/${typedocMarkdownFlavor.id}`;

let work: string | undefined;
let cases: OracleCase[] = [];
/** Case id → page path (`interfaces/X.md`) → the page TypeDoc wrote. */
const typedocPages = new Map<string, Map<string, string>>();

beforeAll(async () => {
  mkdirSync(path.join(ROOT, "test/tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, "test/tmp/typedoc-oracle-"));
  work = dir;
  const { document } = await loadSpec({ specPath: SPEC, redoclyPath: REDOCLY, cwd: ROOT, lint: false });
  const { profiles } = await loadProfiles({ specPath: SPEC, redoclyPath: REDOCLY, cwd: ROOT, document, lint: false });
  cases = [
    { id: "canonical", model: buildModel(document), memberNames: "wire", committed: path.join(ROOT, "generated", FLAVOR_DIR) },
    ...profiles.map((profile) => ({
      id: `profile-${profile.id}`,
      model: buildModel(profile.document),
      memberNames: "wire" as const,
      // Only a profile that publishes this flavor has its pages committed (profiles/outputs.ts).
      committed: profileOutputs(profile, repoConfig().profiles).flavors.includes(typedocMarkdownFlavor.id)
        ? path.join(ROOT, "generated/profiles", profile.id, FLAVOR_DIR)
        : null,
    })),
    { id: "varied", model: variedModel(), memberNames: "wire", committed: null },
    { id: "varied-camel", model: variedModel(), memberNames: "camelCase", committed: null },
    { id: "keys", model: keysModel(), memberNames: "wire", committed: null },
  ];
  for (const oracleCase of cases) writeFileSync(path.join(dir, `${oracleCase.id}.ts`), declarationsOf(oracleCase.model, oracleCase.memberNames));
  await runTypedoc(
    dir,
    cases.map((oracleCase) => `${oracleCase.id}.ts`),
  );
  for (const oracleCase of cases) typedocPages.set(oracleCase.id, readPages(path.join(dir, "out", oracleCase.id)));
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** One TypeDoc run over every module, with its own tsconfig so that nothing else is compiled. */
async function runTypedoc(dir: string, files: readonly string[]): Promise<void> {
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"], types: [], noEmit: true },
      files,
    }),
  );
  const app = await Application.bootstrapWithPlugins({
    entryPoints: files.map((file) => path.join(dir, file)),
    tsconfig: path.join(dir, "tsconfig.json"),
    plugin: ["typedoc-plugin-markdown"],
    out: path.join(dir, "out"),
    readme: "none",
    logLevel: LogLevel.Warn,
    ...CLAIMED_OPTIONS,
  });
  const project = await app.convert();
  if (project === undefined) throw new Error("TypeDoc could not convert the declarations");
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error("TypeDoc reported warnings or errors (printed above)");
}

/** The pages under `root`'s interfaces/ and type-aliases/, by path relative to `root`. */
function readPages(root: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const folder of FOLDERS) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(root, folder)).filter((name) => name.endsWith(".md"));
    } catch {
      names = [];
    }
    for (const name of names.sort()) pages.set(`${folder}/${name}`, readFileSync(path.join(root, folder, name), "utf8"));
  }
  return pages;
}

/** The flavor's pages for a case, by path inside the flavor's folder. */
function flavorPages(oracleCase: OracleCase): Map<string, string> {
  const files = renderFlavor(typedocMarkdownFlavor, oracleCase.model, loadTemplates(), { memberNames: oracleCase.memberNames });
  const pages = files.map((file) => [file.path.slice(FLAVOR_DIR.length + 1), file.contents] as const);
  return new Map(pages.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe("typedoc-markdown against TypeDoc with typedoc-plugin-markdown", () => {
  it("writes the pages TypeDoc writes for each model", () => {
    for (const oracleCase of cases) {
      expect([...(typedocPages.get(oracleCase.id)?.keys() ?? [])], oracleCase.id).toEqual([...flavorPages(oracleCase).keys()]);
    }
  });

  it("writes each page byte for byte as TypeDoc does", () => {
    let compared = 0;
    for (const oracleCase of cases) {
      const theirs = typedocPages.get(oracleCase.id) ?? new Map<string, string>();
      for (const [page, ours] of flavorPages(oracleCase)) {
        const expected = theirs.get(page);
        expect.soft(withUnionOrderFree(ours), `${oracleCase.id}: ${page}`).toBe(expected === undefined ? expected : withUnionOrderFree(expected));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("compares every interface and type alias page committed under generated/", () => {
    expect(cases.filter((oracleCase) => oracleCase.committed !== null).map((oracleCase) => oracleCase.id)).toEqual(["canonical", "profile-watsonx"]);
    for (const oracleCase of cases) {
      if (oracleCase.committed === null) continue;
      const committed = readPages(oracleCase.committed);
      expect([...committed.keys()].filter((page) => page.startsWith("interfaces/")).length, oracleCase.id).toBeGreaterThan(0);
      expect(Object.fromEntries(committed), oracleCase.id).toEqual(Object.fromEntries(flavorPages(oracleCase)));
    }
  });
});

/**
 * TypeScript keeps the members of a union in the order of its internal type identities, the order
 * in which the checker first met each type anywhere in the program, and TypeDoc prints a property's
 * union in that order: `"wav" | "aac" | "mp3"` prints as `"wav" | "mp3" | "aac"` once an earlier
 * union has met `"mp3"`. No page can predict that, so in declaration lines (`> …`) the members of
 * each union are sorted on both sides before the comparison. What TypeDoc itself decides stays
 * exact: `null` keeps its place (last), and a union of numbers only (which TypeDoc sorts) is left alone.
 */
function withUnionOrderFree(page: string): string {
  return page
    .split("\n")
    .map((line) => {
      const declaration = /^(> (?:`[a-z]+` )*(?:\*\*.+?\*\*|\S+): )(.*)$/.exec(line);
      return declaration === null ? line : `${declaration[1]}${unionOrderFree(declaration[2] as string)}`;
    })
    .join("\n");
}

function unionOrderFree(type: string): string {
  const members = splitTopLevel(type).map((member) => {
    const group = /^\((.*)\)(\[\])$/.exec(member);
    return group === null ? member : `(${unionOrderFree(group[1] as string)})${group[2]}`;
  });
  if (members.length < 2 || members.every((member) => /^`-?[0-9.e+]+`$/.test(member))) return members.join(" \\| ");
  const free = members.filter((member) => member !== "`null`").sort();
  return members.map((member) => (member === "`null`" ? member : (free.shift() as string))).join(" \\| ");
}

/** A type split at its top-level ` \| `, outside parentheses, `\{ \}`, `\< \>` and code spans. */
function splitTopLevel(type: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let code = false;
  for (let index = 0; index < type.length; index++) {
    const char = type[index];
    if (char === "`") code = !code;
    else if (code) continue;
    else if (char === "(" || (char === "\\" && (type[index + 1] === "{" || type[index + 1] === "<"))) depth++;
    else if (char === ")" || (char === "\\" && (type[index + 1] === "}" || type[index + 1] === ">"))) depth--;
    else if (depth === 0 && type.startsWith(" \\| ", index)) {
      parts.push(type.slice(start, index));
      start = index + 4;
      index += 3;
    }
  }
  return [...parts, type.slice(start)];
}

const STRING: FieldType = { kind: "string", format: null };
const INTEGER: FieldType = { kind: "integer", format: null };
const NUMBER: FieldType = { kind: "number", format: null };
const BOOLEAN: FieldType = { kind: "boolean", format: null };

function field(name: string, type: FieldType, facts: Partial<Field> = {}): Field {
  return {
    name,
    pointer: `/components/schemas/x/properties/${name}`,
    required: false,
    nullable: false,
    deprecated: false,
    description: null,
    ownDescription: true,
    type,
    default: null,
    examples: [],
    constraints: NO_CONSTRAINTS,
    extensions: [],
    requires: [],
    ...facts,
  };
}

function objectOf(fields: readonly Field[]): FieldType {
  return { kind: "object", fields, freeForm: false };
}

/**
 * The cases the canonical spec has few of: required and optional, nullable, deprecation with and
 * without a replacement sentence, defaults of every JSON kind, literal and mixed unions, arrays,
 * maps, inline objects two levels deep, references to interfaces and to (nullable) aliases, and
 * descriptions with markdown lists, code spans, pipes, emphasis and links.
 */
function variedModel(): Model {
  const gadget = objectDefinition(
    "Gadget",
    [
      field("label", STRING, { required: true, description: "Shown to *people*." }),
      field("parts", { kind: "array", items: { kind: "ref", name: "Gadget" } }, { description: "Gadgets inside this one." }),
    ],
    { description: "Deprecated: use widgets. A small part of a widget.", deprecated: true },
  );
  const alias = (name: string, type: FieldType) => ({ ...objectDefinition(name, []), type });
  const widget = objectDefinition(
    "Widget",
    [
      field("widget_id", STRING, { required: true, description: "The identifier, e.g. `wid_123`." }),
      field("max_count", INTEGER, { description: "How many to keep.", default: { value: 1 } }),
      field("ratio", NUMBER, { nullable: true, description: "A share between 0 and 1.", default: { value: 0.5 } }),
      field("enabled", BOOLEAN, { description: "Whether it runs.", default: { value: false } }),
      field("mode", { kind: "enum", base: "string", values: ["fast", "slow", "auto"] }, { description: "Speed.", default: { value: "auto" } }),
      field("kind", { kind: "const", value: "widget" }, { required: true, description: "Always `widget`." }),
      field("level", { kind: "enum", base: "integer", values: [1, 2, 3] }, { nullable: true }),
      field("labels", { kind: "array", items: STRING }, { description: "Free labels.\n\n- one per line\n- no duplicates" }),
      field("modes", { kind: "array", items: { kind: "enum", base: "string", values: ["a", "b"] } }),
      field("counts", { kind: "map", values: INTEGER }, { description: "Counts by name: `{ [name: string]: number }` -> one per name." }),
      field("free_form", objectOf([]), { description: "Anything." }),
      field("payload", { kind: "any" }, { description: "Passed through unchanged." }),
      field("legacy_name", STRING, {
        deprecated: true,
        description: "Deprecated: use `widget_id` instead. The name it had before.\n\nStill accepted.",
      }),
      field("old_flag", BOOLEAN, { deprecated: true }),
      field("tags", { kind: "array", items: STRING }, { default: { value: ["x", "y"] }, description: "Tags, joined with `|` or `a | b` on the wire." }),
      field("options", objectOf([]), { default: { value: { depth: 2 } } }),
      field("gadget", { kind: "ref", name: "Gadget" }, { description: "The gadget." }),
      field("gadgets", { kind: "array", items: { kind: "ref", name: "Gadget" } }),
      field("shape", { kind: "ref", name: "Shape" }, { nullable: true }),
      field("meta", { kind: "ref", name: "Meta" }, { nullable: true, description: "Key-value pairs." }),
      field(
        "choice",
        { kind: "union", variants: [STRING, NUMBER, { kind: "ref", name: "Gadget" }], variantPointers: ["/a", "/b", "/c"], discriminator: null },
        { description: "A **name**, a _number_ or a [gadget](https://example.com/gadget)." },
      ),
      field(
        "settings",
        objectOf([
          field("depth", INTEGER, { required: true, description: "How deep." }),
          field("unit", { kind: "enum", base: "string", values: ["cm", "in"] }, { default: { value: "cm" } }),
          field("limits", objectOf([field("low", NUMBER, { required: true }), field("high", NUMBER, { description: "Upper bound." })]), {
            description: "The limits.",
          }),
          field("legacy", STRING, { deprecated: true, description: "Deprecated: no replacement." }),
        ]),
        { required: true, description: "Settings of the widget." },
      ),
      field("steps", { kind: "array", items: objectOf([field("name", STRING, { required: true }), field("weight", NUMBER)]) }, { description: "Steps." }),
      field("maybe_steps", { kind: "array", items: objectOf([field("name", STRING, { description: "Step name." })]) }, { nullable: true }),
      field("plain_pair", objectOf([field("b", NUMBER), field("a", STRING, { required: true })]), { nullable: true, description: "No member says anything." }),
      field(
        "deep",
        objectOf([
          field(
            "inner_list",
            { kind: "array", items: objectOf([field("x", STRING, { description: "Not listed." })]) },
            { description: "Listed as `object[]` only." },
          ),
          field("inner_maybe", objectOf([field("y", STRING, { description: "Why." }), field("z", BOOLEAN)]), { nullable: true, description: "Maybe." }),
          field(
            "inner_obj",
            objectOf([
              field("old", STRING, { deprecated: true, description: "Deprecated: use `new` instead." }),
              field("new", STRING, { default: { value: "a`b" } }),
            ]),
            { required: true },
          ),
        ]),
        { description: "Three levels." },
      ),
      field("retired", objectOf([field("what", STRING, { description: "What it was." }), field("when", INTEGER, { default: { value: null } })]), {
        deprecated: true,
      }),
      field(
        "either",
        {
          kind: "union",
          variants: [STRING, objectOf([field("text", STRING, { required: true, description: "The text." })])],
          variantPointers: ["/a", "/b"],
          discriminator: null,
        },
        { description: "A string or an object." },
      ),
      field("word", { kind: "ref", name: "Word" }, { description: "An alias of `string`." }),
      field("gadget_ref", { kind: "ref", name: "GadgetRef" }),
      field("word_list", { kind: "ref", name: "WordList" }),
      field("anything", { kind: "ref", name: "Anything" }),
      field("toggle", { kind: "enum", base: "boolean", values: [true, false] }),
      field("sizes", { kind: "enum", base: "integer", values: [3, 1, 2] }, { required: true }),
      field("notes", STRING, {
        description:
          "Plain `a < b` and a < b, x > 1, a link <https://example.com/notes>, braces {x} and a pipe |.\n\n```ts\nconst ok = 1 < 2 && 3 > 2;\n```\n\n- a list item with `code`\n  continued\n- and **bold**",
      }),
    ],
    { description: "A widget.\n\nUse it:\n\n1. to build\n2. to test\n\nSee `Gadget` and [the guide](https://example.com/guide)." },
  );
  const shape = {
    ...objectDefinition("Shape", []),
    type: { kind: "union", variants: [STRING, { kind: "ref", name: "Gadget" }], variantPointers: ["/a", "/b"], discriminator: null },
    description: "A name or a gadget.",
  } as const;
  const meta = { ...objectDefinition("Meta", []), type: { kind: "map", values: STRING }, nullable: true, description: "Metadata." } as const;
  const aliases = [
    alias("Word", STRING),
    alias("GadgetRef", { kind: "ref", name: "Gadget" }),
    alias("WordList", { kind: "array", items: STRING }),
    alias("Anything", { kind: "any" }),
  ];
  return modelOf([widget, gadget, shape, meta, ...aliases]);
}

/** Member names that are not identifiers, sorted among ones that are, and a required-only interface. */
function keysModel(): Model {
  const keys = objectDefinition(
    "Keys",
    [
      field("Zeta", STRING, { required: true }),
      field("alpha", STRING, { required: true }),
      field("_private", STRING),
      field("x-dash", STRING, { description: "A dashed name." }),
      field("beta2", STRING),
      field("beta10", STRING),
      field("delete", STRING, { description: "A keyword as a name." }),
    ],
    { description: "Keys of every spelling." },
  );
  return modelOf([keys]);
}
