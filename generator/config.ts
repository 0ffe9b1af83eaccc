/**
 * Options, declared once. A partial `UserConfig` (from chatspec.config.* and CLI flags) resolves to a
 * total `ResolvedConfig` against DEFAULTS; everything downstream reads only the resolved form.
 */
import path from "node:path";
import { acceptsValue, defaultSettings } from "./flavors/flavor.js";
import { flavorCatalog, flavorIds } from "./flavors/catalog.js";
import type { DocScope } from "./ir/build.js";
import { PROFILE_ID } from "./profiles/profile-id.js";

/** What a user may set in `chatspec.config.{ts,mjs,json}` or on the command line. */
export interface UserConfig {
  /** The canonical OpenAPI document. Default `spec/openapi.yaml`. */
  spec?: string;
  /** Where generated files go. Default `generated`. */
  out?: string;
  /** The Redocly config used for lint (and nowhere else). Default `redocly.yaml` when it exists. */
  redocly?: string;
  /** npm name of the generated package. Default `@chatspec/chat-completions`. */
  packageName?: string;
  /** Doc flavors to generate, as a list or a comma-separated string. Default: all of them. */
  flavors?: string | readonly string[];
  /** Member names in flavors that document language members: the wire names, or camelCase as some SDKs use. */
  memberNames?: "wire" | "camelCase";
  /**
   * Which schemas get doc pages: `all` (every component schema, as the real generators write them;
   * the default) or `request` (what the request bodies reach, as the canonical package documents).
   */
  docScope?: DocScope;
  /** Per flavor, the settings of the generator it reproduces: `{ "speakeasy-python": { "layout": "components" } }` (docs/flavors.md). */
  flavorOptions?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * What to write, as a list or a comma-separated string: `package` (types, validators, runtime and
   * the package files), `docs` (the doc flavors), `site` (the HTML reference). Default: all three.
   * `docs` alone never compiles the validators, so a spec AJV's strict mode refuses still gets its docs.
   */
  outputs?: string | readonly string[];
  /**
   * Per provider profile (`spec/profiles/<id>.overlay.yaml`), what its package publishes: its doc
   * `flavors` (a list or a comma-separated string) and whether it gets the HTML `site`. A profile not
   * listed, or a field not given, takes the default: the flavor its overlay names
   * (`x-chatspec-flavor`) plus `reference`, and no site. `flavors` and `outputs` above are the
   * canonical package's; `outputs` also bounds every profile (no `site` there, no profile site).
   */
  profiles?: Readonly<Record<string, ProfileOutputsOption>>;
}

/** One profile's entry in the `profiles` option. */
export interface ProfileOutputsOption {
  flavors?: string | readonly string[];
  site?: boolean;
}

/** A profile's entry as validated: only what the config sets; the rest comes from the overlay (profiles/outputs.ts). */
export interface DeclaredProfileOutputs {
  readonly flavors?: readonly string[];
  readonly site?: boolean;
}

/**
 * A bad option value, with the JSON pointer of the value in the config (`/profiles/r9s/flavors/0`),
 * so the CLI can say `chatspec.config.json#/profiles/r9s/flavors/0: …` on one line. The message
 * starts with the pointer too, for callers of resolveConfig that print only the message.
 */
export class OptionError extends TypeError {
  constructor(
    readonly detail: string,
    readonly pointer: string,
  ) {
    super(`${pointer}: ${detail}`);
    this.name = "OptionError";
  }
}

/** Every option with a value, paths absolute. */
export interface ResolvedConfig {
  readonly cwd: string;
  readonly spec: string;
  readonly out: string;
  readonly redocly: string;
  readonly packageName: string;
  readonly flavors: readonly string[];
  readonly memberNames: "wire" | "camelCase";
  readonly docScope: DocScope;
  /** Every option of every flavor, each with a value (the flavor's default unless set). */
  readonly flavorOptions: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly outputs: readonly OutputKind[];
  /** Profile id → what the config declares for it; profiles/outputs.ts adds each profile's defaults. */
  readonly profiles: Readonly<Record<string, DeclaredProfileOutputs>>;
}

