/**
 * The pure core: a bundled spec in, the generated files out. No disk, no clock, no environment; the
 * CLI (scripts/) and the tests call this same function, so `generate` and the drift gate agree.
 */
import type { SpecProvenance } from "./check/provenance.js";
import type { ResolvedConfig } from "./config.js";
import { emitters } from "./emitters/index.js";
import type { Assets, EmitContext, GeneratedFile } from "./emitters/types.js";
import type { PreparedValidators } from "./emitters/validators/variant-source.js";
import { jsonBannerText } from "./lib/banner.js";
import { manifestFile } from "./manifest.js";
import { OutputPaths } from "./naming.js";
import { ChatspecError } from "./errors.js";
import { findChatOperation, rootSchemas, type OpenApiDocument } from "./openapi.js";
import { compatibilityMarkdown } from "./profiles/compatibility-md.js";
import { compatibilityMatrix } from "./profiles/matrix.js";
import { profileConfig } from "./profiles/outputs.js";
import type { Profile } from "./profiles/profile.js";
import { compareCodeUnits } from "./lib/text.js";

export type { GeneratedFile } from "./emitters/types.js";
export { defineConfig, resolveConfig, type UserConfig, type ResolvedConfig, type ProfileOutputsOption } from "./config.js";

/**
 * What generate() runs on: a bundled document and what the loader made with it. The loader's result
 * (io/load-spec.ts, `LoadedSpec`) is one, and is handed over as it is; a test may pass just a document.
 */
export interface SpecInput {
  readonly document: OpenApiDocument;
  /** Where the document came from, for the manifest's inputs; absent or null: the manifest lists none, and `check` always regenerates. */
  readonly provenance?: SpecProvenance | null;
  /** The default validators prepared from exactly this document by the loader's example check (compiled, or only converted), used instead of made again. */
  readonly preparedValidators?: PreparedValidators | null;
  /**
   * The finished site page of exactly this document (emitters/site: `sitePage`), when the caller
   * started it early: scripts/commands/lint-and-generate.ts starts it as soon as the spec is
   * bundled, so the page renders in its child process while the profiles load and lint. The site
   * emitter writes it instead of rendering again.
   */
  readonly sitePage?: Promise<string> | null;
}

/** A provider profile to generate, with the default validators its example check prepared, when it ran (io/load-profiles.ts). */
export interface ProfileInput extends Profile {
  readonly preparedValidators?: PreparedValidators | null;
}

/** What else a run generates besides the canonical spec's package. */
export interface GenerateOptions {
  /** Provider profiles (generator/profiles/): each generated under `profiles/<id>/`, plus `compatibility.md`. */
  readonly profiles?: readonly ProfileInput[];
}

/** Where a profile's files go in the output folder, and the folder `generate --profile <id>` writes. */
export function profileOutputDir(id: string): string {
  return `profiles/${id}`;
}

/**
 * What every emitter gets: a frozen copy of the document, its chat operation and its root schemas,
 * and the validators already compiled from that document, when the loader compiled them. A
 * document already frozen (handedOver) is used as it is: nothing can change it any more, and
 * copying OpenAI's full spec costs about 0.4 s.
 */
export function emitContext(
  document: OpenApiDocument,
  config: ResolvedConfig,
  assets: Assets,
  preparedValidators: PreparedValidators | null = null,
  sitePage: Promise<string> | null = null,
): EmitContext {
  const frozen = Object.isFrozen(document) ? document : deepFreeze(structuredClone(document));
  const operation = findChatOperation(frozen);
  const roots = rootSchemas(frozen);
  if (roots.length === 0)
    throw new ChatspecError("the spec has no request bodies and no component schemas: nothing to generate", {
      kind: "spec",
      location: { pointer: "/components/schemas" },
    });
  return { document: frozen, operation, roots, config, ...assets, preparedValidators, sitePage };
}

