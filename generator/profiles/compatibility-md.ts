/**
 * `compatibility.md`: the compatibility matrix (matrix.ts) as one markdown table, a row per request
 * field and a column per profile, with a legend and where each profile comes from. Deterministic:
 * rows in canonical field order, columns in profile-id order, no dates.
 */
import { markdownBanner } from "../lib/banner.js";
import type { CompatibilityMatrix, MatrixCell } from "./matrix.js";

export interface ProfileSummary {
  readonly id: string;
  /** The overlay file, posix, relative to the spec's folder (`profiles/atoma.overlay.yaml`). */
  readonly overlay: string;
  readonly title: string;
  readonly description: string;
}

export function compatibilityMarkdown(matrix: CompatibilityMatrix, profiles: readonly ProfileSummary[]): string {
  const lines = [
    markdownBanner.trimEnd(),
    "# Compatibility matrix",
    "",
    "What each provider profile does with each field of `CreateChatCompletionRequest`, computed from the profile's spec",
    "(the canonical spec with its overlay applied). **supported**: as in the canonical spec; **not supported**: the",
    "profile removes it; **restricted**: accepted with a narrower schema or a provider restriction (how is said);",
    "**extension**: a provider-specific field (`x-chatspec-provider-extension`).",
    "",
    `| Field | ${matrix.profiles.map((id) => `\`${id}\``).join(" | ")} |`,
    `|---|${matrix.profiles.map(() => "---").join("|")}|`,
    ...matrix.rows.map((row) => `| \`${row.field}\` | ${row.cells.map(cellText).join(" | ")} |`),
    "",
    "## Profiles",
    "",
    ...profiles.map((profile) => `- \`${profile.id}\` (overlay \`${profile.overlay}\` beside the spec): ${profile.title}. ${oneLine(profile.description)}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** A cell as table text: the status, then how, pipes escaped. */
export function cellText(cell: MatrixCell): string {
  const text = cell.how.length === 0 ? cell.status : `${cell.status}: ${cell.how.join("; ")}`;
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}
