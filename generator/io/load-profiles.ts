/**
 * The profiles edge: finds the overlay files beside the spec (`<spec folder>/profiles/<id>.overlay.yaml`),
 * parses them (a YAML or structure error is one ChatspecError at file:line:col), applies each to the
 * bundled canonical document (generator/profiles/, pure), and lints every result with the same
 * Redocly config as the spec, so a profile cannot publish a document the canonical spec would fail.
 * It also returns each overlay file's hash, which the caller adds to the canonical spec's provenance
 * (check/provenance.ts, `withOverlays`), so the manifest pins the overlays as inputs and the fast
 * `check` notices an edited overlay. With `forGeneration`, each profile comes back with the default
 * validators its example check compiled, for generate() to hand to the validators emitter.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, type Document as YamlDocument } from "yaml";
import { hashText } from "../lib/hash.js";
import { relativeKey } from "../check/collect.js";
import type { FileHashes } from "../check/provenance.js";
import type { PreparedValidators } from "../emitters/validators/variant-source.js";
import { ChatspecError, type InputErrorKind } from "../errors.js";
import { codeFrame } from "../lib/code-frame.js";
import type { OpenApiDocument } from "../openapi.js";
import { asOverlay, overlayProblems } from "../profiles/overlay.js";
import { PROFILE_ID, profileDocument, type Profile } from "../profiles/profile.js";
import type { LintProblem } from "./spec/lint.js";
import { loadRedoclyConfig } from "./spec/redocly-config.js";
import type { Config } from "@redocly/openapi-core";
import { overlayFiles, profileIdOf, profilesDir } from "./overlay-files.js";
import { EXAMPLES_RULE } from "../lint/request-examples.js";
import { exampleFindings, planExampleLint } from "./spec/example-lint.js";

export interface LoadProfilesOptions {
  readonly specPath: string;
  readonly redoclyPath: string;
  readonly cwd: string;
  /** The bundled canonical spec (from loadSpec). */
  readonly document: OpenApiDocument;
  readonly lint: boolean;
  /** As loadSpec's: validators will be generated from each profile, so the example check's compilation is kept for them. */
  readonly forGeneration?: boolean;
  /** Only this profile (`generate --profile <id>`); an unknown id is an input error. */
  readonly only?: string;
}

/** A profile as loaded: with `forGeneration`, also its default validators as its example check prepared them (compiled, or only converted). */
export interface LoadedProfile extends Profile {
  readonly preparedValidators: PreparedValidators | null;
}

export interface LoadedProfiles {
  readonly profiles: readonly LoadedProfile[];
  /** Lint problems of the applied profiles, each naming its profile, located at its overlay file. */
  readonly problems: readonly LintProblem[];
  /**
   * The overlay files' hashes, keyed relative to the spec's folder, for the canonical spec's
   * provenance (`withOverlays`); empty with `only`, whose output is the one profile's folder.
   */
  readonly overlayHashes: FileHashes;
}

export async function loadProfiles(options: LoadProfilesOptions): Promise<LoadedProfiles> {
  const display = (file: string) => path.relative(options.cwd, file) || file;
  const all = overlayFiles(options.specPath);
  const files = options.only === undefined ? all : all.filter((file) => profileIdOf(file) === options.only);
  if (options.only !== undefined && files.length === 0) {
    const known = all.map(profileIdOf);
    throw new ChatspecError(`unknown profile "${options.only}" (${known.length === 0 ? "there are no profiles" : `known: ${known.join(", ")}`})`, {
      kind: "option",
      location: { file: display(profilesDir(options.specPath)) },
    });
  }
  const profiles: Profile[] = [];
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const source = relativeKey(path.dirname(options.specPath), file);
    hashes[source] = hashText(text);
    profiles.push(readProfile(file, text, display(file), source, options.document));
  }
  const problems: LintProblem[] = [];
  const loaded: LoadedProfile[] = [];
  const config = options.lint && profiles.length > 0 ? await loadRedoclyConfig(options.redoclyPath, display) : null;
  for (const profile of profiles) {
    if (config === null) {
      loaded.push({ ...profile, preparedValidators: null });
      continue;
    }
    const linted = await lintProfile(profile, config, path.resolve(options.cwd, profile.file), options.forGeneration === true);
    problems.push(...linted.problems);
    loaded.push({ ...profile, preparedValidators: linted.preparedValidators });
  }
  return { profiles: loaded, problems, overlayHashes: options.only === undefined ? hashes : {} };
}

