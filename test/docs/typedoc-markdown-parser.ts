/**
 * Readers for typedoc-plugin-markdown list-format pages (doc-flavors 1D) and for seed 004, TypeDoc
 * HTML flattened to text, whose member names are cut at TypeDoc's `<wbr/>` points.
 */

export interface TypedocMember {
  /** Heading depth: 3 for interface members, 4 and 5 for a type declaration's members. */
  readonly level: number;
  /** The heading text as written (escaped, `~~…~~`, `?`). */
  readonly heading: string;
  /** The member name with the plugin's escapes removed. */
  readonly name: string;
  readonly optional: boolean;
  readonly deprecated: boolean;
  /** The `> …` declaration line, without `> `. */
  readonly declaration: string;
}

/** Members of a page: `###`–`#####` headings outside code fences followed by a `> ` declaration. */
export function parseMembers(page: string): TypedocMember[] {
  const lines = page.split("\n");
  const members: TypedocMember[] = [];
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const marks = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marks !== undefined) fence = fence === null ? marks : marks.startsWith(fence) ? null : fence;
    const heading = fence === null ? /^(#{3,5}) (.+)$/.exec(line) : null;
    const declaration = lines[index + 2] ?? "";
    if (heading === null || lines[index + 1] !== "" || !declaration.startsWith("> ")) return;
    const text = heading[2] as string;
    const deprecated = /^~~.*~~$/.test(text);
    const bare = deprecated ? text.slice(2, -2) : text;
    members.push({
      level: (heading[1] as string).length,
      heading: text,
      name: bare.replace(/\?$/, "").replace(/\\(.)/g, "$1"),
      optional: bare.endsWith("?"),
      deprecated,
      declaration: declaration.slice(2),
    });
  });
  return members;
}

/** Relative link targets of a page (inline links; absolute URLs and same-page anchors skipped). */
export function relativeLinks(page: string): string[] {
  return [...page.matchAll(/\]\(([^()\s]+)\)/g)].map((match) => match[1] as string).filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target));
}

/**
 * Seed 004's member-name prefixes. Every optional member starts with "Optional" and its name, cut
 * at the first `<wbr/>` (`frequencyPenalty` → `frequency`), runs straight into its description
 * (`Optional frequencyA number…`), and members without a comment run into the next one
 * (`Optional headersOptional logit…`). The prefix is the leading run of lower-case letters.
 * Required members lost their name entirely and are not listed.
 */
export function seedMemberPrefixes(seed: string): string[] {
  return [...seed.matchAll(/Optional ([a-z]+)/g)].map((match) => match[1] as string);
}