/** Output files sorted by path (code-unit order), ending with the manifest. */
export async function generate(spec: SpecInput, config: ResolvedConfig, assets: Assets, options: GenerateOptions = {}): Promise<GeneratedFile[]> {
  const context = emitContext(spec.document, config, assets, spec.preparedValidators ?? null, spec.sitePage ?? null);
  const selected = emitters.filter((emitter) => config.outputs.includes(emitter.output));
  // Out-of-process emitters first: each emit runs synchronously up to its first await, so the
  // site's child process is already working on the other core while types, validators and docs
  // (and then the profiles) are computed here. Files are sorted below, so start order never shows.
  // An emitter that throws before its first await becomes a rejection here, so the others already
  // started (the site's render) are still awaited through Promise.all, never left unhandled.
  const started = [...selected.filter((emitter) => emitter.outOfProcess === true), ...selected.filter((emitter) => emitter.outOfProcess !== true)].map(
    (emitter) => {
      try {
        return emitter.emit(context);
      } catch (error) {
        return Promise.reject(error);
      }
    },
  );
  const emitted = Promise.all(started);
  // Awaited after the profiles; until then a failure must not surface as an unhandled rejection.
  emitted.catch(() => undefined);
  const files: GeneratedFile[] = [];
  const profiles = options.profiles ?? [];
  const profileFiles: GeneratedFile[] = [];
  for (const profile of profiles) {
    for (const file of await generateProfile(profile, config, assets))
      profileFiles.push({ path: `${profileOutputDir(profile.id)}/${file.path}`, contents: file.contents });
  }
  for (const output of await emitted) files.push(...output);
  files.push(...profileFiles);
  if (profiles.length > 0) {
    keepProfilesOutOfPackage(files);
    const summaries = profiles.map((profile) => ({
      id: profile.id,
      overlay: profile.source,
      title: profile.overlay.info.title,
      description: profile.overlay.info.description ?? "",
    }));
    files.push({ path: "compatibility.md", contents: compatibilityMarkdown(compatibilityMatrix(context.document, profiles), summaries) });
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  assertUniquePaths(files);
  return [...files, manifestFile(files, { provenance: spec.provenance ?? null, config, assets })];
}

/**
 * One profile's files, paths relative to its own folder, ending with its own manifest (so
 * `generate --profile <id>` can replace that folder safely): the canonical emitters on the profile's
 * document, as the package `<packageName>-<id>`, with the doc flavors (and the site or not) that
 * profiles/outputs.ts gives the profile.
 */
export async function generateProfile(profile: ProfileInput, config: ResolvedConfig, assets: Assets): Promise<GeneratedFile[]> {
  return generate({ document: profile.document, preparedValidators: profile.preparedValidators ?? null }, profileConfig(profile, config), assets);
}

/**
 * The profiles are packages of their own (each folder has its package.json), and the matrix documents
 * them: neither belongs in the canonical package. Adds both to the `.npmignore` the site emitter writes
 * (or writes one), so `npm pack generated` ships what it did before profiles existed.
 */
function keepProfilesOutOfPackage(files: GeneratedFile[]): void {
  const lines = "# Provider profiles are packages of their own; the compatibility matrix documents them.\nprofiles/\ncompatibility.md\n";
  const index = files.findIndex((file) => file.path === OutputPaths.npmignore);
  const existing = files[index];
  if (existing === undefined) files.push({ path: OutputPaths.npmignore, contents: `# ${jsonBannerText}\n${lines}` });
  else files[index] = { path: existing.path, contents: `${existing.contents}${lines}` };
}

function assertUniquePaths(files: readonly GeneratedFile[]): void {
  for (let index = 1; index < files.length; index++) {
    if (files[index]?.path === files[index - 1]?.path) throw new Error(`two emitters wrote ${files[index]?.path}`);
  }
}

/**
 * `document` frozen in place, for a caller that is done with it and hands it to generate(), which
 * then needs no copy of its own. Freezing stops at an object already frozen, as generate's own does.
 */
export function handedOver(document: OpenApiDocument): OpenApiDocument {
  return deepFreeze(document);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
