/**
 * Finding schemas in the JSON Schema bundle the validators were compiled from (a document with
 * `$defs`, the root schema being `$defs[rootName]`), so messages can use the schema's own words:
 * titles, property names, a rule's description, a union's tag values.
 */
import { decodeFragmentSegment, fragmentSegments } from "./json-pointer.js";
import { isPlainObject } from "./plain-object.js";
import type { ValidationErrorObject } from "./validation-error.js";

export type Schema = Record<string, unknown>;

export interface SchemaLookup {
  /** A schema with its `$ref` to a `$defs` entry followed (an empty schema when it leads nowhere). */
  resolve(schema: unknown): Schema;
  /**
   * The schema holding the keyword at the end of `segments` (a decoded schemaPath). A path into
   * `$defs` starts at the bundle, any other at the root schema: the root's function reports its
   * paths relative to it.
   */
  keywordParent(segments: readonly string[]): Schema;
  /**
   * The schema that holds an error's failing keyword: AJV's `parentSchema` when present, else a
   * walk of its schemaPath (right for errors the root function reports).
   */
  schemaOf(error: ValidationErrorObject): Schema;
}

/** Hops a chain of `$ref`s may take before it counts as leading nowhere (a cycle of bare refs). */
const MAX_REF_HOPS = 32;

export function createSchemaLookup(bundle: Schema, rootName: string): SchemaLookup {
  const defs = isPlainObject(bundle.$defs) ? bundle.$defs : {};

  function resolve(schema: unknown): Schema {
    let current = isPlainObject(schema) ? schema : {};
    for (let hops = 0; typeof current.$ref === "string" && hops < MAX_REF_HOPS; hops++) {
      const name = decodeFragmentSegment(current.$ref.replace(/^#\/\$defs\//, ""));
      const target = defs[name];
      current = isPlainObject(target) ? target : {};
    }
    return current;
  }

  function keywordParent(segments: readonly string[]): Schema {
    let node: unknown = segments[0] === "$defs" ? bundle : defs[rootName];
    for (const segment of segments.slice(0, -1)) node = isPlainObject(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
    return isPlainObject(node) ? node : {};
  }

  return {
    resolve,
    keywordParent,
    schemaOf: (error) => (isPlainObject(error.parentSchema) ? error.parentSchema : keywordParent(fragmentSegments(error.schemaPath))),
  };
}
