/**
 * The one place output names are decided: file paths inside the generated package and exported
 * identifiers. Emitters ask here instead of building names themselves, so they always agree.
 */

/** Paths of the generated package's files, relative to the output directory (posix). */
export const OutputPaths = {
  packageJson: "package.json",
  readme: "README.md",
  index: "index.js",
  indexTypes: "index.d.ts",
  types: "openapi.d.ts",
  /** The default validators (unknown properties allowed). */
  validators: "validators.js",
  validatorTypes: "validators.d.ts",
  /**
   * The strict validators, a module of their own: a server that validates with the default ones
   * never loads (parses) the strict code, which is as large again.
   */
  strictValidators: "validators-strict.js",
  strictValidatorTypes: "validators-strict.d.ts",
  /**
   * The same validators compiled with AJV's `allErrors`, one module per variant: the package's
   * readable errors load one only when a body is invalid, to report every problem of it (a server
   * validating valid bodies never loads them).
   */
  allErrorsValidators: "validators-all-errors.js",
  allErrorsValidatorTypes: "validators-all-errors.d.ts",
  strictAllErrorsValidators: "validators-strict-all-errors.js",
  strictAllErrorsValidatorTypes: "validators-strict-all-errors.d.ts",
  schema: "schema.json",
  schemaModule: "schema.js",
  schemaModuleTypes: "schema.d.ts",
  /** The package runtime: `runtime/errors.js`, `runtime/server.js`, `runtime/client.js` and their `.d.ts`. */
  runtimeDir: "runtime",
  manifest: "chatspec-manifest.json",
  /** The HTML API reference (Redocly build-docs), and the ignore file that keeps it out of `npm pack`. */
  site: "site/index.html",
  npmignore: ".npmignore",
} as const;

/**
 * Export name of the validator of a schema: `validateCreateChatCompletionRequest`,
 * `…Strict`, and with `allErrors` (the modules that report every problem) `…AllErrors`.
 */
export function validatorName(schemaName: string, variant: "default" | "strict", options: { readonly allErrors?: boolean } = {}): string {
  const base = `validate${upperFirst(identifierFor(schemaName))}`;
  return `${variant === "strict" ? `${base}Strict` : base}${options.allErrors === true ? "AllErrors" : ""}`;
}

/** The safe-parse function of a schema: `parseCreateChatCompletionRequest`. */
export function parserName(schemaName: string): string {
  return `parse${upperFirst(identifierFor(schemaName))}`;
}

/** The TypeScript type alias of a schema (the typescript emitter writes one per component schema). */
export function typeName(schemaName: string): string {
  return identifierFor(schemaName);
}

/**
 * Words that cannot name a type alias or a binding: JavaScript's reserved words and TypeScript's
 * predefined type names ("Type alias name cannot be 'string'").
 */
const RESERVED = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "any",
  "unknown",
  "never",
  "number",
  "bigint",
  "boolean",
  "string",
  "symbol",
  "object",
  "undefined",
  "intrinsic",
  "arguments",
  "eval",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A valid identifier for a schema name. A name that already is one (and is not reserved) is kept
 * as it is; any other is made into one and suffixed with a short hash of the original, so two
 * names that differ only in the characters dropped still get different identifiers.
 */
export function identifierFor(name: string): string {
  if (IDENTIFIER.test(name) && !RESERVED.has(name)) return name;
  const letters = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_match, next: string | undefined) => (next ?? "").toUpperCase());
  const start = letters === "" || /^[0-9]/.test(letters) ? `_${letters}` : letters;
  return `${start}_${shortHash(name)}`;
}

/**
 * A file name (without extension) for a schema's doc page: the schema name when it is safe in a path
 * and a markdown link, otherwise its identifier (a link destination ends at its first space).
 */
export function pageFileName(name: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(name) ? name : identifierFor(name);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** FNV-1a, 32 bits, as 6 hex digits: stable across runs and platforms, and enough to tell names apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0").slice(0, 6);
}
