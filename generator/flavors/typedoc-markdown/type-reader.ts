/**
 * typedoc-plugin-markdown type expressions read back (doc-flavors 1D): intrinsics in backticks
 * (`` `number` ``), literals in backticks (`` `"low"` ``, `` `2` ``; escaped without backticks when
 * they hold a pipe or a backslash; in double backticks in older versions), unions joined by ` \| `,
 * `[]` after array elements (parenthesised unions), `` `Record`\<`string`, T\> `` for maps, inline
 * objects as `` \{ `name`: T; \} ``, and references as links (`` [`X`](X.md) ``) or bare code
 * (`` `X` ``). TypeScript has one `number` type, so it stands for integers too.
 */
import type { DocType } from "../../drift/doc-model.js";
import { closest } from "../../drift/similarity.js";

const INTRINSICS: Readonly<Record<string, DocType>> = {
  string: { kind: "string" },
  number: { kind: "number", bits: null, integers: true },
  boolean: { kind: "boolean" },
  null: { kind: "null" },
  unknown: { kind: "any" },
  any: { kind: "any" },
  object: { kind: "object" },
};

/** Reads a whole type expression; text it cannot read becomes an `unrecognized` type. */
export function readTypeScript(text: string): DocType {
  const reader = new Reader(text.trim());
  try {
    const type = reader.union();
    reader.skipSpaces();
    return reader.done() ? type : unrecognized(text.trim());
  } catch {
    return unrecognized(text.trim());
  }
}

class Reader {
  private index = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.index >= this.text.length;
  }

  skipSpaces(): void {
    while (this.text[this.index] === " ") this.index++;
  }

  private eat(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.index)) return false;
    this.index += token.length;
    return true;
  }

  union(): DocType {
    const variants = [this.postfix()];
    while (this.eat("\\|")) variants.push(this.postfix());
    return variants.length === 1 ? (variants[0] as DocType) : { kind: "union", variants };
  }

  private postfix(): DocType {
    let type = this.primary();
    while (this.eat("[]")) type = { kind: "array", items: type };
    return type;
  }

  private primary(): DocType {
    this.skipSpaces();
    if (this.eat("(")) {
      const inner = this.union();
      if (!this.eat(")")) throw new Error("unclosed parenthesis");
      return inner;
    }
    if (this.eat("\\{")) return this.objectLiteral();
    const literal = /^``(.+?)``(?!`)/.exec(this.text.slice(this.index));
    if (literal !== null) {
      this.index += literal[0].length;
      return literalType(JSON.parse(literal[1] as string));
    }
    if (this.text[this.index] === '"') return literalType(JSON.parse(this.escapedString()));
    const link = /^\[`([^`]+)`\]\([^()\s]*\)/.exec(this.text.slice(this.index));
    if (link !== null) {
      this.index += link[0].length;
      return this.generic({ kind: "model", name: link[1] as string }, link[1] as string);
    }
    const code = /^`([^`]+)`/.exec(this.text.slice(this.index));
    if (code === null) throw new Error("expected a type");
    this.index += code[0].length;
    const word = code[1] as string;
    const intrinsic = INTRINSICS[word];
    if (intrinsic !== undefined) return intrinsic;
    if (/^(".*"|-?[0-9][0-9.eE+-]*|true|false)$/.test(word)) return literalType(JSON.parse(word));
    if (word === "Record" || word === "Array") return this.generic(null, word);
    return /^[A-Z]/.test(word) ? { kind: "model", name: word } : unrecognized(word);
  }

  /** The members of an inline object after its `\{`, up to its `\}`: `` `name?`: T; `` each. */
  private objectLiteral(): DocType {
    while (!this.eat("\\}")) {
      this.skipSpaces();
      const name = /^`[^`]+`: /.exec(this.text.slice(this.index));
      if (name === null) throw new Error("expected a member");
      this.index += name[0].length;
      this.union();
      if (!this.eat(";")) throw new Error("expected ;");
    }
    return { kind: "object" };
  }

  /**
   * A string literal the plugin escaped instead of quoting (it holds a pipe or a backslash): the
   * JSON text with `escapeChars`' backslashes taken out, up to its closing quote.
   */
  private escapedString(): string {
    let json = "";
    while (this.index < this.text.length) {
      const char = this.text[this.index] as string;
      const next = this.text[this.index + 1];
      const escaped = char === "\\" && next !== undefined && ESCAPED.includes(next);
      json += escaped ? next : char;
      this.index += escaped ? 2 : 1;
      // Closed by a quote after an even number of backslashes (none escaping it).
      if (json.length > 1 && ((/\\*"$/.exec(json)?.[0].length ?? 0) - 1) % 2 === 0) return json;
    }
    throw new Error("unclosed string literal");
  }

  /** `Name\<A, B\>` after a reference; `fallback` when no arguments follow. */
  private generic(fallback: DocType | null, name: string): DocType {
    if (!this.eat("\\<")) {
      if (fallback === null) throw new Error(`${name} without arguments`);
      return fallback;
    }
    const args = [this.union()];
    while (this.eat(",")) args.push(this.union());
    if (!this.eat("\\>")) throw new Error("unclosed generic");
    if (name === "Record") return { kind: "map", values: args[1] ?? null };
    if (name === "Array") return { kind: "array", items: args[0] ?? null };
    return fallback ?? { kind: "any" };
  }
}

/** The characters the plugin's `escapeChars` puts a backslash before. */
const ESCAPED = "\\<>{}[]_`|*";

function literalType(value: unknown): DocType {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "literal", value };
  if (value === null) return { kind: "null" };
  throw new Error("unsupported literal");
}

function unrecognized(text: string): DocType {
  return { kind: "unrecognized", text, suggestion: closest(text.replace(/`/g, ""), Object.keys(INTRINSICS)) };
}
