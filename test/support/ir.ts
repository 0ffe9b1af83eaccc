/**
 * Small IR models for the doc tests: an object definition with every other fact empty, and a model
 * whose root is its first definition. Tests state only the facts they are about.
 */
import type { Definition, Field, Model } from "../../generator/ir/types.js";

export function objectDefinition(name: string, fields: readonly Field[], facts: Partial<Definition> = {}): Definition {
  return {
    name,
    pointer: `/components/schemas/${name}`,
    title: null,
    description: null,
    deprecated: false,
    type: { kind: "object", fields, freeForm: false },
    nullable: false,
    default: null,
    extensions: [],
    ...facts,
  };
}

export function modelOf(definitions: readonly Definition[], info: { title?: string; version?: string } = {}): Model {
  return { title: info.title ?? "t", version: info.version ?? "1", roots: definitions.slice(0, 1).map((definition) => definition.name), definitions };
}
