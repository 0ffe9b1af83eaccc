/**
 * The emitter contract. An emitter turns the bundled document into files; it never writes to disk,
 * reads the environment, or takes time or randomness from anywhere.
 */
import type { OutputKind, ResolvedConfig } from "../config.js";
import type { Templates } from "./docs/handlebars.js";
import type { ChatOperation, OpenApiDocument } from "../openapi.js";
import type { PrebuiltModule } from "./runtime/transpile.js";
import type { PreparedValidators } from "./validators/variant-source.js";

/** One output file. `path` is posix and relative to the output directory. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

export interface EmitContext {
  /** The bundled spec, frozen: emitters must not mutate it. */
  readonly document: OpenApiDocument;
  /** `POST /chat/completions`, or null when the spec has no such operation. */
  readonly operation: ChatOperation | null;
  /** The schemas to generate validators and docs for, the chat request first (see rootSchemas). */
  readonly roots: readonly string[];
  readonly config: ResolvedConfig;
  /** Handlebars templates by posix path under templates/ (`reference/model.md.hbs`). */
  readonly templates: Templates;
  /** TypeScript sources of the package runtime by file name (`errors.ts`). */
  readonly runtime: ReadonlyMap<string, string>;
  /** The same modules transpiled by `npm run build`, by file name, when a build is present. */
  readonly runtimePrebuilt?: ReadonlyMap<string, PrebuiltModule>;
  /** Renders the HTML reference page (Redocly build-docs in a child process: I/O, so injected). */
  readonly renderSite: SiteRenderer;
  /**
   * The default validators of this document as the loader's request-example check left them
   * (generator/lint/request-examples.ts): compiled, or only converted when the validator cache
   * remembered the check passing; absent or null when the check did not run.
   */
  readonly preparedValidators?: PreparedValidators | null;
  /**
   * The finished site page of this document, when the caller started it before generate() (see
   * SpecInput.sitePage); absent or null: the site emitter renders it.
   */
  readonly sitePage?: Promise<string> | null;
}

/**
 * Renders a bundled document into one HTML page with the given Redocly page template. Deterministic.
 * `signal`: the page is no longer wanted (a renderer may stop its work, and then rejects).
 */
export type SiteRenderer = (request: { readonly document: OpenApiDocument; readonly template: string; readonly signal?: AbortSignal }) => Promise<string>;

/** The generator's inputs besides the spec and the config. */
export interface Assets {
  readonly templates: Templates;
  readonly runtime: ReadonlyMap<string, string>;
  readonly runtimePrebuilt?: ReadonlyMap<string, PrebuiltModule>;
  readonly renderSite: SiteRenderer;
}

export interface Emitter {
  /** kebab-case id, shown by `--help`. */
  readonly id: string;
  readonly description: string;
  /** The part of a run (config `outputs`) this emitter writes for. */
  readonly output: OutputKind;
  /**
   * True when the emitter's work happens in another process (the site's Redocly child). Such
   * emitters are started before the in-process ones, so the child runs on another core meanwhile.
   */
  readonly outOfProcess?: boolean;
  emit(ctx: EmitContext): GeneratedFile[] | Promise<GeneratedFile[]>;
}

export function defineEmitter(emitter: Emitter): Emitter {
  return emitter;
}
