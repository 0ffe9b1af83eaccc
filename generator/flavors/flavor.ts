/**
 * The doc-flavor contract. A flavor is one documentation style, known from both sides: its writer
 * turns the IR into pages (each a path, a template under `templates/<id>/` and a view), and its
 * reader turns a page in that style, written by us or by the real tool, back into the neutral facts
 * drift compares (`drift/doc-model.ts`). Both sides live in the flavor's folder, so whatever they
 * share (naming, escaping, catalogs of page names) is written once.
 */
import type { Definitions } from "../ir/lookup.js";
import type { Definition, Field, FieldType, Model } from "../ir/types.js";
import type { DocPage } from "../drift/doc-model.js";

/** One page to render: `templates/<flavor>/<template>.hbs` applied to `view`. */
export interface PageToRender {
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

export interface FlavorOptions {
  /** Member naming for flavors that document TypeScript members. */
  readonly memberNames: "wire" | "camelCase";
  /** The flavor's own settings (`Flavor.options`), each with a value. */
  readonly settings: Readonly<Record<string, string>>;
}

/**
 * A setting of the generator a flavor reproduces, where it changes the pages (a layout, an older
 * version's rendering). The default is what the flavor's seed shows.
 */
export interface FlavorSetting {
  readonly values: readonly string[];
  readonly default: string;
  /** A setting that names something (a package) takes any value matching this pattern besides its listed values. */
  readonly pattern?: string;
  /** One line for docs/flavors.md: what each value reproduces. */
  readonly summary: string;
}

/** Whether a setting takes a value: one of its values, or a name its pattern matches. */
export function acceptsValue(setting: FlavorSetting, value: string): boolean {
  return setting.values.includes(value) || (setting.pattern !== undefined && new RegExp(setting.pattern).test(value));
}

/** The writing side: the pages of a model. The view holds every string already rendered (type labels, escaped text), so templates only lay out, loop and choose between present and absent values. */
export interface FlavorWriter {
  pages(model: Model, options: FlavorOptions): PageToRender[];
}

/**
 * What a flavor's grammar can express. The traits decide which findings are fair for a page: a
 * flavor without a deprecation marker can only be blamed through its prose, one that never prints
 * defaults cannot leave one out.
 */
export interface FlavorTraits {
  /** The flavor can mark deprecation itself; when false, the description must say it. */
  readonly deprecationMarker: boolean;
  /** The flavor shows the spec's defaults (in a slot or its own prose sentence), so leaving one out is drift. */
  readonly showsDefaults: boolean;
  /** A reference to a nullable schema carries the null inside the referenced type (TypeScript aliases). */
  readonly nullInReferencedType: boolean;
  /** A `null` default is printed too (some tools print nothing for it). */
  readonly showsNullDefault: boolean;
  /** Descriptions of fields shown as model links are dropped, so such a field has no prose to say anything in. */
  readonly dropsModelDescriptions: boolean;
  /** A `format: binary` string of a multipart body is a model of its own (a file class holding name, bytes and content type). */
  readonly fileClasses?: boolean;
  /** A required field with a plain (non-null, non-container) default is shown optional: the default fills it in. */
  readonly defaultsMakeOptional?: boolean;
}

/** A shape a page title (or a section heading) can name, and what its documented fields are compared with. */
export interface TitledShape {
  /** The name findings use for the shape. */
  readonly name: string;
  readonly type: FieldType;
  readonly pointer: string;
  /** The definition the shape is, or null for an inline shape. */
  readonly definition: string | null;
  /** A property left out of the documented fields (the discriminator of a mapped model). */
  readonly without: string | null;
  /** Other shapes the same title names under another naming of the flavor; drift takes the one whose fields the page spells most. */
  readonly alternatives?: readonly TitledShape[];
}

/** A definition as a titled shape; `name` is how findings name it (the schema name unless the flavor's title is clearer). */
export function definitionShape(definition: Definition, name: string = definition.name, without: string | null = null): TitledShape {
  return { name, type: definition.type, pointer: definition.pointer, definition: definition.name, without };
}

/** One object a nested block of a field documents, and the title the flavor gives that block. */
export interface NestedBlockTarget {
  readonly title: string;
  /** The schema name, or null for an inline object. */
  readonly name: string | null;
  readonly fields: readonly Field[];
  /** References expanded on the way here, including this one: the cycle guard one level down. */
  readonly expanded: ReadonlySet<string>;
}

/** The reading side: how to recognise a page of the flavor, read it, and map its names back to the spec. */
export interface FlavorReader {
  /** How strongly the text looks like this flavor: the number of constructs only its grammar has (0: none). */
  signatureScore(text: string): number;
  parse(text: string): DocPage;
  traits(page: DocPage): FlavorTraits;
  /** How the flavor spells a wire name as a member name (`max_tokens` → `maxTokens`); the wire name itself when it does not rename. */
  memberName(wire: string): string;
  /** Where the flavor's text cuts a member name short (`maxTokens` → `max`), for names read as `truncated`. */
  truncatedName?(spelling: string): string;
  /** Titles the flavor gives shapes, beyond the schema names every flavor can use (class names, inline shapes). Later entries win. */
  titledShapes?(model: Model): Iterable<readonly [string, TitledShape]>;
  /** The shapes the titled sections of a page document, by section heading (a page documenting several mapped models). */
  sectionShapes?(model: Model, pageTitle: string): ReadonlyMap<string, TitledShape>;
  /**
   * How the flavor's default slot writes an enum value (`auto` → `Auto`), when not as the value
   * itself. `values` are the enum's values (just `[value]` when the field is no enum): a generator
   * may name one value from all of them (a prefix they share dropped, a number as `Variant30`).
   */
  enumDefault?(value: string | number | boolean, values: readonly (string | number | boolean)[]): string;
  /** Whether a page at this path documents no schema by the flavor's layout (Speakeasy's `models/operations/`). */
  outsideSchemas?(file: string): boolean;
  /** The objects a field's nested blocks can document, each with the title the flavor gives its block. */
  nestedBlocks?(type: FieldType, definitions: Definitions, expanded: ReadonlySet<string>): NestedBlockTarget[];
}

export interface Flavor {
  /** kebab-case id: the CLI value of `--flavors`/`--flavor`, the folder under `docs/` and under `templates/`. */
  readonly id: string;
  readonly description: string;
  readonly writer: FlavorWriter;
  readonly reader: FlavorReader;
  /** Generator settings the writer honours, by name (`chatspec.config` `flavorOptions.<id>`). */
  readonly options?: Readonly<Record<string, FlavorSetting>>;
}

/** A flavor's settings at their defaults, with `chosen` over them. */
export function defaultSettings(flavor: Pick<Flavor, "options">, chosen: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(flavor.options ?? {}).map(([name, option]) => [name, chosen[name] ?? option.default]));
}

export function defineFlavor(flavor: Flavor): Flavor {
  return flavor;
}
