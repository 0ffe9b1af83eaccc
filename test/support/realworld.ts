/**
 * The real-world corpus (test/fixtures/realworld/<flavor>/<case>/): public SDK repositories whose
 * committed spec and committed model docs are proven to belong together (each case's SOURCE.md).
 * This renders a case's spec in the case's flavor, with the generator settings the case records,
 * and pairs every real model page with the page chatspec writes at the same path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { renderFlavor } from "../../generator/emitters/docs/emitter.js";
import { defaultSettings } from "../../generator/flavors/flavor.js";
import { flavorById } from "../../generator/flavors/registry.js";
import { buildModel } from "../../generator/ir/build.js";
import { loadSpec } from "../../generator/io/load-spec.js";
import { FIXTURES, ROOT } from "../helpers.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

export const REALWORLD_DIR = path.join(FIXTURES, "realworld");

export interface RealworldCase {
  readonly flavor: string;
  readonly id: string;
  readonly dir: string;
  readonly spec: string;
  /** Folder of the real pages inside the case, e.g. `docs/models`; page paths are relative to `docsRoot`. */
  readonly pages: string;
  /** Folder the generated page paths are relative to (`docs`). */
  readonly docsRoot: string;
  /** Generator settings for the flavor (`flavorOptions`). */
  readonly options: Readonly<Record<string, string>>;
  readonly heldOut: boolean;
}

export function realworldCases(flavor?: string): RealworldCase[] {
  if (!existsSync(REALWORLD_DIR)) return [];
  const flavorsHere = readdirSync(REALWORLD_DIR).filter((name) => statSync(path.join(REALWORLD_DIR, name)).isDirectory());
  return flavorsHere
    .filter((id) => flavor === undefined || id === flavor)
    .sort()
    .flatMap((flavorId) =>
      readdirSync(path.join(REALWORLD_DIR, flavorId))
        .sort()
        .filter((id) => existsSync(path.join(REALWORLD_DIR, flavorId, id, "case.json")))
        .map((id) => {
          const dir = path.join(REALWORLD_DIR, flavorId, id);
          const raw = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")) as Record<string, unknown>;
          return {
            flavor: flavorId,
            id,
            dir,
            spec: String(raw.spec),
            pages: String(raw.pages),
            docsRoot: typeof raw.docsRoot === "string" ? raw.docsRoot : "docs",
            options: (raw.flavorOptions ?? {}) as Record<string, string>,
            heldOut: raw.heldOut === true,
          };
        }),
    );
}

/** Every file under `dir`, as posix paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : entry.name.endsWith(".md") ? [`${prefix}${entry.name}`] : [],
    );
}

/**
 * SDK method pages, which are not model docs: openapi-generator's `<Tag>Api.md` (a `# \\FooApi`
 * title over "All URIs are relative to").
 */
export function isMethodPage(text: string): boolean {
  return /^# \\\w+Api\n\nAll URIs are relative to /.test(text);
}

/** The case's real model pages: path relative to `docsRoot` → text. */
export function realPages(item: RealworldCase): Map<string, string> {
  const root = path.join(item.dir, item.docsRoot);
  const under = path.relative(root, path.join(item.dir, item.pages)).split(path.sep).join("/");
  const prefix = under === "" ? "" : `${under}/`;
  return new Map(
    filesUnder(path.join(item.dir, item.pages))
      .map((file) => [`${prefix}${file}`, readFileSync(path.join(item.dir, item.pages, file), "utf8")] as const)
      .filter(([, text]) => !isMethodPage(text)),
  );
}

/** The case's spec, loaded as chatspec loads any spec (no lint). */
export async function loadCaseSpec(item: RealworldCase): Promise<OpenApiDocument> {
  const { document } = await loadSpec({
    specPath: path.join(item.dir, item.spec),
    redoclyPath: path.join(FIXTURES, "seeds/redocly.yaml"),
    cwd: ROOT,
    lint: false,
  });
  return document;
}

/** What chatspec writes for the case's spec in its flavor: path relative to the flavor's folder → text. */
export async function generatedPages(item: RealworldCase): Promise<Map<string, string>> {
  return renderCase(item, await loadCaseSpec(item));
}

/** The case's pages from a spec already loaded, with the generator settings the case records. */
export function renderCase(item: RealworldCase, document: OpenApiDocument): Map<string, string> {
  const flavor = flavorById(item.flavor);
  if (flavor === undefined) throw new Error(`no flavor ${item.flavor}`);
  const settings = defaultSettings(flavor, item.options);
  const files = renderFlavor(flavor, buildModel(document, "all"), loadTemplates(), { memberNames: "wire", flavorOptions: { [item.flavor]: settings } });
  const prefix = `docs/${item.flavor}/`;
  return new Map(files.map((file) => [file.path.slice(prefix.length), file.contents]));
}

export interface CaseComparison {
  readonly matched: readonly string[];
  /** Real pages chatspec writes differently. */
  readonly differing: readonly string[];
  /** Real pages chatspec does not write. */
  readonly missing: readonly string[];
  /** Pages chatspec writes that the real generator did not. */
  readonly extra: readonly string[];
}

export function comparePages(real: ReadonlyMap<string, string>, ours: ReadonlyMap<string, string>): CaseComparison {
  const matched: string[] = [];
  const differing: string[] = [];
  const missing: string[] = [];
  for (const [file, text] of real) {
    const mine = ours.get(file);
    if (mine === undefined) missing.push(file);
    else if (mine === text) matched.push(file);
    else differing.push(file);
  }
  const extra = [...ours.keys()].filter((file) => !real.has(file));
  return { matched, differing, missing, extra };
}
