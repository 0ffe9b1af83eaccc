/**
 * What a doc page says, read back from its markup: the flavor-neutral facts every parser produces
 * and the comparison consumes. Each fact keeps the position it was read from, so a finding can
 * point at the exact cell, note or sentence. A fact a flavor cannot express is `null` ("the page
 * does not say"), never a guess: a wrapper type that marks optional and nullable fields alike says
 * nothing about null on an optional field, and a flavor that never prints defaults states none.
 */

/** A 1-based position in the doc file. */
export interface SourcePos {
  readonly line: number;
  readonly column: number;
}

export interface Fact<T> {
  readonly value: T;
  readonly at: SourcePos;
}

/**
 * A documented type, translated from the flavor's language into JSON Schema terms. `model` is a
 * link or name of a documented class/enum/union (its name need not be the spec's). `bits` is the
 * width a language type promises (`i32` → 32); null when unbounded or unknown. `integers` marks a
 * number type that also stands for integers (TypeScript's `number`).
 */
export type DocType =
  | { readonly kind: "string" | "boolean" | "null" | "any" | "object" }
  | {
      readonly kind: "integer";
      readonly bits: 32 | 64 | null;
      /**
       * The width is what the generator derives from the spec's `format` alone, whatever the bounds
       * (openapi-generator's `i32` for an integer without `format: int64`): narrower than the bounds
       * need is the generator's mapping, not drift. Absent: the width is the page's own claim.
       */
      readonly widthByFormat?: boolean;
    }
  | { readonly kind: "number"; readonly bits: 32 | 64 | null; readonly integers: boolean }
  | { readonly kind: "array"; readonly items: DocType | null }
  | { readonly kind: "map"; readonly values: DocType | null }
  | { readonly kind: "model"; readonly name: string }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "union"; readonly variants: readonly DocType[] }
  | { readonly kind: "unrecognized"; readonly text: string; readonly suggestion: string | null };

/** A type label as written, what it means, and whether it admits null (null: the label does not say). */
export interface DocTypeLabel {
  readonly label: string;
  readonly type: DocType;
  readonly nullable: boolean | null;
  readonly at: SourcePos;
  /** Other readings of an ambiguous label (the reference flavor's `array of A or B`). */
  readonly alternatives?: readonly DocType[];
}

/** A value stated as text (a default, a range bound), with where it came from. */
export interface Stated {
  readonly text: string;
  readonly at: SourcePos;
  /** `slot`: the flavor's own place for it (a notes cell, a block tag, a table column); `prose`: a sentence. */
  readonly source: "slot" | "prose";
}

export interface StatedRange {
  readonly min: number | null;
  readonly max: number | null;
  readonly exclusiveMin: boolean;
  readonly exclusiveMax: boolean;
  readonly text: string;
  readonly at: SourcePos;
}

export interface StatedValues {
  readonly values: readonly string[];
  readonly at: SourcePos;
  /** A list in prose may be a partial mention; only an explicit list ("supported values are") is exhaustive. */
  readonly exhaustive: boolean;
}

/** How the name reached the page: as written, cut at a word break (flattened HTML), or lost (its required members there). */
export type Naming = "written" | "truncated" | "unnamed";

export interface DocField {
  /** The name as written, unescaped (`format_`, `maxTokens`, `Messages`); for `unnamed`, "". */
  readonly name: string;
  readonly naming: Naming;
  /** Parent member names for nested members written as paths (`json_schema.strict`, `items[].name`). */
  readonly path: readonly string[];
  readonly at: SourcePos;
  readonly type: DocTypeLabel | null;
  readonly required: Fact<boolean> | null;
  /** Nullability stated outside the type label (a Nullable column); otherwise the label's. */
  readonly nullable: Fact<boolean> | null;
  /** The flavor's deprecation marker: present or absent, or null when the flavor has none. */
  readonly deprecated: Fact<boolean> | null;
  /** An explicit provider-extension marker, or null when the flavor has none. */
  readonly extension: Fact<boolean> | null;
  /** Defaults stated in the flavor's slot; prose defaults are read from `description`. */
  readonly defaults: readonly Stated[];
  /** A range stated in a structured place (the reference flavor's Rules column). */
  readonly range: StatedRange | null;
  /** Enum values listed by the flavor itself (not prose). */
  readonly values: StatedValues | null;
  /** Plain text of the description, where prose facts are read from. */
  readonly description: DocText | null;
  /** Written inside an HTML comment, so not rendered. */
  readonly hidden: boolean;
  /** Nested blocks under the field (see the flavor reader's `nestedBlocks`), each documenting one object the field can hold. */
  readonly blocks: readonly DocBlock[];
}

/**
 * Description text. `inline` is the markup a line break stands for when the whole text sits on one
 * source line (`<br/>` in a table cell), so positions inside it can be mapped back.
 */
export interface DocText {
  readonly text: string;
  readonly at: SourcePos;
  readonly inline?: string;
}

export interface DocBlock {
  readonly title: string;
  readonly at: SourcePos;
  readonly fields: readonly DocField[];
}

/** A group of fields documenting one schema: the page's own, or a titled section (the mapped models of a discriminator page). */
export interface DocSection {
  /** The heading that names the section's schema, or null for the page's own schema. */
  readonly title: string | null;
  readonly at: SourcePos;
  readonly fields: readonly DocField[];
}

export interface DocDefect {
  readonly at: SourcePos;
  /** The documented field the defect belongs to, as written. */
  readonly field: string;
  readonly message: string;
}

export interface DocPage {
  /** The schema name the page's title gives, as written (`ChatCompletionRequest`), or null. */
  readonly title: Fact<string> | null;
  /** What the page documents: fields of an object, the values of an enum, or something drift does not compare (a union, an alias, an index). */
  readonly kind: "fields" | "values" | "other";
  readonly sections: readonly DocSection[];
  readonly values: StatedValues | null;
  readonly defects: readonly DocDefect[];
  /** A note on the dialect read, when the flavor has several (null for its main one). */
  readonly dialect: string | null;
}

export function pos(line: number, column: number): SourcePos {
  return { line, column };
}
