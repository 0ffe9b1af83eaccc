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

/** A problem with the user's input or invocation, reported as `FILE:LINE:COL: message`. */
export class ChatspecError extends Error {
  readonly location: SourceLocation;
  readonly exitCode: number;
  /** A few source lines around the location, already formatted, or null when there is no source. */
  readonly frame: string | null;

  constructor(message: string, options: { location?: SourceLocation; exitCode?: number; frame?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ChatspecError";
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