/** The parts of a run a user can ask for, in the order they are listed. */
export const OUTPUT_KINDS = ["package", "docs", "site"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const DEFAULTS = {
  spec: "spec/openapi.yaml",
  out: "generated",
  redocly: "redocly.yaml",
  packageName: "@chatspec/chat-completions",
  flavors: flavorIds,
  memberNames: "wire",
  docScope: "all",
  flavorOptions: {},
  outputs: OUTPUT_KINDS,
  profiles: {},
} as const satisfies Required<UserConfig>;

/** Identity helper that types a config file: `export default defineConfig({ ... })`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

const KEYS = Object.keys(DEFAULTS) as (keyof UserConfig)[];
const MEMBER_NAMES = ["wire", "camelCase"] as const;
const DOC_SCOPES: readonly DocScope[] = ["all", "request"];

/**
 * Merges config layers, later layers winning, and makes paths absolute against `cwd`.
 * Throws on unknown keys or values so a typo in a config file is not silently ignored.
 */
export function resolveConfig(cwd: string, ...layers: UserConfig[]): ResolvedConfig {
  const merged: Record<string, unknown> = { ...DEFAULTS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (!KEYS.includes(key as keyof UserConfig)) {
        throw new TypeError(`unknown option "${key}" (known: ${KEYS.join(", ")})`);
      }
      merged[key] = value;
    }
  }
  const text = (key: keyof UserConfig): string => {
    const value = merged[key];
    if (typeof value !== "string" || value === "") throw new TypeError(`option "${key}" must be a non-empty string`);
    return value;
  };
  const memberNames = merged.memberNames;
  if (!MEMBER_NAMES.includes(memberNames as (typeof MEMBER_NAMES)[number])) {
    throw new TypeError(`option "memberNames" must be one of: ${MEMBER_NAMES.join(", ")}`);
  }
  const docScope = merged.docScope;
  if (!DOC_SCOPES.includes(docScope as DocScope)) throw new TypeError(`option "docScope" must be one of: ${DOC_SCOPES.join(", ")}`);
  return {
    cwd,
    spec: path.resolve(cwd, text("spec")),
    out: path.resolve(cwd, text("out")),
    redocly: path.resolve(cwd, text("redocly")),
    packageName: text("packageName"),
    flavors: resolveFlavors(merged.flavors),
    memberNames: memberNames as ResolvedConfig["memberNames"],
    docScope: docScope as DocScope,
    flavorOptions: resolveFlavorOptions(merged.flavorOptions),
    outputs: resolveOutputs(merged.outputs),
    profiles: resolveProfiles(merged.profiles),
  };
}

/** Each flavor's settings over its declared defaults; an unknown flavor, setting or value is an error. */
function resolveFlavorOptions(value: unknown): Record<string, Record<string, string>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TypeError('option "flavorOptions" must be an object keyed by flavor id');
  const given = value as Record<string, unknown>;
  for (const id of Object.keys(given))
    if (!flavorIds.includes(id)) throw new TypeError(`flavorOptions: unknown flavor "${id}" (known: ${flavorIds.join(", ")})`);
  const resolved: Record<string, Record<string, string>> = {};
  for (const flavor of flavorCatalog) {
    const declared = flavor.options ?? {};
    const settings = given[flavor.id] ?? {};
    if (typeof settings !== "object" || settings === null || Array.isArray(settings)) throw new TypeError(`flavorOptions.${flavor.id} must be an object`);
    const own: Record<string, string> = {};
    for (const [name, setting] of Object.entries(settings as Record<string, unknown>)) {
      const option = declared[name];
      const known = Object.keys(declared);
      if (option === undefined)
        throw new TypeError(`flavorOptions.${flavor.id}: unknown setting "${name}" (known: ${known.length === 0 ? "none" : known.join(", ")})`);
      if (typeof setting !== "string" || !acceptsValue(option, setting))
        throw new TypeError(
          `flavorOptions.${flavor.id}.${name} must be one of: ${option.values.join(", ")}${option.pattern === undefined ? "" : `, or match ${option.pattern}`}`,
        );
      own[name] = setting;
    }
    resolved[flavor.id] = defaultSettings(flavor, own);
  }
  return resolved;
}

