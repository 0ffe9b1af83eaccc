/**
 * A reader for kluster / PaperMoon field markup (doc-flavors 1C), lenient enough for the hand-written
 * seed 003 and strict enough to check our pages: the field-line grammar
 * `` `name` ++"label"++ [required span] [*deprecated*] ``, the older inline style
 * `` `name` <font color="gray">label Optional …</font> - … ``, HTML-comment-hidden fields, and the
 * indentation rule of pymdownx.details `??? child` blocks.
 */

export interface KlusterField {
  /** 1-based line number. */
  readonly line: number;
  readonly indent: number;
  /** The seed writes children as `- ` list items; our pages never do. */
  readonly listItem: boolean;
  readonly name: string;
  /** The type label, with the inline style's `a / b / null` read as `a or b or null`. */
  readonly label: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly style: "keys" | "font";
  /** Inside an HTML comment (the seed hides unsupported fields that way). */
  readonly hidden: boolean;
}

const REQUIRED_SPAN = '<span class="required" markdown>++"required"++</span>';

/** `` `name` `` (any backtick fence) then a `++"label"++` key or a gray `<font>` label. */
const FIELD_LINE = /^( *)(- )?(`+)(.+?)\3 +(?:\+\+"([^"]*)"\+\+(.*)|<font color="gray">(.*?)<\/font>(.*))$/;

/** No-break spaces (pasted from a rendered page in seed 003) read as spaces. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\u00a0/g, " ");
}

export function parseFields(text: string): KlusterField[] {
  const fields: KlusterField[] = [];
  let inComment = false;
  normalizeSpaces(text)
    .split("\n")
    .forEach((raw, index) => {
      let line = raw;
      let hidden = inComment;
      if (!inComment && line.startsWith("<!--") && !line.includes("-->")) {
        inComment = true;
        hidden = true;
        line = line.slice(4);
      } else if (line.startsWith("<!--")) {
        hidden = true;
        line = line.slice(4);
      }
      if (inComment && raw.includes("-->")) inComment = false;
      const match = FIELD_LINE.exec(line);
      if (match === null) return;
      const [, indent = "", item, , name = "", keyLabel, rest, fontLabel, afterFont] = match;
      const style = keyLabel !== undefined ? "keys" : "font";
      const label = keyLabel ?? readFontLabel(fontLabel ?? "");
      const tail = rest ?? afterFont ?? "";
      fields.push({
        line: index + 1,
        indent: indent.length,
        listItem: item !== undefined,
        name,
        label,
        required: style === "keys" ? tail.includes(REQUIRED_SPAN) : /\bRequired\b/.test(fontLabel ?? ""),
        deprecated: /(^| )\*deprecated\*/.test(tail),
        style,
        hidden,
      });
    });
  return fields;
}

/** `string / array / null Optional Defaults to null ` → `string or array or null`. */
function readFontLabel(text: string): string {
  const label = text.split(/\s(?:Optional|Required)\b/)[0] ?? "";
  return label.replace(/\s*\/\s*/g, " or ").replace(/\s+/g, " ").trim();
}

export interface IndentViolation {
  readonly line: number;
  readonly problem: "no blank line after ??? child" | "empty child block" | "under-indented" | "body above its field";
}

/**
 * Checks pymdownx.details indentation. After a `??? child` line at indent k, the next line must be
 * blank and the block lasts until a structural line (field, `---` rule or `??? child`) at indent
 * ≤ k; every non-blank line before that must be indented ≥ k + 4, and there must be at least one.
 * Also, the description lines of a field are never indented less than the field line itself.
 */
export function childBlockViolations(text: string): IndentViolation[] {
  const lines = normalizeSpaces(text).split("\n");
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  const structural = (line: string): boolean => FIELD_LINE.test(line) || /^ *---$/.test(line) || /^ *\?\?\? child /.test(line);
  const violations: IndentViolation[] = [];
  lines.forEach((line, index) => {
    if (/^ *\?\?\? child /.test(line)) {
      const k = indentOf(line);
      if ((lines[index + 1] ?? "") !== "") violations.push({ line: index + 2, problem: "no blank line after ??? child" });
      let body = 0;
      for (let j = index + 1; j < lines.length; j++) {
        const candidate = lines[j] as string;
        if (candidate.trim() === "") continue;
        if (indentOf(candidate) <= k && structural(candidate)) break;
        if (indentOf(candidate) < k + 4) violations.push({ line: j + 1, problem: "under-indented" });
        body++;
      }
      if (body === 0) violations.push({ line: index + 1, problem: "empty child block" });
    } else if (FIELD_LINE.test(line)) {
      const k = indentOf(line);
      for (let j = index + 1; j < lines.length && !structural(lines[j] as string); j++) {
        const candidate = lines[j] as string;
        if (candidate.trim() !== "" && indentOf(candidate) < k) violations.push({ line: j + 1, problem: "body above its field" });
      }
    }
  });
  return violations;
}
