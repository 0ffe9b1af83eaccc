/**
 * Parses the spec's root file through the guarded resolver (guarded-resolver.ts), the one resolver
 * that lint and bundle then share, so each file is read and parsed once. A YAML error becomes an
 * input error at its line and column, with a frame.
 */
import path from "node:path";
import { YamlParseError, type Config, type Document } from "@redocly/openapi-core";
import { ChatspecError } from "../../errors.js";
import { codeFrame } from "../../lib/code-frame.js";
import { GuardedResolver } from "../guarded-resolver.js";

export interface ResolvedRoot {
  /** The root file, parsed. */
  readonly document: Document;
  /** The resolver that parsed it; lint and bundle follow `$ref`s through it, and its cache lists every file read. */
  readonly resolver: GuardedResolver;
}

export interface ResolveOptions {
  readonly specPath: string;
  /** The root file's text, already read (the guards scanned it): the resolver parses it without reading it again. */
  readonly specText: string;
  readonly config: Config;
  readonly allowExternalRefs: boolean;
  readonly allowRemoteRefs: boolean;
  readonly maxBytes: number;
  /** The root file as shown in errors. */
  readonly file: string;
}

export async function resolveRoot(options: ResolveOptions): Promise<ResolvedRoot> {
  const { specPath, file } = options;
  const resolver = new GuardedResolver(options.config.resolve, {
    root: path.dirname(specPath),
    allowExternalRefs: options.allowExternalRefs,
    allowRemoteRefs: options.allowRemoteRefs,
    maxBytes: options.maxBytes,
    preloaded: new Map([[path.resolve(specPath), options.specText]]),
  });
  // The resolver rejects with a YamlParseError for the root document and resolves to one for refs.
  const document = await resolver.resolveDocument(null, specPath, true).catch((error: unknown) => error);
  if (document instanceof YamlParseError) {
    const original = document.originalError as Error & { reason?: string };
    const reason = original.reason ?? original.message.split("\n")[0] ?? "malformed";
    throw new ChatspecError(`invalid YAML: ${reason}`, {
      kind: "yaml",
      // YamlParseError's line and col are 1-based (parsed from js-yaml's "(line:col)").
      location: { file, line: document.line, column: document.col },
      frame: codeFrame(document.source.body, document.line, document.col),
    });
  }
  if (document instanceof Error) {
    throw new ChatspecError(`cannot read the spec: ${document.message}`, { kind: "file", location: { file } });
  }
  if (!isRedoclyDocument(document)) throw new ChatspecError("cannot read the spec", { kind: "file", location: { file } });
  return { document, resolver };
}

export function isRedoclyDocument(value: unknown): value is Document {
  return typeof value === "object" && value !== null && "parsed" in value && "source" in value;
}
