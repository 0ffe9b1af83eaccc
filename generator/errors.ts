/**
 * The one error type chatspec reports to users. It carries where the problem is (file, line and
 * column, or a JSON pointer) so the CLI can print one clear line without a stack trace.
 */

/** Where in an input a problem sits. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer?: string;
}

/** Exit codes shared by every command: 1 means findings or stale output, 2 usage or input errors. */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * What kind of input problem an error is: the finding code `input/<kind>` that `--format json`,
 * `github` and `markdown` report it as (docs/cli.md lists them). A closed list, because codes are an
 * interface: each raise site names its kind, nothing infers it from the message.
 */
export const INPUT_ERROR_KINDS = [
  /** A file that does not exist or cannot be read: the spec, the config named by `--config`, a doc page. */
  "file",
  /** The spec or an overlay is not parsable YAML (or JSON). */
  "yaml",
  /** A `$ref` that cannot be resolved, or that the reference policy refuses. */
  "ref",
  /** Not an OpenAPI 3.0 or 3.1 document: Swagger 2.0, another version, no version key. */
  "version",
  /** Over a limit: the size of a file, the nesting depth. */
  "limit",
  /** The config file (`chatspec.config.*`) or the Redocly config cannot be loaded or holds an invalid option. */
  "config",
  /** A command-line value that cannot be used: `--max-spec-size`, `--flavors`, `--profile`, `--schema`, … */
  "option",
  /** A provider profile's overlay: not Overlay 1.0, an action that selects nothing, a bad profile id. */
  "profile",
  /** A readable OpenAPI document that chatspec cannot generate from (nothing to generate, a schema AJV refuses, …). */
  "spec",
  /** A doc page `drift` cannot read as any flavor. */
  "page",
  /** An output folder chatspec refuses to write to. */
  "output",
  /** A tool chatspec runs is missing or failed (Redocly's `build-docs` for the HTML site). */
  "tool",
] as const;
export type InputErrorKind = (typeof INPUT_ERROR_KINDS)[number];

/** A problem with the user's input or invocation, reported as `FILE:LINE:COL: message`. */
export class ChatspecError extends Error {
  readonly kind: InputErrorKind;
  readonly location: SourceLocation;
  readonly exitCode: number;
  /** A few source lines around the location, already formatted, or null when there is no source. */
  readonly frame: string | null;

  constructor(message: string, options: { kind: InputErrorKind; location?: SourceLocation; exitCode?: number; frame?: string | null; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "ChatspecError";
    this.kind = options.kind;
    this.location = options.location ?? {};
    this.exitCode = options.exitCode ?? ExitCode.usage;
    this.frame = options.frame ?? null;
  }

  /** `file:line:col: message`, or `file#/pointer: message`, or just the message. */
  toLine(): string {
    return `${formatLocation(this.location)}${this.message}`;
  }
}

/** Renders a location prefix ending in ": ", or "" when nothing is known. */
export function formatLocation(location: SourceLocation): string {
  const { file, line, column, pointer } = location;
  if (file !== undefined && line !== undefined) return `${file}:${line}:${column ?? 1}: `;
  if (file !== undefined && pointer !== undefined) return `${file}#${pointer}: `;
  if (file !== undefined) return `${file}: `;
  if (pointer !== undefined) return `#${pointer}: `;
  return "";
}
