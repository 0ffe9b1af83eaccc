/**
 * The subset of an AJV error object the readable errors read. The generated validators run AJV with
 * `verbose`, so errors carry the schema that failed (`parentSchema`) and the value (`data`): AJV's
 * `schemaPath` is relative to whichever compiled function reported it, so it cannot locate a
 * schema inside a `$ref` on its own.
 */
export interface ValidationErrorObject {
  /** Plain JSON pointer of the failing value. */
  readonly instancePath: string;
  /** URI-fragment pointer of the failing keyword, relative to the function that reported it. */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  readonly propertyName?: string;
  readonly parentSchema?: unknown;
  readonly data?: unknown;
}