function resolveFlavors(value: unknown): string[] {
  const list = listOption(value, 'option "flavors" must be a list of flavor ids or a comma-separated string');
  const unknown = list.filter((item) => !flavorIds.includes(item));
  if (unknown.length > 0) throw new TypeError(`unknown flavor "${unknown[0]}" (known: ${flavorIds.join(", ")})`);
  // Registry order, whatever order the user gave: output does not depend on flag spelling.
  return flavorIds.filter((id) => list.includes(id));
}

function resolveOutputs(value: unknown): OutputKind[] {
  const list = listOption(value, `option "outputs" must be a list or a comma-separated string of: ${OUTPUT_KINDS.join(", ")}`);
  const unknown = list.find((item) => !(OUTPUT_KINDS as readonly string[]).includes(item));
  if (unknown !== undefined) throw new TypeError(`unknown output "${unknown}" (known: ${OUTPUT_KINDS.join(", ")})`);
  if (list.length === 0) throw new TypeError(`option "outputs" must name at least one of: ${OUTPUT_KINDS.join(", ")}`);
  return OUTPUT_KINDS.filter((kind) => list.includes(kind));
}

/** The `profiles` option: an object keyed by profile id, each entry with known keys and values only. */
function resolveProfiles(value: unknown): Record<string, DeclaredProfileOutputs> {
  const isObject = (item: unknown): item is Record<string, unknown> => typeof item === "object" && item !== null && !Array.isArray(item);
  if (!isObject(value)) throw new OptionError("must be an object keyed by profile id", "/profiles");
  const resolved: Record<string, DeclaredProfileOutputs> = {};
  for (const id of Object.keys(value).sort()) {
    const at = `/profiles/${escapePointer(id)}`;
    if (!PROFILE_ID.test(id)) throw new OptionError(`"${id}" is not a profile id (lowercase letters, digits and dashes, starting with a letter)`, at);
    const entry = value[id];
    if (!isObject(entry)) throw new OptionError("must be an object with `flavors` and/or `site`", at);
    const unknown = Object.keys(entry).find((key) => key !== "flavors" && key !== "site");
    if (unknown !== undefined) throw new OptionError(`unknown key "${unknown}" (known: flavors, site)`, `${at}/${escapePointer(unknown)}`);
    const declared: { flavors?: readonly string[]; site?: boolean } = {};
    if (entry.flavors !== undefined) declared.flavors = profileFlavors(entry.flavors, `${at}/flavors`);
    if (entry.site !== undefined) {
      if (typeof entry.site !== "boolean") throw new OptionError("must be true or false", `${at}/site`);
      declared.site = entry.site;
    }
    resolved[id] = declared;
  }
  return resolved;
}

/** A profile's flavor list; a bad item is reported at its own index when the list is a JSON array. */
function profileFlavors(value: unknown, at: string): string[] {
  const list = typeof value === "string" ? listOption(value, "") : value;
  if (!Array.isArray(list)) throw new OptionError("must be a list of flavor ids or a comma-separated string", at);
  for (const [index, item] of list.entries()) {
    const itemAt = typeof value === "string" ? at : `${at}/${index}`;
    if (typeof item !== "string") throw new OptionError("must be a flavor id", itemAt);
    if (!flavorIds.includes(item)) throw new OptionError(`unknown flavor "${item}" (known: ${flavorIds.join(", ")})`, itemAt);
  }
  return flavorIds.filter((id) => list.includes(id));
}

/** A JSON pointer segment (RFC 6901). */
function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** A list option given as a list or as a comma-separated string (the CLI's spelling). */
function listOption(value: unknown, message: string): string[] {
  const list =
    typeof value === "string"
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter((item) => item !== "")
      : value;
  if (!Array.isArray(list) || !list.every((item): item is string => typeof item === "string")) throw new TypeError(message);
  return list;
}
