/**
 * The tag values a branch of a discriminated union declares: the one reading of a discriminator's
 * tags, shared by the spec lint, the normaliser, the JSON Schema conversion and the package's
 * readable errors (shipped inside the generated package, so it takes plain JSON, typed `unknown`).
 *
 * The rule is AJV's, which builds the dispatch the validators run: the tag property's `const`
 * when it has one, else its `enum`, and every value a string. openapi-typescript and the mapping
 * check must see the same values AJV dispatches on, or the types and the validators disagree.
 */
import { isPlainObject } from "./plain-object.js";

/**
 * The tag values `branch` (a resolved schema, not a `$ref`) declares for its `propertyName`
 * property, or null when it declares none AJV can dispatch on (no such property, no `const` or
 * `enum`, an empty `enum`, or a value that is not a string).
 */
export function discriminatorTagValues(branch: unknown, propertyName: string): string[] | null {
  const properties = isPlainObject(branch) ? branch.properties : undefined;
  const tag = isPlainObject(properties) && Object.hasOwn(properties, propertyName) ? properties[propertyName] : undefined;
  if (!isPlainObject(tag)) return null;
  const values = "const" in tag ? [tag.const] : Array.isArray(tag.enum) ? (tag.enum as unknown[]) : [];
  return values.length > 0 && values.every((value) => typeof value === "string") ? (values as string[]) : null;
}
