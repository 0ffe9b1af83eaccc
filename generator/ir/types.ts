/**
 * The docs IR: a small, read-only, field-oriented view of the schemas a page documents. It exists
 * for the doc flavors (and later the drift audit); the TypeScript and validator emitters read the
 * OpenAPI document directly. Ordered collections are arrays, never records, so spec order is kept.
 */
import type { JsonValue } from "../openapi.js";

/** The schemas documented for one spec. */
export interface Model {
  readonly title: string;
  /** The document's `openapi` version (`3.1.0`); empty when it has none. */
  readonly openapi?: string;
  readonly version: string;
  /** The request-body schemas of every operation, or every component schema when there are no paths. */
  readonly roots: readonly string[];
  /** Every named schema reachable from the roots, roots first, then in first-reference order. */
  readonly definitions: readonly Definition[];
  /** Every component schema name in the order the spec lists them (generators that walk the components name inline shapes in this order). */
  readonly componentOrder?: readonly string[];
  /** Component schemas only error responses use (`api-surface.ts`). */
  readonly errorSchemas?: readonly string[];
  /** The spec's security schemes, in spec order. */
  readonly securitySchemes?: readonly SecurityScheme[];
  /** The operations of `paths`, in spec order (`operations.ts`). */
  readonly operations?: readonly Operation[];
  /** The parameters `x-speakeasy-globals` declares, in its order. */
  readonly globalParameters?: readonly Parameter[];
}

