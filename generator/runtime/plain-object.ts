/**
 * The one object test of the package runtime: a JSON object (a schema, a request body's object),
 * as opposed to null, an array or a primitive. Runtime modules read plain JSON typed `unknown`.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
