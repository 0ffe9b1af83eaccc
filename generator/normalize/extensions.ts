/**
 * Vendor extensions of foreign specs, and what becomes of each: an explicit table, never a rule
 * such as "drop every x-*". Kept extensions travel on as annotations (the validators declare every
 * `x-*` keyword they meet to AJV as an annotation, so AJV's strict mode stays on); stripped ones
 * are tooling metadata of another toolchain that would only bloat `schema.json` and the docs.
 * Extensions not in the table are kept, as they are for the canonical spec.
 */
import type { NodeRewrite } from "./walk.js";

export interface ExtensionRule {
  /** Matches the extension's key. */
  readonly key: RegExp;
  readonly action: "keep" | "strip";
  /** Why, in one line: the table is the documentation. */
  readonly reason: string;
}

export const EXTENSION_RULES: readonly ExtensionRule[] = [
  {
    key: /^x-oaiMeta$/,
    action: "strip",
    reason: "OpenAI's API-reference page metadata (page names, groups, example code in several languages); not part of any schema",
  },
  { key: /^x-oaiExpandable$/, action: "strip", reason: "a rendering hint of OpenAI's reference site (expand this section by default)" },
  { key: /^x-oaiSupportedSDKs$/, action: "strip", reason: "which OpenAI SDKs implement an operation; SDK release metadata" },
  {
    key: /^x-stainless-/,
    action: "strip",
    reason: "hints for the Stainless SDK generator (x-stainless-const, -param, -skip …); no meaning for types, validation or field docs",
  },
  { key: /^x-oaiTypeLabel$/, action: "keep", reason: 'a human label for a field\'s type ("file", "map"); an annotation docs may show' },
  { key: /^x-oai-beta$/, action: "keep", reason: "marks beta operations and schemas; an annotation worth keeping" },
];

/** The rule for an extension key, or null when the table does not list it (kept). */
export function extensionRule(key: string): ExtensionRule | null {
  return EXTENSION_RULES.find((rule) => rule.key.test(key)) ?? null;
}

export function stripExtensions(record: (key: string, pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    let changed = false;
    const out: typeof node = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-") && extensionRule(key)?.action === "strip") {
        changed = true;
        record(key, pointer);
      } else {
        out[key] = value;
      }
    }
    return changed ? out : node;
  };
}
