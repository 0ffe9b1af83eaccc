/**
 * Discriminators as OpenAI's spec writes them, reduced to the one form chatspec compiles into a
 * dispatch switch: `oneOf` of `$ref`s to component schemas, each with a required tag property
 * whose `const`/`enum` values are its own, and a complete `mapping` that agrees with those tags
 * (AJV derives its switch from the tags; openapi-typescript reads the mapping).
 *
 * - On `anyOf` with such branches, `anyOf` becomes `oneOf`: when every branch requires a distinct
 *   tag, no instance can match two branches, so "at least one" and "exactly one" accept the same
 *   instances and nothing about validation changes except its speed.
 * - A missing or partial `mapping` is completed from the tags; an explicit entry that contradicts
 *   a branch's tag is a spec error and is reported, not repaired.
 * - A discriminator that cannot drive a dispatch (no union next to it, inline branches, a tag that
 *   is not a literal, not required, or shared by two branches) is an OpenAPI hint without
 *   validation meaning: it is removed and the union is validated branch by branch, as before.
 */
import { ChatspecError } from "../errors.js";
import { isJsonObject, schemaNameOfRef, type JsonObject, type JsonValue } from "../openapi.js";
import { discriminatorTagValues } from "../runtime/discriminator-tags.js";
import type { NodeRewrite } from "./walk.js";

/** What happened to one discriminator, for the normalisation report. */
export type DiscriminatorOutcome = "kept" | "anyOf-to-oneOf" | "mapping-completed" | "removed";

export function rewriteDiscriminator(schemas: JsonObject, record: (outcome: DiscriminatorOutcome, pointer: string) => void): NodeRewrite {
  return (node, pointer) => {
    const discriminator = node.discriminator;
    if (!isJsonObject(discriminator) || typeof discriminator.propertyName !== "string") return node;
    const keyword = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) && !("oneOf" in node) ? "anyOf" : null;
    const branches = keyword === null ? null : (node[keyword] as JsonValue[]);
    const tags = branches === null ? null : branchTags(branches, discriminator.propertyName, requiredOf(node), schemas);
    if (keyword === null || tags === null) {
      const { discriminator: _removed, ...rest } = node;
      record("removed", pointer);
      return rest;
    }
    const explicit = isJsonObject(discriminator.mapping) ? discriminator.mapping : {};
    const mapping: JsonObject = { ...explicit };
    for (const [value, ref] of tags) {
      const given = explicit[value];
      // OpenAPI allows a bare schema name as a mapping value; it is rewritten to the full $ref.
      if (given !== undefined && given !== ref && given !== schemaNameOfRef(ref)) {
        throw new ChatspecError(`discriminator mapping for "${value}" is "${String(given)}", but that tag belongs to "${ref}"`, {
          kind: "spec",
          location: { pointer: `${pointer}/discriminator/mapping` },
        });
      }
      mapping[value] = ref;
    }
    const completed = Object.entries(mapping).some(([value, ref]) => explicit[value] !== ref);
    const next: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "anyOf" && keyword === "anyOf") next.oneOf = value;
      else if (key === "discriminator") next.discriminator = { ...discriminator, mapping };
      else next[key] = value;
    }
    record(keyword === "anyOf" ? "anyOf-to-oneOf" : completed ? "mapping-completed" : "kept", pointer);
    return next;
  };
}

/**
 * The tag values of every branch as `[value, $ref]` pairs, or null when the branches cannot drive a
 * dispatch. A tag counts as required when the branch or the union itself requires it.
 */
function branchTags(branches: readonly JsonValue[], propertyName: string, unionRequired: readonly string[], schemas: JsonObject): [string, string][] | null {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const branch of branches) {
    const ref = isJsonObject(branch) && typeof branch.$ref === "string" && Object.keys(branch).length === 1 ? branch.$ref : null;
    const name = ref === null ? null : schemaNameOfRef(ref);
    const target = name === null ? undefined : schemas[name];
    if (ref === null || !isJsonObject(target)) return null;
    const required = requiredOf(target).includes(propertyName) || unionRequired.includes(propertyName);
    const values = discriminatorTagValues(target, propertyName);
    if (!required || values === null) return null;
    for (const value of values) {
      if (seen.has(value)) return null;
      seen.add(value);
      pairs.push([value, ref]);
    }
  }
  return pairs.length > 0 ? pairs : null;
}

function requiredOf(schema: JsonObject): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((item): item is string => typeof item === "string") : [];
}