function readProfile(file: string, text: string, shown: string, source: string, canonical: OpenApiDocument): Profile {
  const id = profileIdOf(file);
  if (!PROFILE_ID.test(id))
    throw new ChatspecError(`profile id "${id}" must be lowercase letters, digits and dashes, starting with a letter`, {
      kind: "profile",
      location: { file: shown },
    });
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = yaml.errors[0];
  if (yamlError !== undefined) {
    const at = lineCounter.linePos(yamlError.pos[0]);
    throw inputError("yaml", `invalid YAML: ${yamlError.message.split("\n")[0] ?? "malformed"}`, shown, text, at.line, at.col);
  }
  const value: unknown = yaml.toJS();
  const problem = overlayProblems(value)[0];
  if (problem !== undefined) {
    const at = positionOf(yaml, lineCounter, problem.path);
    throw inputError("profile", `not an Overlay 1.0 document: ${problem.message}`, shown, text, at.line, at.col);
  }
  const overlay = asOverlay(value as Parameters<typeof asOverlay>[0]);
  const { document, unmatched } = profileDocument(canonical, id, overlay);
  const first = unmatched[0];
  if (first !== undefined) {
    const at = positionOf(yaml, lineCounter, ["actions", first, "target"]);
    throw inputError("profile", `profile ${id}: this action's target selects nothing in the canonical spec`, shown, text, at.line, at.col);
  }
  return { id, file: shown, source, overlay, document };
}

/** Line and column of the YAML node at `keys`, or of its nearest ancestor that exists. */
function positionOf(yaml: YamlDocument, lineCounter: LineCounter, keys: readonly (string | number)[]): { line: number; col: number } {
  for (let length = keys.length; length >= 0; length--) {
    const node = length === 0 ? yaml.contents : yaml.getIn(keys.slice(0, length), true);
    const range = typeof node === "object" && node !== null && "range" in node ? (node.range as [number, number, number] | undefined) : undefined;
    if (range !== undefined) return lineCounter.linePos(range[0]);
  }
  return { line: 1, col: 1 };
}

function inputError(kind: InputErrorKind, message: string, file: string, text: string, line: number, column: number): ChatspecError {
  return new ChatspecError(message, { kind, location: { file, line, column }, frame: codeFrame(text, line, column) });
}

/**
 * Lints a profile's document with the project's Redocly config, as an in-memory document. Problems
 * name the profile and sit at its overlay file: the applied document has no file of its own.
 */
async function lintProfile(
  profile: Profile,
  config: Config,
  overlayPath: string,
  forGeneration: boolean,
): Promise<{ problems: LintProblem[]; preparedValidators: PreparedValidators | null }> {
  const { BaseResolver, Source, lintDocument } = await import("@redocly/openapi-core");
  // The applied document is already parsed: hand Redocly the object (a copy: lint must not see the
  // frozen or shared one) with its JSON text as the source, instead of having it parse that text again.
  const document = {
    source: new Source(overlayPath.replace(/\.overlay\.yaml$/, ".applied.json"), JSON.stringify(profile.document, null, 2)),
    parsed: structuredClone(profile.document),
  };
  const lint = async (lintConfig: Config) =>
    (await lintDocument({ document, config: lintConfig, externalRefResolver: new BaseResolver(config.resolve) })).filter((problem) => !problem.ignored);
  // Request-body examples with the profile's own validators, as for the spec (example-lint.ts).
  // A profile's document is the canonical one with the overlay applied: 3.1 even when the spec was
  // 3.0 (it was converted when loaded), so Redocly lints it with its 3.1 rules.
  const plan = planExampleLint(config, profile.document, "oas3_1");
  const redocly = [...(await lint(plan.config))];
  const findings = await exampleFindings(plan, profile.document, { forGeneration }, lint);
  if ("redocly" in findings) redocly.push(...findings.redocly);
  const problems = redocly.map((problem) => atOverlay(profile, problem.severity, problem.ruleId, problem.message, problem.location[0]?.pointer));
  if (!("own" in findings)) return { problems, preparedValidators: null };
  problems.push(...findings.own.map((problem) => atOverlay(profile, findings.severity, EXAMPLES_RULE, problem.message, problem.pointer)));
  return { problems, preparedValidators: findings.preparedValidators };
}

/** A problem of a profile's applied document, reported at its overlay file and naming the profile. */
function atOverlay(profile: Profile, severity: LintProblem["severity"], ruleId: string, message: string, pointer: string | undefined): LintProblem {
  return {
    severity,
    ruleId,
    message: `profile ${profile.id}: ${message}${pointer === undefined ? "" : ` (at ${pointer})`}`,
    file: profile.file,
    line: 1,
    column: 1,
    pointer: pointer ?? "",
  };
}
