/**
 * What is known of each doc flavor without loading it: its id, its one-line description and the
 * generator settings it honours. The configuration, `--help` and the drift command's flags need no
 * more, so `chatspec check` can decide that nothing changed without loading five writers and readers;
 * registry.ts puts each entry together with its writer and reader. Order is the registry's: that of
 * `--help`, of generation and of detection's tie-break.
 */
import type { FlavorSetting } from "./flavor.js";
import { RUST_SETTINGS } from "./openapi-generator-rust/settings.js";
import { SPEAKEASY_SETTINGS } from "./speakeasy-python/settings.js";

export interface FlavorEntry {
  /** kebab-case id: the CLI value of `--flavors`/`--flavor`, the folder under `docs/` and under `templates/`. */
  readonly id: string;
  readonly description: string;
  /** Generator settings the writer honours, by name (`chatspec.config` `flavorOptions.<id>`). */
  readonly options?: Readonly<Record<string, FlavorSetting>>;
}

const entries = [
  {
    id: "speakeasy-python",
    description: "Speakeasy Python SDK model docs (docs/models/*.md), byte for byte",
    options: SPEAKEASY_SETTINGS,
  },
  {
    id: "openapi-generator-rust",
    description: "openapi-generator `rust` model docs (docs/<Model>.md), byte-compatible with the real tool",
    options: RUST_SETTINGS,
  },
  {
    id: "mkdocs-material",
    description: 'MkDocs Material with PaperMoon\'s kluster markup: ++"type"++ keys, required spans, nested ??? child blocks',
  },
  {
    id: "typedoc-markdown",
    description: "typedoc-plugin-markdown 4.12 pages for the generated TypeScript types (interfaces/ and type-aliases/)",
  },
  {
    id: "reference",
    description: "chatspec's neutral reference: every fact of every field at a glance",
  },
] as const satisfies readonly FlavorEntry[];

export type FlavorId = (typeof entries)[number]["id"];

export const flavorCatalog: readonly FlavorEntry[] = entries;

export const flavorIds: readonly string[] = flavorCatalog.map((entry) => entry.id);

/** The catalog's entry for `id` (a flavor's index.ts spreads it into its definition). */
export function catalogEntry(id: FlavorId): FlavorEntry {
  return flavorCatalog.find((entry) => entry.id === id) as FlavorEntry;
}
