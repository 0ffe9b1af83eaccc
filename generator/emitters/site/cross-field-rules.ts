/**
 * Redoc 3 renders an object's cross-field rules (`allOf` members of the form `if: {required: [a]}
 * then: {required: [b]}`) as "One of: case 1 / case 2" tabs at the top of the object, and merges the
 * `if`'s `required` into the first case, so a reader of the default tab sees optional fields such as
 * `modalities` marked required. For the site only, such rules leave the schema and become words: a
 * "Rules between fields" list in the object's description, and the rule's sentence on each field it
 * names (the one that triggers it and the ones it requires) unless that field's description already
 * mentions the other field. Validation is not affected: this copy only feeds the HTML page. Pure:
 * returns a changed copy.
 */
import { isJsonObject, type JsonObject, type JsonValue, type OpenApiDocument } from "../../openapi.js";

/** A cross-field rule: its sentence, the field that triggers it, and the fields it requires. */
interface Rule {
  readonly sentence: string;
  readonly trigger: string;
  readonly needed: readonly string[];
}

export const RULES_HEADING = "Rules between fields:";

export function withCrossFieldRulesInWords(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document) as OpenApiDocument;
  const lists = new Map<JsonObject, string>();
  visit(copy, lists);
  // Redoc shows a body's own description above its fields, not its schema's: the list goes there too.
  const components = isJsonObject(copy.components) && isJsonObject(copy.components.schemas) ? copy.components.schemas : {};
  forEachBody(copy.paths, (body, schema) => {
    const target = typeof schema.$ref === "string" ? components[schema.$ref.replace("#/components/schemas/", "")] : schema;
    const list = isJsonObject(target) ? lists.get(target) : undefined;
    if (list !== undefined) body.description = typeof body.description === "string" && body.description !== "" ? `${body.description}\n\n${list}` : list;
  });
  return copy;
}

/** Every object schema in the document that has rules gets them in words; walked generically so inline schemas are covered too. */
function visit(node: JsonValue | undefined, lists: Map<JsonObject, string>): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, lists);
    return;
  }
  if (!isJsonObject(node)) return;
  if (Array.isArray(node.allOf) && isJsonObject(node.properties)) {
    const list = inWords(node);
    if (list !== null) lists.set(node, list);
  }
  for (const value of Object.values(node)) visit(value, lists);
}

/** Calls `visit` with every request and response body under `paths` and its first media type's schema. */
function forEachBody(paths: JsonValue | undefined, visit: (body: JsonObject, schema: JsonObject) => void): void {
  if (!isJsonObject(paths)) return;
  for (const item of Object.values(paths)) {
    if (!isJsonObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isJsonObject(operation)) continue;
      const bodies = [operation.requestBody, ...(isJsonObject(operation.responses) ? Object.values(operation.responses) : [])];
      for (const body of bodies) {
        if (!isJsonObject(body) || !isJsonObject(body.content)) continue;
        const media = Object.values(body.content)[0];
        if (isJsonObject(media) && isJsonObject(media.schema)) visit(body, media.schema);
      }
    }
  }
}

/** Moves the schema's rules into words; returns the "Rules between fields" list, or null when it has none. */
function inWords(schema: JsonObject): string | null {
  const members = schema.allOf as JsonValue[];
  const rules = members.map(ruleOf);
  if (rules.every((rule) => rule === null)) return null;
  const kept = members.filter((_, index) => rules[index] === null);
  if (kept.length === 0) delete schema.allOf;
  else schema.allOf = kept;
  const found = rules.filter((rule): rule is Rule => rule !== null);
  const properties = schema.properties as JsonObject;
  for (const rule of found) {
    for (const [name, others] of [[rule.trigger, rule.needed] as const, ...rule.needed.map((name) => [name, [rule.trigger]] as const)]) {
      const property = properties[name];
      if (!isJsonObject(property)) continue;
      const own = typeof property.description === "string" ? property.description : "";
      if (others.every((other) => mentions(own, other))) continue;
      property.description = own === "" ? rule.sentence : `${own}\n\n${rule.sentence}`;
    }
  }
  const list = `${RULES_HEADING}\n\n${found.map((rule) => `- ${rule.sentence}`).join("\n")}`;
  schema.description = typeof schema.description === "string" && schema.description !== "" ? `${schema.description}\n\n${list}` : list;
  return list;
}

/**
 * The rule an `allOf` member states, or null when the member is something else. The sentence is the
 * member's own `description`, else "`a` requires `b: v`." as the docs IR words it.
 */
function ruleOf(member: JsonValue): Rule | null {
  if (!isJsonObject(member) || !isJsonObject(member.if) || !isJsonObject(member.then)) return null;
  const triggers = names(member.if.required);
  const needed = names(member.then.required);
  if (triggers.length !== 1 || needed.length === 0) return null;
  const trigger = triggers[0] as string;
  const values = isJsonObject(member.then.properties) ? member.then.properties : {};
  const requirements = needed.map((name) => {
    const value = values[name];
    return isJsonObject(value) && "const" in value ? `\`${name}: ${JSON.stringify(value.const)}\`` : `\`${name}\``;
  });
  const sentence =
    typeof member.description === "string" && member.description.trim() !== "" ? member.description : `\`${trigger}\` requires ${requirements.join(" and ")}.`;
  return { sentence, trigger, needed };
}

/** Whether a description names a field in a code span: `` `stream` `` or `` `stream: true` ``. */
function mentions(description: string, field: string): boolean {
  return description.includes(`\`${field}\``) || description.includes(`\`${field}:`);
}

function names(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : [];
}