/** A security scheme of `components.securitySchemes`. */
export interface SecurityScheme {
  readonly name: string;
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`, … */
  readonly type: string;
  /** An `http` scheme's `scheme` (`basic`, `bearer`, …), lower-cased; absent for other types. */
  readonly scheme?: string;
  /** The document's global `security` has one requirement, naming this scheme alone. */
  readonly requiredGlobally: boolean;
  /** Some security requirement (the document's or an operation's) names this scheme. */
  readonly named?: boolean;
  /** `x-speakeasy-example`, the value Speakeasy shows for it. */
  readonly example: string | null;
}

/** A named component schema. */
export interface Definition {
  readonly name: string;
  /** JSON pointer of the schema in the spec. */
  readonly pointer: string;
  readonly title: string | null;
  readonly description: string | null;
  readonly deprecated: boolean;
  /** The schema's shape with nullability taken out (see `nullable`). */
  readonly type: FieldType;
  readonly nullable: boolean;
  readonly default: DefaultValue | null;
  readonly extensions: readonly Extension[];
  /** OpenAPI 3.0's single `example` of the schema, which Speakeasy shows for a `$ref` property without an example of its own. */
  readonly exampleKeyword?: DefaultValue;
  /**
   * How the schema is composed, when it has `allOf`, `oneOf` or `anyOf`: `type` is the merged view
   * every flavor shares; a generator that merges members its own way (its own order, through
   * composed members) reads the parts here. Absent for a schema without those keywords.
   */
  readonly composition?: Composition;
}

/** The parts of a composed schema (or of an inline member of one), as the spec writes them. */
export interface Composition {
  /** The properties the schema declares itself, beside its composition keywords. */
  readonly fields: readonly Field[];
  /** Its own `required` names (including names of properties only its members declare). */
  readonly required: readonly string[];
  readonly allOf: readonly CompositionMember[];
  readonly oneOf: readonly CompositionMember[];
  readonly anyOf: readonly CompositionMember[];
}

/** A member of `allOf`/`oneOf`/`anyOf`: a `$ref` to a component, or an inline schema with its own parts. */
export type CompositionMember =
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "inline"; readonly pointer: string; readonly composition: Composition };

/** One property of an object schema. */
export interface Field {
  /** The wire name, exactly as in the spec. */
  readonly name: string;
  readonly pointer: string;
  readonly required: boolean;
  /** `null` is an accepted value (a `type` array with "null", an `anyOf` branch, or `null` in an enum). */
  readonly nullable: boolean;
  readonly deprecated: boolean;
  /** Markdown, or null when the property and its `$ref` target have none. */
  readonly description: string | null;
  /** True when `description` came from the property itself rather than from its `$ref` target. */
  readonly ownDescription: boolean;
  readonly type: FieldType;
  readonly default: DefaultValue | null;
  readonly examples: readonly JsonValue[];
  /** OpenAPI 3.0's single `example` of the property (or its inline nullable branch), which some generators (Speakeasy) show in 3.1 documents too. */
  readonly exampleKeyword?: DefaultValue;
  readonly constraints: Constraints;
  readonly extensions: readonly Extension[];
  /** Cross-field rules this field triggers, one markdown sentence each ("`top_logprobs` requires `logprobs: true`."). */
  readonly requires: readonly string[];
  /** `readOnly: true` on the property (or on the one schema it wraps); absent means false. */
  readonly readOnly?: boolean;
  /**
   * `nullable` is true only through OpenAPI 3.0's `nullable: true` keyword (no `null` type, branch
   * or enum value): a 3.1 tool that ignores the keyword sees no null. Absent means false.
   */
  readonly nullableByKeyword?: boolean;
  /**
   * How a property that is one `$ref` is written: `allOf` wraps it (`allOf: [$ref]`, keywords of its
   * own beside), `typed` puts `type: object` beside the bare `$ref`. Absent for a bare `$ref` and anything else.
   */
  readonly refStyle?: "allOf" | "typed";
  /** The property is written as a `oneOf` (or `anyOf`) of exactly one branch, which `type` already is. Absent otherwise. */
  readonly singleBranch?: "oneOf" | "anyOf";
}

/** A declared default. Wrapped so that `default: null` differs from "no default". */
export interface DefaultValue {
  readonly value: JsonValue;
}

export interface Extension {
  readonly name: string;
  readonly value: JsonValue;
}

/** Validation keywords, each null when absent. */
export interface Constraints {
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly exclusiveMinimum: number | null;
  readonly exclusiveMaximum: number | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly pattern: string | null;
  readonly format: string | null;
  readonly minItems: number | null;
  readonly maxItems: number | null;
  readonly minProperties: number | null;
  readonly maxProperties: number | null;
  /** Constraints on map keys (`propertyNames`), e.g. a token-ID pattern or a length limit. */
  readonly keyPattern: string | null;
  readonly keyMaxLength: number | null;
}

export type PrimitiveKind = "string" | "integer" | "number" | "boolean";

/** The shape of a value, discriminated on `kind`. Nullability lives on the field, not here. */
export type FieldType =
  | { readonly kind: PrimitiveKind; readonly format: string | null }
  | { readonly kind: "null" }
  | {
      readonly kind: "enum";
      readonly base: PrimitiveKind;
      readonly values: readonly (string | number | boolean)[];
      /** The schema's own `description`, when it has one. */
      readonly description?: string;
      /** The schema's `title`, when it has one. */
      readonly title?: string;
    }
  | { readonly kind: "const"; readonly value: JsonValue }
  | {
      readonly kind: "array";
      readonly items: FieldType;
      /** The schema's `title`, when it has one. */
      readonly title?: string;
      /**
       * The items are written as a `oneOf` (or `anyOf`) of one branch, which `items` already is (a
       * generator may keep the wrapper as a model of its own). Absent for any other items.
       */
      readonly singleBranchItems?: "oneOf" | "anyOf";
      /** The items accept null (a `null` type, branch or enum value, or 3.0's `nullable`), which the items' type cannot say. Absent otherwise. */
      readonly nullableItems?: true;
    }
  | {
      readonly kind: "object";
      readonly fields: readonly Field[];
      readonly freeForm: boolean;
      /** The schema's `title`, when it has one. */
      readonly title?: string;
      /** The schema's own `description`, when it has one. */
      readonly description?: string;
      /**
       * What the schema says of properties it does not list: nothing (`unstated`), `false`
       * (`forbidden`), `true` or `{}` (`any`), or a schema (`typed`). Absent: not known.
       */
      readonly extraProperties?: "unstated" | "forbidden" | "any" | "typed";
      /** The schema's own `x-` keys, when it has any (a field carries its property's in `Field.extensions`). */
      readonly extensions?: readonly Extension[];
    }
  | {
      readonly kind: "map";
      readonly values: FieldType;
      /** The values accept null, which their type cannot say. Absent otherwise. */
      readonly nullableValues?: true;
    }
  | {
      readonly kind: "union";
      readonly variants: readonly FieldType[];
      /** Where each variant is in the spec (`…/anyOf/2`: null branches are not variants, so positions can skip). */
      readonly variantPointers: readonly string[];
      readonly discriminator: Discriminator | null;
      /** The schema's `title`, when it has one. */
      readonly title?: string;
      /** The schema's own `description`, when it has one. */
      readonly description?: string;
      /** The schema's own `x-` keys, when it has any (a field carries its property's in `Field.extensions`). */
      readonly extensions?: readonly Extension[];
    }
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "any" };

export interface Discriminator {
  readonly propertyName: string;
  /** Tag value → schema name, in mapping order. */
  readonly mapping: readonly { readonly value: string; readonly name: string }[];
}

/** One operation of the spec's `paths` (`operations.ts`), for generators whose pages wrap requests and responses. */
export interface Operation {
  /** `operationId`, or null when the operation has none. */
  readonly operationId: string | null;
  /** Lower-case HTTP method. */
  readonly method: string;
  readonly path: string;
  /** Path-level parameters first, then the operation's own (an operation's parameter replaces a path-level one of the same name and `in`). */
  readonly parameters: readonly Parameter[];
  readonly requestBody: RequestBody | null;
  /** In spec order. */
  readonly responses: readonly OperationResponse[];
  /** The operation's `x-` keys (`x-speakeasy-pagination`, …). */
  readonly extensions: readonly Extension[];
}

export interface Parameter {
  readonly in: string;
  /** The parameter as a field: its name, `required`, description, schema and example. */
  readonly field: Field;
  /** `x-speakeasy-globals` lists it. */
  readonly global: boolean;
  /** The parameter object's own `x-` keys (`x-speakeasy-ignore`, `x-speakeasy-name-override`), not its schema's. */
  readonly extensions: readonly Extension[];
  /** The `components/parameters` key the operation refers to it by; null for a parameter written in place. */
  readonly component: string | null;
  /** The description its schema states (an array's items' for an array), apart from the parameter's own. */
  readonly schemaDescription: string | null;
}

export interface RequestBody {
  readonly required: boolean;
  readonly description: string | null;
  /** The `components/requestBodies` key the operation refers to it by; null for a body written in place. */
  readonly component: string | null;
  /** The first media type. */
  readonly mediaType: string;
  readonly type: FieldType;
  readonly nullable: boolean;
  /** The example of its schema (of a `$ref`'s target); a media type's own `example` is not read. */
  readonly example?: DefaultValue;
}

/** One media type of a response and its schema. */
export interface ResponseContent {
  readonly mediaType: string;
  readonly type: FieldType;
  /** The schema's own `x-` keys (`x-speakeasy-type-override`, …). */
  readonly extensions: readonly Extension[];
}

export interface OperationResponse {
  /** `200`, `4XX`, `default`, … */
  readonly status: string;
  readonly description: string | null;
  /** The first media type, or null for a response without content. */
  readonly mediaType: string | null;
  /** The first media type's schema, or null without one. */
  readonly type: FieldType | null;
  /** Every media type that has a schema, in spec order (the first is `mediaType` and `type`). */
  readonly contents?: readonly ResponseContent[];
  /** The example of its schema (of a `$ref`'s target); a media type's own `example` is not read. */
  readonly example?: DefaultValue;
  /** The names of the headers it declares. */
  readonly headers: readonly string[];
  /** The body's class name: its schema's `x-speakeasy-name-override`, else the `components/responses` key it is referenced by; null for neither. */
  readonly name: string | null;
  /** The `components/responses` key the operation refers to it by; null for a response written in place. */
  readonly component: string | null;
}
