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
  validators: "validators.js",
  validatorTypes: "validators.d.ts",
  schema: "schema.json",
  schemaModule: "schema.js",
  schemaModuleTypes: "schema.d.ts",
  /** The package runtime: `runtime/errors.js`, `runtime/server.js`, `runtime/client.js` and their `.d.ts`. */
  runtimeDir: "runtime",
  manifest: "chatspec-manifest.json",
} as const;

/** Export name of the validator of a schema: `validateCreateChatCompletionRequest`. */
export function validatorName(schemaName: string, variant: "default" | "strict"): string {
  const base = `validate${toIdentifierPart(schemaName)}`;
  return variant === "strict" ? `${base}Strict` : base;
}

/** The safe-parse function of a schema: `parseCreateChatCompletionRequest`. */
export function parserName(schemaName: string): string {
  return `parse${toIdentifierPart(schemaName)}`;
}

/**
 * The TypeScript type alias that openapi-typescript's `rootTypes` + `rootTypesKeepCasing` writes for a
 * schema: the schema name itself. The two agree for names that are identifiers, which the canonical
 * spec's are. TODO(#6): names that are not identifiers.
 */
export function typeName(schemaName: string): string {
  return toIdentifierPart(schemaName);
}

/** Keeps letters, digits, `_` and `$`; upper-cases the letter after any dropped character. */
function toIdentifierPart(name: string): string {
  const part = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_match, next: string | undefined) => (next ?? "").toUpperCase());
  return /^[0-9]/.test(part) ? `_${part}` : part;
}
