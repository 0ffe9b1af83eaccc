/**
 * Reads TypeDoc HTML flattened to plain text (seed 004). What survives the flattening:
 *
 * - Optional members start with `Optional` and their name cut at TypeDoc's first `<wbr/>`
 *   (`frequencyPenalty` → `frequency`, `maxTokens` → `max`), run straight into the description
 *   (`Optional frequencyA number…`). The name is the shortest lower-case-led run followed by a
 *   capitalised word or by the next `Optional` (`topPAn` → `topP`, `headersOptional logit…`).
 * - Required members lost their names and start with their description. A line that starts a new
 *   sentence after one ending in `.`, `!` or `?`, and is not a tag line such as `Note:` or
 *   `Deprecated:`, starts such an unnamed member; the last paragraph is the interface summary.
 * - No types and no markers: a `Deprecated` line in the description is all that is left of a
 *   deprecation, so it counts as the marker for this dialect.
 */
import { pos, type DocField, type DocPage } from "../../drift/doc-model.js";
import { lines } from "../../drift/source.js";

const MEMBER = /^Optional ([a-z][A-Za-z0-9]*?)(?=[A-Z][a-z ]|Optional |[A-Z]?$)/;
const TAG_LINE = /^[A-Z][A-Za-z]*:/;

interface Draft {
  name: string;
  naming: "truncated" | "unnamed";
  line: number;
  column: number;
  description: string[];
}

/** True when the text looks like flattened TypeDoc: several lines that start with `Optional <name>` run together. */
export function looksLikeFlattenedTypedoc(text: string): boolean {
  return lines(text).filter((line) => MEMBER.test(line)).length >= 3;
}

export function parseTypedocText(text: string): DocPage {
  const all = lines(text);
  const drafts: Draft[] = [];
  all.forEach((line, index) => {
    let rest = line;
    let column = 1;
    let started = false;
    for (let match = MEMBER.exec(rest); match !== null; match = MEMBER.exec(rest)) {
      const name = match[1] as string;
      drafts.push({ name, naming: "truncated", line: index + 1, column: column + "Optional ".length, description: [] });
      rest = rest.slice(match[0].length);
      column += match[0].length;
      started = true;
    }
    const previous = index === 0 ? "" : (all[index - 1] as string).trim();
    const startsUnnamed = !started && !TAG_LINE.test(line) && (index === 0 || /[.!?]$/.test(previous)) && /^[A-Z]/.test(line);
    if (startsUnnamed) {
      drafts.push({ name: "", naming: "unnamed", line: index + 1, column: 1, description: [line] });
      return;
    }
    const last = drafts[drafts.length - 1];
    if (last !== undefined && rest.trim() !== "") last.description.push(rest);
  });
  // The interface summary comes last: an unnamed paragraph after the last member.
  const last = drafts[drafts.length - 1];
  if (last !== undefined && last.naming === "unnamed" && drafts.some((draft) => draft.naming === "truncated")) drafts.pop();
  const fields = drafts.map((draft): DocField => {
    const description = draft.description.join("\n").trim();
    const at = pos(draft.line, draft.column);
    return {
      name: draft.name,
      naming: draft.naming,
      path: [],
      at,
      type: null,
      required: { value: draft.naming === "unnamed", at },
      nullable: null,
      deprecated: { value: /(^|\n)\s*Deprecated\b/.test(description), at },
      extension: null,
      defaults: [],
      range: null,
      values: null,
      description: description === "" ? null : { text: description, at: draft.naming === "unnamed" ? at : pos(draft.line, draft.column + draft.name.length) },
      hidden: false,
      blocks: [],
    };
  });
  return { title: null, kind: "fields", sections: [{ title: null, at: pos(1, 1), fields }], values: null, defects: [], dialect: "flattened TypeDoc HTML text" };
}
