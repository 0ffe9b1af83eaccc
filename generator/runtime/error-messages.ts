/**
 * The message of one AJV error, in the schema's own words: titles name the object ("a tool message
 * requires …"), a cross-field rule speaks through its description, a discriminated union lists its
 * tags, and an unknown property gets a "did you mean".
 */
import { discriminatorTagValues } from "./discriminator-tags.js";
import { article, listOr, plain, plural, show } from "./english.js";
import { fragmentSegments, pointerSegments } from "./json-pointer.js";
import { isPlainObject } from "./plain-object.js";
import type { SchemaLookup } from "./schema-lookup.js";
import { suggestPropertyName } from "./suggestions.js";
import type { ValidationErrorObject } from "./validation-error.js";

/** What a message is written with besides the error. */
export interface MessageContext {
  readonly lookup: SchemaLookup;
  /** The provider profile the validators are for (errors.ts), or null for the canonical spec. */
  readonly profile: string | null;
}

/**
 * A message and the field it concerns. `atField` says whether the problem is the field itself (a
 * cross-field rule's missing property, a union's tag) rather than its object.
 */
export interface ErrorMessage {
  readonly path: string;
  readonly message: string;
  readonly field: string | null;
  readonly atField?: true;
}

const BOUND_WORDS: Record<string, string> = { maximum: "at most", minimum: "at least", exclusiveMaximum: "less than", exclusiveMinimum: "greater than" };

export function errorMessage(error: ValidationErrorObject, context: MessageContext): ErrorMessage {
  const { lookup, profile } = context;
  const schema = lookup.schemaOf(error);
  const params = error.params;
  const path = error.instancePath;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const rule = ruleText(error, missing, lookup);
      if (rule !== null) return { path, message: rule, field: missing, atField: true };
      const title = typeof schema.title === "string" ? schema.title.toLowerCase() : null;
      return { path, message: title === null ? `missing required property "${missing}"` : `${article(title)} ${title} requires "${missing}"`, field: missing };
    }
    case "const": {
      const field = pointerSegments(path).at(-1) ?? null;
      return { path, message: ruleText(error, field, lookup) ?? `must be ${show(params.allowedValue)}`, field: null };
    }
    case "enum":
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).map(show).join(", ")}`, field: null };
    case "type":
      return { path, message: `must be ${String(params.type).split(",").join(" or ")}`, field: null };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
      return { path, message: `must be ${BOUND_WORDS[error.keyword]} ${String(params.limit)}`, field: null };
    case "maxLength":
    case "minLength": {
      const words = error.keyword === "maxLength" ? "at most" : "at least";
      const subject = error.propertyName === undefined ? "must be" : `key "${error.propertyName}" must be`;
      return { path, message: `${subject} ${words} ${String(params.limit)} characters long`, field: null };
    }
    case "pattern":
      return error.propertyName === undefined
        ? { path, message: `must match the pattern ${String(params.pattern)}`, field: null }
        : { path, message: `key "${error.propertyName}" must match the pattern ${String(params.pattern)}`, field: null };
    case "format":
      return { path, message: `must be a valid ${String(params.format)}`, field: null };
    case "maxItems":
    case "minItems":
      return { path, message: `must have ${error.keyword === "maxItems" ? "at most" : "at least"} ${plural(Number(params.limit), "item")}`, field: null };
    case "maxProperties":
    case "minProperties":
      return {
        path,
        message: `must have ${error.keyword === "maxProperties" ? "at most" : "at least"} ${plural(Number(params.limit), "entry", "entries")}`,
        field: null,
      };
    case "unevaluatedProperties":
    case "additionalProperties": {
      const unknown = String(params.unevaluatedProperty ?? params.additionalProperty);
      const suggestion = suggestPropertyName(unknown, Object.keys(isPlainObject(schema.properties) ? schema.properties : {}));
      // In a profile's package an unknown property is most likely one the provider does not support.
      const unsupported = profile === null ? "" : ` (not supported by profile ${profile})`;
      return { path, message: `unknown property "${unknown}"${unsupported}${suggestion === null ? "" : `; did you mean "${suggestion}"?`}`, field: unknown };
    }
    case "discriminator": {
      const tag = String(params.tag);
      const values = (Array.isArray(schema.oneOf) ? schema.oneOf : []).flatMap((branch) => discriminatorTagValues(lookup.resolve(branch), tag) ?? []);
      const expected = `expected one of ${values.map(show).join(", ")}`;
      return params.error === "mapping"
        ? { path, message: `unknown ${tag} ${show(params.tagValue)}; ${expected}`, field: tag, atField: true }
        : { path, message: `"${tag}" must be a string; ${expected}`, field: tag, atField: true };
    }
    case "anyOf":
    case "oneOf": {
      // A folded union (union-folding.ts): the literals and types its branches accept.
      const values = (params.values as unknown[]).map(show);
      const alternatives = [
        ...(values.length > 0 ? [`one of ${values.join(", ")}`] : []),
        ...(params.types as string[]).map((type) => (type === "null" ? "null" : `${article(type)} ${type}`)),
      ];
      return { path, message: `must be ${listOr(alternatives)}`, field: null };
    }
    default:
      return { path, message: error.message ?? `fails "${error.keyword}"`, field: null };
  }
}

/**
 * The cross-field rule an error inside a rule's `then` belongs to (`allOf/N/then` or
 * `dependentSchemas/<field>/then`), as plain text. Such rules sit on the root schema, whose
 * function reports paths relative to it; the rule found must also name the failing field, or it
 * is not trusted.
 */
function ruleText(error: ValidationErrorObject, field: string | null, lookup: SchemaLookup): string | null {
  const segments = fragmentSegments(error.schemaPath);
  const thenAt = segments.lastIndexOf("then");
  if (thenAt < 1 || field === null) return null;
  const rule = lookup.keywordParent([...segments.slice(0, thenAt), "then"]);
  const consequence = isPlainObject(rule.then) ? rule.then : {};
  const names = [
    ...(Array.isArray(consequence.required) ? consequence.required : []),
    ...Object.keys(isPlainObject(consequence.properties) ? consequence.properties : {}),
  ];
  return typeof rule.description === "string" && names.includes(field) ? plain(rule.description) : null;
}
