/**
 * The generator settings this flavor honours (`flavorOptions["openapi-generator-rust"]`). The
 * defaults reproduce seed 001; the real-world corpus sets them per case (its `case.json`).
 *
 * - `pages`: which files are written. `linked` (default) names each page after the file its links
 *   point at and also writes the components the tool folds away (aliases), so every link
 *   resolves. `generator` writes exactly the tool's page set under the tool's file names
 *   (`docs/<ModelName>.md`), keeping its links even where they dangle (`Parent_prop.md`).
 * - `generatorVersion`: the openapi-generator release whose output changes the pages. From 7.24
 *   model links name the page file (`VersionManifestLatest.md`) instead of the schema, and
 *   `useChrono` (on by default since then) prints `date-time` as `chrono::DateTime<chrono::FixedOffset>`;
 *   7.9 writes a discriminator page's mapping table without rows or sections (pinterest's 28 pages).
 */
import type { FlavorOptions, FlavorSetting } from "../flavor.js";

export const RUST_SETTINGS = {
  pages: {
    values: ["linked", "generator"],
    default: "linked",
    summary: "`linked`: every link resolves (pages named after the schema, alias pages too); `generator`: the tool's own page set and file names",
  },
  generatorVersion: {
    values: ["7.9.0", "7.18.0", "7.24.0"],
    default: "7.18.0",
    summary:
      "the openapi-generator release: 7.9.0 leaves discriminator tables empty; 7.24.0 links models by page file and prints date-time as chrono::DateTime",
  },
} as const satisfies Readonly<Record<string, FlavorSetting>>;

export interface RustSettings {
  /** Pages under the tool's file names, only the ones it writes. */
  readonly generatorPages: boolean;
  /** Links to a model's page name its file (`VersionManifestLatest.md`) rather than the schema (7.24). */
  readonly linksByFileName: boolean;
  /** `date-time` is `chrono::DateTime<chrono::FixedOffset>` rather than `String` (`useChrono`, 7.24). */
  readonly chronoDateTime: boolean;
  /** A discriminator page lists the mapped models (`x-mapped-models`); 7.9 writes the table header alone. */
  readonly mappedModels: boolean;
}

export function rustSettings(options: FlavorOptions | undefined): RustSettings {
  const value = (name: keyof typeof RUST_SETTINGS): string => options?.settings[name] ?? RUST_SETTINGS[name].default;
  const since724 = versionAtLeast(value("generatorVersion"), [7, 24]);
  return {
    generatorPages: value("pages") === "generator",
    linksByFileName: since724,
    chronoDateTime: since724,
    mappedModels: versionAtLeast(value("generatorVersion"), [7, 18]),
  };
}

function versionAtLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.split(".").map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}
