/**
 * The Python classes Speakeasy would generate for a model, each with its docs page: every named
 * definition, plus the inline objects, enums and unions it contains. Inline shapes are named from
 * their context, so every shape that renders as a link has exactly one page.
 */
import { INPUT_OF, inputModels } from "./input-models.js";
import { responseEnums } from "./open-enums.js";
import { unwrapNullableRefs } from "./nullable-wrappers.js";
import { definitionsOf, extensionValue, type Definitions } from "../../ir/lookup.js";
import type { DefaultValue, Definition, Field, FieldType, Model, OperationResponse, Parameter } from "../../ir/types.js";
import { pageLayout, type PageLayout } from "./layout.js";
import { nameLevels } from "./name-resolution.js";
import { fieldName, memberName, pageFileName, pascalName } from "./naming.js";
import { byOperationReach, reachedComponents } from "./reached.js";
import { refAliases } from "./ref-aliases.js";
import { withSdkParameters } from "./sdk-parameters.js";
import { statusName } from "./status-names.js";
import { ownDescription } from "./shape-description.js";
import { speakeasySettings, type SpeakeasySettings } from "./settings.js";

/** The layout of a page: a `## Fields`, `## Values` or `## Supported Types` page. */
export type PageKind = "fields" | "values" | "union";

/** One class and its page. */
export interface NamedShape {
  readonly name: string;
  readonly file: string;
  /** The shape the page documents. */
  readonly type: FieldType;
  readonly kind: PageKind;
  readonly description: string | null;
  /** The definition is deprecated, or the property an inline shape is the type of. */
  readonly deprecated: boolean;
  /** The Python module of the class (`models`, `components`, `operations`) and the folder of its page. */
  readonly module: string;
  readonly folder: string;
  /** For the union of a response's media types: how the SDK returns each, in media type order. */
  readonly responseMembers?: readonly ResponseMember[];
}

/**
 * One media type of a response with several, as the SDK hands it back: a `value` of its schema's
 * type; a `stream` of events (each event's type given); or the `raw` HTTP response, for bytes.
 */
export type ResponseMember = { readonly as: "value"; readonly type: FieldType } | { readonly as: "stream"; readonly type: FieldType } | { readonly as: "raw" };

export interface Catalog {
  /** In page order: definitions in model order, then inline shapes in naming order. */
  readonly shapes: readonly NamedShape[];
  /** The class name of each named shape object (identity, not structure: equal shapes at two places are two classes). */
  readonly nameOf: ReadonlyMap<FieldType, string>;
  /** The module of each named shape object not in the layout's own module (operation classes in `operations`). */
  readonly moduleOf: ReadonlyMap<FieldType, string>;
  readonly definitions: Definitions;
  readonly layout: PageLayout;
  /** The enums a response can carry (open with `openEnums: responses`). */
  readonly openEnums: ReadonlySet<FieldType>;
}

/**
 * An object with properties becomes a class, and so does a bare `type: object` (an empty class,
 * r9s `properties.md`); one that declares `additionalProperties` and no property is a free-form
 * `Dict[str, Any]`.
 */
export function isClass(type: FieldType): boolean {
  return type.kind === "object" && (type.fields.length > 0 || type.extraProperties === "unstated");
}

/** Shapes that become their own Python type (class, enum or union) and so get a page and a link. */
export function isNamedShape(type: FieldType): boolean {
  return isClass(type) || type.kind === "enum" || (type.kind === "union" && sameTypeMembers(type) === null);
}

/**
 * The one primitive all members of a union are, as `str` for UpdateHosting's `logo` (an `anyOf` of
 * a data-URL pattern and a URI, both strings: agentset): Speakeasy writes no union class for a
 * choice Python cannot tell apart. Null when the members differ or one is not a plain primitive.
 */
export function sameTypeMembers(type: FieldType): FieldType | null {
  if (type.kind !== "union" || type.variants.length < 2) return null;
  const kinds = new Set(type.variants.map((variant) => (["string", "integer", "number", "boolean"].includes(variant.kind) ? variant.kind : "other")));
  const first = type.variants[0] as FieldType;
  if (kinds.size !== 1 || kinds.has("other")) return null;
  // Date and date-time members have a Python type of their own: a union of them alone stays a union;
  // beside a plain string they are that string (mammoth DataviewInfo's `created_at`, `oneOf` null, a
  // string and a date-time string, is `*OptionalNullable[str]*`).
  const dated = (variant: FieldType) => variant.kind === "string" && variant.format !== null && ["date", "date-time"].includes(variant.format);
  if (type.variants.some(dated) && !type.variants.some((variant) => variant.kind === "string" && !dated(variant))) return null;
  return first.kind === "string" ? { kind: "string", format: null } : first;
}

/** The names an inline shape asks for, best first; numbered variants of the last follow when all are taken. */
type Candidates = readonly string[];

export function buildCatalog(given: Model, settings: SpeakeasySettings = speakeasySettings()): Catalog {
  const model = inputModels(unwrapNullableRefs(withSdkParameters(given), isNamedShape));
  const shapes: NamedShape[] = [];
  const nameOf = new Map<FieldType, string>();
  const moduleOf = new Map<FieldType, string>();
  const layout = pageLayout(settings.layout);
  const takenIn = new Map<string, Set<string>>();

  /** Takes the first free candidate in the module, then numbered variants of the last. Page files are lower-case, so names are compared that way. */
  // With `namingOrder: operations`, the component names not reached yet: an inline shape may take one (lower-case, as `takenIn`).
  const unreached = new Set<string>();
  const claim = (candidates: Candidates, module: string = layout.module): string => {
    const taken = takenIn.get(module) ?? new Set<string>();
    takenIn.set(module, taken);
    const busy = (option: string) => taken.has(option.toLowerCase()) && !unreached.has(option.toLowerCase());
    const base = candidates[candidates.length - 1] as string;
    let name = candidates.find((option) => !busy(option));
    for (let counter = 2; name === undefined; counter++) if (!busy(`${base}${counter}`)) name = `${base}${counter}`;
    taken.add(name.toLowerCase());
    unreached.delete(name.toLowerCase());
    return name;
  };

  const add = (
    name: string,
    type: FieldType,
    kind: PageKind,
    description: string | null,
    deprecated = false,
    module = layout.module,
    responseMembers?: readonly ResponseMember[],
  ): NamedShape => {
    nameOf.set(type, name);
    if (module !== layout.module) moduleOf.set(type, module);
    const folder = module === layout.module ? layout.folder : `models/${module}`;
    const shape = {
      name,
      file: pageFileName(name),
      type,
      kind,
      description,
      deprecated,
      module,
      folder,
      ...(responseMembers === undefined ? {} : { responseMembers }),
    };
    shapes.push(shape);
    return shape;
  };

  const naming = settings.inlineNames === "qualified" ? qualifiedNaming : settings.unionStyle === "named" ? numberedMemberNaming : propertyNaming;
  /**
   * Names every inline shape under `shape` level by level: its children, then theirs (honeyhive:
   * `ExperimentResultResponse.datapoints` keeps `Datapoints`, the deeper `details[].datapoints` takes
   * `ExperimentResultResponseDatapoints`).
   */
  const nameTree = (shape: NamedShape, root: string, prefixed = false): void => {
    const queue = [shape];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) queue.push(...nameInside(next, root, prefixed));
  };
  /** Names the inline shapes of `shape` (whose definition is `root`) and returns them. */
  const nameInside = (shape: NamedShape, root: string, prefixed = false): NamedShape[] => {
    const children: NamedShape[] = [];
    for (const child of childShapes(shape.type)) {
      const plain = naming.candidates(child, shape.name, root);
      // An inline shape of a parameter asks for its location in front on a clash (honeyhive `QueryParamAggregateFunction`).
      const located = child.via === "property" ? parameterLocation(child.extensions) : null;
      const candidates =
        child.via === "property" && located !== null
          ? [plain[0] as string, `${pascalName(located)}Param${pascalName(child.property)}`, ...plain.slice(1)]
          : plain;
      const ordered = prefixed && child.via === "property" ? [`${root}${pascalName(child.property)}`, ...candidates] : candidates;
      const named = visit(child.type, ordered, child.description, child.deprecated, shape.module);
      if (named !== null) children.push(named);
    }
    return children;
  };
  const files = fileParts(model);
  /** The names each inline shape asked for, for the next one when a component takes its name back. */
  const askedFor = new Map<FieldType, Candidates>();
  const visit = (type: FieldType, candidates: Candidates, description: string | null, deprecated: boolean, module = layout.module): NamedShape | null => {
    if (files.has(type) && !nameOf.has(type)) {
      // A file part is a class of its own, named as any inline shape; the property links to it.
      const shape = add(claim(candidates, module), fileClass(), "fields", null, false, module);
      nameOf.set(type, shape.name);
      if (module !== layout.module) moduleOf.set(type, module);
      return null;
    }
    if (type.kind === "array") return visit(type.items, candidates, null, false, module);
    if (type.kind === "map") return visit(type.values, candidates, null, false, module);
    if (isNamedShape(type) && !nameOf.has(type)) {
      askedFor.set(type, candidates);
      return add(claim(candidates, module), type, pageKind(type), description, deprecated, module);
    }
    return null;
  };

  // Error classes live apart from the models when the SDK says so: no page, and no name taken from
  // the models. `omitted`: all a schema only error responses reach (r9s); `apr2025`: only an error
  // response's own body, what it refers to staying a model (deck's `ErrorMessageResponse` is an
  // error, its `ErrorCodeEnum` a model page).
  const omitted = new Set(settings.errorSchemas === "omitted" ? (model.errorSchemas ?? []) : settings.errorSchemas === "apr2025" ? errorBodies(model) : []);
  // Speakeasy writes classes for the schemas the operations reach as types, not for the rest of the
  // components: neither a page nor a name taken (emissary `ApiResponse`; r9s `ResponseDelta`, and
  // `ConflictError`, only in a `components/responses` entry no operation uses, so ResponseObject's
  // inline `error` and `status` keep `Error` and `Status`; deck `IJobRequest`, only merged into an
  // `allOf`; deck `ParsingMethodEnum`, only copied by nullable wrappers). A spec without operations keeps them all.
  const used = (model.operations?.length ?? 0) > 0 ? new Set(reachedComponents(model)) : null;
  const merged = refAliases(model, definitionsOf(model), (type) => isNamedShape(type));
  const definitions = model.definitions.filter(
    (definition) => !omitted.has(definition.name) && (used === null || used.has(definition.name)) && !merged.aliases.has(definition.name),
  );
  // Definitions first: their names are the component keys, which win over context-made names.
  // With `errors`, a schema only error responses use, and all it alone reaches, is a class of the `errors`
  // module, whose pages are in `models/errors/` (ding's `ErrorResponse` and its `Code`, Speakeasy 2.390).
  const errorModule = new Set(settings.errorSchemas === "errors" ? (model.errorSchemas ?? []) : []);
  const moduleFor = (definition: Definition) => (errorModule.has(definition.name) ? "errors" : layout.module);
  // Only a definition that is a class (or names the class inside its array or map) takes its name; an alias takes none (below).
  const paged = (type: FieldType) => isNamedShape(type) || (innermostElement(type) !== type && isNamedShape(innermostElement(type)));
  const definitionNames = definitions.map((definition) =>
    paged(definition.type)
      ? claim([pascalName(merged.classNames.get(definition.name) ?? definition.name)], moduleFor(definition))
      : pascalName(merged.classNames.get(definition.name) ?? definition.name),
  );
  const roots: { readonly shape: NamedShape; readonly definition: string }[] = [];
  // With `apr2025`, an error class's inline shapes are models all the same, named after it (margen
  // `Error`'s `code` is `Code`): the error takes part in naming as a root without a page.
  for (const definition of model.definitions)
    if (settings.errorSchemas === "apr2025" && omitted.has(definition.name) && isClass(definition.type)) {
      const name = pascalName(definition.name);
      const shape = { name, file: "", type: definition.type, kind: "fields" as const, description: null, deprecated: false, module: layout.module, folder: "" };
      roots.push({ shape, definition: definition.name });
    }
  const errorDescriptions = errorResponseDescriptions(model);
  const bodyDescriptions = responseBodyDescriptions(model);
  definitions.forEach((original, index) => {
    // A schema only error responses use, with no description of its own, takes its response's (emissary `ApiErrorNotFound`: "Not Found error");
    // any other, a `components/responses` entry's whose body it is (egain `Article`: "Success").
    const description = original.description ?? errorDescriptions.get(original.name) ?? bodyDescriptions.get(original.name) ?? null;
    const definition = { ...original, description };
    const name = definitionNames[index] as string;
    const element = innermostElement(definition.type);
    if (isNamedShape(definition.type))
      roots.push({
        shape: add(name, definition.type, pageKind(definition.type), definition.description, definition.deprecated, moduleFor(definition)),
        definition: definition.name,
      });
    // Python has no class for an array or a map: Speakeasy writes `List[…]`/`Dict[str, …]` where it
    // is used, and the inline enum, object or union inside takes the definition's name. So
    // `ResponseModalities` (an array of an inline enum) is the enum's page, linked from
    // `List[[models.ResponseModalities](…)]`.
    else if (element !== definition.type && isNamedShape(element))
      roots.push({
        shape: add(name, element, pageKind(element), definition.description, definition.deprecated, moduleFor(definition)),
        definition: definition.name,
      });
    // Speakeasy emits no page for other aliases (a primitive, a free-form object, an array of
    // primitives or of models) and inlines them at each use: no real page of the corpus is one
    // (agentset `PaginationCursor`, egain `CasebaseId`, `stopDateTime`). Its name is free for an
    // inline shape (egain's string component `name` has no class; KbLanguage's inline `name` enum is `Name`).
  });

  // An enum a `components/parameters` entry declares inline is a class named after the entry's key,
  // as a component schema is, with `Parameter` after it when a schema has the name (egain's
  // `acceptLanguage` is `AcceptLanguage`, `languageCode` `LanguageCodeParameter` beside the schema
  // `languageCode`); its page shows its schema's description, not the parameter's. Inferred from
  // egain (2.723), where every such entry is an enum or an array of one.
  if (settings.operationPages === "written")
    for (const parameter of model.operations?.flatMap((operation) => operation.parameters) ?? []) {
      const element = innermostElement(parameter.field.type);
      if (parameter.component === null || element.kind !== "enum" || nameOf.has(element)) continue;
      const name = pascalName(parameter.component);
      add(claim([name, `${name}Parameter`]), element, "values", parameter.schemaDescription, false);
    }

  // The operation classes (`<Operation>Request`, …) and the inline error bodies whose shapes are models, each with the name its inline shapes put in front.
  const operationRoots = (): { readonly shape: NamedShape; readonly root: string; readonly prefix?: string }[] => {
    if (settings.operationPages !== "written") return [];
    const module = settings.layout === "components" ? "operations" : layout.module;
    const named: { readonly shape: NamedShape; readonly root: string; readonly prefix?: string }[] = [];
    for (const item of operationClasses(model, settings, layout, module)) {
      const candidates = operationClassNames(item.name);
      if (item.kind === "responses") {
        add(claim(candidates, item.module), item.type, "union", null, false, item.module, item.members);
        continue;
      }
      const shape =
        item.kind === "fields"
          ? add(claim(candidates, item.module), item.type, "fields", item.description, false, item.module)
          : visit(item.type, candidates, item.description, false, item.module);
      if (shape !== null) named.push({ shape, root: item.root });
    }
    // With `sharedErrorComponentsApr2025` an error response's own body is an error class, and what
    // it holds is models: for an inline body as for a component one (`errorSchemas: apr2025`).
    if (settings.errorBodyShapes === "written" || settings.errorSchemas === "apr2025") {
      // An error response's inline body is an error class (no model page); the shapes inside it are models, named after it.
      const seen = new Set<string>();
      const errorClass = (type: FieldType, name: string, root: string, prefix: string) =>
        named.push({ shape: { name, file: "", type, kind: "fields", description: null, deprecated: false, module, folder: "" }, root, prefix });
      for (const operation of model.operations ?? []) {
        const errors = operation.responses.filter((response) => /^[45]/.test(response.status) && response.type !== null && response.type.kind !== "ref");
        for (const response of errors) {
          const type = response.type as FieldType;
          if (response.name !== null) {
            if (type.kind !== "object" || seen.has(response.name)) continue;
            seen.add(response.name);
            errorClass(type, pascalName(response.name), pascalName(response.name), pascalName(response.name));
            continue;
          }
          // An inline body no `components/responses` entry names is named by its operation; the
          // shapes inside put the operation's name in front, and the status's too when several of
          // the operation's error responses have inline bodies (mammoth: AddDataToWebhook's one 400
          // body holds `AddDataToWebhookExtra1`; AddDataview's 400, 401 and 404 bodies hold
          // `AddDataviewBadRequestExtra1`, `AddDataviewUnauthorizedExtra`, `AddDataviewNotFoundExtra`).
          // A `oneOf` body is a union of error classes (`AddDataviewResponseBodyError1`, …), each a
          // class with no model page whose shapes are named in the same context.
          const root = pascalName(operation.operationId ?? `${operation.method} ${operation.path}`);
          const prefix = errors.length > 1 ? `${root}${statusName(response.status)}` : root;
          const members = type.kind === "union" ? type.variants.filter((variant) => variant.kind === "object") : type.kind === "object" ? [type] : [];
          for (const [index, member] of members.entries()) errorClass(member, `${prefix}Error${members.length > 1 ? index + 1 : ""}`, root, prefix);
        }
      }
    }
    return named;
  };

  const position = new Map((model.componentOrder ?? []).map((name, index) => [name, index]));
  // Speakeasy walks the components as the spec lists them, whatever order the model keeps.
  const inSpecOrder = [...roots].sort((a, b) => (position.get(a.definition) ?? Infinity) - (position.get(b.definition) ?? Infinity));
  if (settings.inlineNames === "feb2025") {
    // The components' inline shapes are named first, then the operations', with the names the
    // components contested still no one's (agentset: `Search`'s `metadata` is `SearchMetadata`, as
    // two components ask for `Metadata`; its `mode` is `Mode`, asked for once). A name a component
    // gets stays its own: margen's `AttackDataItem.kind` is `Kind`, the parameter `ListItemsKind`.
    const operations = operationRoots();
    const contested = new Set<string>();
    const settleAll = (roots: Parameters<typeof nameLevels>[0]) =>
      nameLevels(
        roots,
        (type) => (isNamedShape(type) || files.has(type)) && !nameOf.has(type),
        (name, module) => takenIn.get(module)?.has(name.toLowerCase()) ?? false,
        (candidates, module) => claim(candidates, module),
        (request, name) => {
          if (files.has(request.type)) {
            // A file part is a class of its own, named as any inline shape; the property links to it.
            add(name, fileClass(), "fields", null, false, request.module);
            nameOf.set(request.type, name);
            if (request.module !== layout.module) moduleOf.set(request.type, request.module);
            return false;
          }
          add(name, request.type, pageKind(request.type), request.description, request.deprecated, request.module);
          return true;
        },
        contested,
      );
    settleAll(inSpecOrder.map(({ shape }) => ({ type: shape.type, name: shape.name, prefix: shape.name, root: shape.name, module: shape.module })));
    settleAll(operations.map(({ shape, root, prefix }) => ({ type: shape.type, name: shape.name, prefix: prefix ?? shape.name, root, module: shape.module })));
  } else {
    if (naming.perDefinition && settings.namingOrder === "operations") {
      // Before gen.yaml's `nameResolutionDec2023`, the components' inline shapes were named as the
      // operations reach the components (honeyhive: getDatasets reaches Dataset, whose
      // `pipeline_type` is `PipelineType`, before createDataset reaches CreateDatasetRequest,
      // listed first), and a component's name was claimed only when it was reached: an inline
      // shape named before took it, then moved to its next free name (ExperimentComparisonResponse's
      // old_run `configuration` took `Configuration`, its new_run one the next name, and the
      // component Configuration then sent old_run's to `ExperimentComparisonResponseSchemasConfiguration`).
      const ordered = byOperationReach(model, inSpecOrder);
      for (const { shape } of ordered) unreached.add(shape.name.toLowerCase());
      for (const { shape } of ordered) {
        unreached.delete(shape.name.toLowerCase());
        const holder = shapes.findIndex((other) => other !== shape && other.module === shape.module && other.name.toLowerCase() === shape.name.toLowerCase());
        const held = shapes[holder];
        if (held !== undefined) {
          const name = claim(askedFor.get(held.type) ?? [held.name], held.module);
          shapes[holder] = { ...held, name, file: pageFileName(name) };
          nameOf.set(held.type, name);
        }
        nameTree(shape, shape.name);
      }
    } else if (naming.perDefinition) for (const { shape } of inSpecOrder) nameTree(shape, shape.name);
    else {
      // Breadth-first over the pages: a shape's children are named when its page is reached, so
      // shallower shapes claim the plain names first. `shapes` grows while it is walked.
      for (let index = 0; index < shapes.length; index++) {
        const shape = shapes[index] as NamedShape;
        nameInside(shape, shape.name);
      }
    }
    for (const { shape, root } of operationRoots()) nameTree(shape, root, settings.operationInlineNames === "prefixed");
  }

  return { shapes, nameOf, moduleOf, definitions: definitionsOf(model), layout, openEnums: responseEnums(model) };
}

/**
 * The names an operation's class asks for: its own, then, when a component already has it, its
 * last word again (emailr: the component `UpdateContactRequest` keeps its name, and the
 * `updateContact` operation's request class is `UpdateContactRequestRequest`). Inferred from that
 * SDK (Speakeasy 2.788); Speakeasy's docs say only that a later type takes a suffix from its context.
 */
function operationClassNames(name: string): string[] {
  const last = /[A-Z][a-z0-9]*$/.exec(name)?.[0];
  return last === undefined ? [name] : [name, `${name}${last}`];
}

/**
 * A class an operation makes: a wrapper (`fields`, always written), a body (`shape`, written when it
 * is a class, enum or union), or the union of a response's media types (`responses`).
 */
interface OperationClass {
  readonly name: string;
  readonly kind: "fields" | "shape" | "responses";
  readonly type: FieldType;
  readonly members?: readonly ResponseMember[];
  readonly description: string | null;
  readonly module: string;
  /** The operation's class name, which inline shapes inside put in front on a clash. */
  readonly root: string;
}

/** Marks a field the operation pages make up: its type cell is given (`x-speakeasy-python-cell`) and its description is shown as is. */
export const WRAPPER_FIELD = "x-speakeasy-wrapper-field";
export const PYTHON_CELL = "x-speakeasy-python-cell";
const PARAMETER_IN = "x-speakeasy-parameter-in";

const NO_CONSTRAINTS = {
  minimum: null,
  maximum: null,
  exclusiveMinimum: null,
  exclusiveMaximum: null,
  minLength: null,
  maxLength: null,
  pattern: null,
  format: null,
  minItems: null,
  maxItems: null,
  minProperties: null,
  maxProperties: null,
  keyPattern: null,
  keyMaxLength: null,
};

function wrapperField(name: string, type: FieldType, required: boolean, description: string | null, cell?: string, example?: DefaultValue): Field {
  return {
    ...(example === undefined ? {} : { exampleKeyword: example }),
    name,
    pointer: "",
    required,
    nullable: false,
    deprecated: false,
    description,
    ownDescription: true,
    type,
    default: null,
    examples: [],
    constraints: NO_CONSTRAINTS,
    extensions: [{ name: WRAPPER_FIELD, value: true }, ...(cell === undefined ? [] : [{ name: PYTHON_CELL, value: cell }])],
    requires: [],
  };
}

/**
 * The field a response class holds the body in: a schema's name (`task`), the plural of a list's
 * schema (`configurations`, honeyhive), else `object`.
 */
function resultFieldName(type: FieldType): string {
  if (type.kind === "any") return "any";
  if (type.kind === "ref") return pascalName(type.name);
  if (type.kind === "array" && type.items.kind === "ref") return plural(pascalName(type.items.name));
  return "object";
}

/** A response body's type, `Any` where its schema says `x-speakeasy-type-override: any`. */
function overridden(response: OperationResponse): FieldType {
  const first = response.contents?.find((content) => content.type === response.type);
  const override = extensionValue(first?.extensions, "x-speakeasy-type-override");
  return override === "any" ? { kind: "any" } : (response.type as FieldType);
}

function plural(name: string): string {
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  return /(s|x|ch|sh)$/i.test(name) ? `${name}es` : `${name}s`;
}

/**
 * A parameter in a request class: its own description, or its schema's when the schema is an
 * inline enum, class or union (agentset `order_by`), or a `$ref` to one (`cursor_direction`); a primitive's or array's schema description
 * is not shown. A global parameter is optional there.
 */
function parameterField(parameter: Parameter, definitions: Definitions): Field {
  const field = parameter.field;
  const target = field.type.kind === "ref" ? definitions.get(field.type.name) : undefined;
  const shown = field.ownDescription || isNamedShape(field.type) || (target !== undefined && isNamedShape(target.type));
  const description = shown ? field.description : null;
  // A global parameter is optional in the request: the SDK's global value fills it (log10py `x_log10_organization`).
  return {
    ...field,
    required: field.required && !parameter.global,
    description,
    extensions: [...field.extensions, { name: WRAPPER_FIELD, value: true }, { name: PARAMETER_IN, value: parameter.in }],
  };
}

/** The fields of the class a body is: an object's, or the object a `$ref` names; none for any other shape. */
function classFields(type: FieldType, definitions: Definitions): readonly Field[] {
  const target = type.kind === "ref" ? definitions.get(type.name)?.type : type;
  return target?.kind === "object" ? target.fields : [];
}

/** Where a request class's field comes from: `query`, `path`, `header`, `cookie`; null for other fields. */
export function parameterLocation(extensions: Field["extensions"]): string | null {
  const value = extensionValue(extensions, PARAMETER_IN);
  return typeof value === "string" ? value : null;
}

/** The component a request form was made from, when the definition is one (`input-models.ts`). */
function inputSource(definition: Definition | undefined): string | undefined {
  const source = extensionValue(definition?.extensions, INPUT_OF);
  return typeof source === "string" ? source : undefined;
}

/** A global parameter in a `Globals` class: required as declared, but a path parameter is optional there (agentset `namespace_id`). */
function globalField(parameter: Parameter): Field {
  return { ...parameter.field, required: parameter.field.required && parameter.in !== "path" };
}

function wrapperObject(fields: readonly Field[]): FieldType {
  return { kind: "object", fields, freeForm: false, extraProperties: fields.length === 0 ? "unstated" : "forbidden" };
}

/**
 * Speakeasy's classes around each operation, in spec order: `<Operation>Request` (the parameters
 * in `parameterOrder`, global path parameters left out, then the body) when the operation has
 * parameters and the request is more than its body; `<Operation>RequestBody` for an inline body;
 * the response classes `operationResponses` says; `<Operation>Globals` for the global parameters
 * it uses; and once, `Globals` (in `internal`) for all of them and `HTTPMetadata` for `http-meta` responses.
 */
function operationClasses(model: Model, settings: SpeakeasySettings, layout: PageLayout, module: string): OperationClass[] {
  const classes: OperationClass[] = [];
  const operations = model.operations ?? [];
  const link = (target: string, name: string) =>
    target === layout.module ? `${layout.linkPrefix}${pageFileName(name)}` : `../../models/${target}/${pageFileName(name)}`;
  const globals = model.globalParameters ?? [];
  const definitions = definitionsOf(model);
  const errorModule = new Set(settings.errorSchemas === "errors" ? (model.errorSchemas ?? []) : []);
  for (const operation of operations) {
    // Without an operationId, Speakeasy names the operation from its method and path (bolt `PostV1SubscriptionsSubscriptionIDPause`).
    const root = pascalName(operation.operationId ?? `${operation.method} ${operation.path}`);
    const item = (name: string, kind: OperationClass["kind"], type: FieldType, description: string | null, context = root) =>
      classes.push({ name, kind, type, description, module, root: context });
    const body = operation.requestBody;
    // With `path-first` (and `required-first`, before the required fields are put first below), path
    // parameters come first, the rest in spec order (honeyhive `GetExperimentComparisonRequest`);
    // with `spec`, all in spec order (egain `AcceptGHSolutionRequest`: the `Accept-Language` header, then the path).
    const kept = operation.parameters.filter((parameter) => !(parameter.global && parameter.in === "path"));
    const parameters =
      settings.parameterOrder !== "spec"
        ? [...kept.filter((parameter) => parameter.in === "path"), ...kept.filter((parameter) => parameter.in !== "path")]
        : kept;
    // A body whose schema accepts null is a `Nullable[…]` field (mammoth AddDataview's body, `oneOf: [null,
    // $ref CreateDataview]`, is `Nullable[models.CreateDataview]`; a free-form dict is never wrapped, as
    // anywhere: CancelWorkspaceSubscription's nullable `request_body` is `Dict[str, *Any*]`).
    const bodyField =
      body === null
        ? []
        : [
            {
              ...wrapperField(
                // gen.yaml's `requestBodyFieldName` names the body's field for every operation (emailr `body`); unset, it is
                // named after the body's schema, and a component's request form after the component (easyreview
                // `UpdateFieldRequest.field`: `components.FieldInput`).
                settings.requestBodyFieldName !== "derived"
                  ? settings.requestBodyFieldName
                  : body.type.kind === "ref"
                    ? pascalName(inputSource(definitions.get(body.type.name)) ?? body.type.name)
                    : body.component !== null
                      ? fieldName(body.component)
                      : "request_body",
                body.type,
                body.required,
                body.description,
                undefined,
                body.example,
              ),
              nullable: body.nullable,
            },
          ];
    if (operation.parameters.length > 0 && !(parameters.length === 0 && body !== null)) {
      // A parameter whose Python name is also a field of the body's class is `<name>_param`, the SDK's
      // method taking both as arguments (mammoth AddExport's path parameter `dataview_id` is
      // `dataview_id_param`, as its body `AddExportSpec` has `DATAVIEW_ID`). A `readOnly` field is not
      // in the request form, so it takes no name (easyreview UpdateField's `id` stays `id`).
      const bodyNames = new Set(body === null ? [] : classFields(body.type, definitions).map((field) => fieldName(field.name)));
      const fields = [
        ...parameters.map((parameter) => {
          const field = parameterField(parameter, definitions);
          return bodyNames.has(fieldName(field.name)) ? { ...field, name: `${fieldName(field.name)}_param` } : field;
        }),
        ...bodyField,
      ];
      // Before gen.yaml's `parameterOrderingFeb2024`, the request class put its required fields first,
      // each group in the order above (easyreview `FetchDatasetFromDOIRequest`: `doi`, `site_url`, then `api_token`).
      const ordered =
        settings.parameterOrder === "required-first" ? [...fields.filter((field) => field.required), ...fields.filter((field) => !field.required)] : fields;
      item(`${root}Request`, "fields", wrapperObject(ordered), null);
    }
    const bodyOnly = parameters.length === 0 && settings.flattenRequests === "on";
    // Before nameResolutionFeb2025, the shapes inside an inline request body put `RequestBody` in front
    // on a clash, not the operation's name (log10py Upload's two members each hold an inline
    // `json_values`: `JSONValues`, then `RequestBodyJSONValues`); feb2025 puts the operation's (agentset `SearchMetadata`).
    const bodyContext = settings.inlineNames === "feb2025" ? root : "RequestBody";
    // An inline body a `components/requestBodies` entry holds is named after its key, and so is its
    // field (egain executePrompt's `executePrompt` entry: `ExecutePrompt`, `execute_prompt`).
    const bodyName = body?.component !== null && body?.component !== undefined ? pascalName(body.component) : `${root}RequestBody`;
    // Its page shows the body schema's own description, else the request body's (mammoth SaveConnection's
    // schema says "Subscription detail which needs to be updated", its request body nothing).
    if (body !== null && body.type.kind !== "ref")
      item(bodyOnly ? `${root}Request` : bodyName, "shape", body.type, ownDescription(body.type) ?? body.description, bodyContext);

    const withBody = operation.responses.filter((response) => /^2/.test(response.status) && response.type !== null);
    const success = withBody[0];
    // Success responses giving back the same schema count once (mammoth GenerateProfile's 201 and 202 `JobResponse`).
    const successes = withBody.filter(
      (response, index) =>
        withBody.findIndex((other) => other.type?.kind === "ref" && response.type?.kind === "ref" && other.type.name === response.type.name) === index ||
        response.type?.kind !== "ref",
    );
    const inline = success?.type !== undefined && success.type !== null && success.type.kind !== "ref";
    if (settings.operationResponses === "envelope" || settings.operationResponses === "http-meta") {
      const meta =
        settings.operationResponses === "envelope"
          ? [
              wrapperField("content_type", { kind: "string", format: null }, true, "HTTP response content type for this operation"),
              wrapperField("status_code", { kind: "integer", format: null }, true, "HTTP response status code for this operation"),
              wrapperField("raw_response", { kind: "any" }, true, "Raw HTTP response; suitable for custom response parsing", rawResponseCell(settings)),
            ]
          : [wrapperField("http_meta", { kind: "any" }, true, null, `[${layout.module}.HTTPMetadata](${link(layout.module, "HTTPMetadata")})`)];
      // Each success response with a body is a field of its own (log10py `CreateResponse`: `any` for 200, `completion` for 201),
      // and so is the `default` response's, after them: an error class there is named, not linked (ding `FeedbackResponse.error_response`:
      // `*Optional[errors.ErrorResponse]*`, with `errorSchemas: errors`).
      const errorClass = (type: FieldType) => (type.kind === "ref" && errorModule.has(type.name) ? `*Optional[errors.${pascalName(type.name)}]*` : undefined);
      const result = operation.responses.flatMap((response) => {
        if (!(/^2/.test(response.status) || response.status === "default") || response.type === null) return [];
        const type = overridden(response);
        return [wrapperField(resultFieldName(type), type, false, response.description, errorClass(type), response.example)];
      });
      item(`${root}Response`, "fields", wrapperObject([...meta, ...result]), null);
      if (inline && success !== undefined && overridden(success).kind !== "any")
        item(`${root}ResponseBody`, "shape", success.type as FieldType, success.description);
    } else if (operation.responses.some((response) => response.headers.length > 0) && success?.type) {
      // When any response declares headers, the response class holds them beside the body (que `GetTrustListResponse`).
      const headers: FieldType = { kind: "map", values: { kind: "array", items: { kind: "string", format: null } } };
      item(
        `${root}Response`,
        "fields",
        wrapperObject([wrapperField("headers", headers, true, null), wrapperField("result", success.type, true, null, undefined, success.example)]),
        null,
      );
      if (inline) item(`${root}ResponseBody`, "shape", success.type, success.description);
    } else if (success === undefined && operation.responses.some((response) => /^2/.test(response.status) && response.headers.length > 0)) {
      // A success response with headers and no body: the response class holds the headers alone
      // (egain `CreateImportJobResponse`, whose 202 declares `location`).
      const headers: FieldType = { kind: "map", values: { kind: "array", items: { kind: "string", format: null } } };
      item(`${root}Response`, "fields", wrapperObject([wrapperField("headers", headers, true, null)]), null);
    } else if (operation.extensions.some((extension) => extension.name === "x-speakeasy-pagination") && success?.type) {
      // A paginated operation's response holds the body as `result` (agentset `ListIngestJobsResponse`).
      item(`${root}Response`, "fields", wrapperObject([wrapperField("result", success.type, true, null)]), null);
      if (inline) item(`${root}ResponseBody`, "shape", success.type, success.description);
    } else if (successes.length > 1) {
      // Several success responses with a body are a union of what each gives back, in spec order
      // (mammoth `AddDataviewResponse`: 200's `CreateDataview`, 202's `JobResponse`). An inline body is
      // `<Operation>ResponseBody`, described by its response; several are numbered (`AiSuggestionsResponseBody1`),
      // a union among others taking `Union` (`GenerateSQLResponseBodyUnion` beside `GenerateSQLResponseBody`).
      const types = successes.map(overridden);
      const inlineBodies = types.filter((type) => type.kind !== "ref" && isNamedShape(type));
      const unions = inlineBodies.filter((type) => type.kind === "union");
      const others = inlineBodies.filter((type) => type.kind !== "union");
      const numbered = (group: readonly FieldType[], type: FieldType, base: string) => (group.length > 1 ? `${base}${group.indexOf(type) + 1}` : base);
      const members = successes.map((response, index) => responseMember(response.mediaType ?? "", types[index] as FieldType, settings));
      const union: FieldType = { kind: "union", variants: types, variantPointers: [], discriminator: null };
      classes.push({ name: `${root}Response`, kind: "responses", type: union, members, description: null, module, root });
      successes.forEach((response, index) => {
        const type = types[index] as FieldType;
        if (!inlineBodies.includes(type)) return;
        const base = `${root}ResponseBody`;
        const name =
          inlineBodies.length === 1
            ? base
            : type.kind === "union"
              ? numbered(unions, type, `${base}${others.length > 0 ? "Union" : ""}`)
              : numbered(others, type, base);
        item(name, "shape", type, response.description);
      });
    } else if (success !== undefined && distinctMembers(success, settings) > 1) {
      // A response with several media types is a union of what each gives back, an event stream's
      // inline event a class of its own (r9s `CreateChatCompletionResponse`, `…ResponseBody`).
      const contents = success.contents ?? [];
      const members = contents.map((content) => responseMember(content.mediaType, content.type, settings));
      const union: FieldType = { kind: "union", variants: contents.map((content) => content.type), variantPointers: [], discriminator: null };
      classes.push({ name: `${root}Response`, kind: "responses", type: union, members, description: null, module, root });
      for (const content of contents)
        if (content.type.kind !== "ref" && isNamedShape(content.type)) item(`${root}ResponseBody`, "shape", content.type, success.description);
    } else if (inline && success?.type) {
      item(settings.operationResponses === "named-body" ? `${root}Response` : `${root}ResponseBody`, "shape", success.type, success.description);
    }

    if (settings.errorBodyPages === "written") {
      // Inferred from honeyhive (2.428): an error response's inline body, unnamed, is the error class
      // `<Operation>ResponseBody` in `errors`, described by its response, holding the raw response last.
      for (const response of operation.responses) {
        if (!/^[45]/.test(response.status) || response.name !== null || response.type?.kind !== "object") continue;
        const raw = wrapperField("raw_response", { kind: "any" }, false, "Raw HTTP response; suitable for custom response parsing", rawResponseCell(settings));
        const fields = wrapperObject([...response.type.fields, raw]);
        classes.push({ name: `${root}ResponseBody`, kind: "fields", type: fields, description: response.description, module: "errors", root });
      }
    }
    const used = operation.parameters.filter((parameter) => parameter.global);
    if (used.length > 0) {
      const fields = used.map((parameter) =>
        globalField(globals.find((global) => global.field.name === parameter.field.name && global.in === parameter.in) ?? parameter),
      );
      item(`${root}Globals`, "fields", wrapperObject(fields), null);
    }
  }
  // The SDK's own `Globals` class holds every global parameter, in `x-speakeasy-globals` order, as
  // each operation's does (agentset and log10py `internal/globals.md`).
  if (globals.length > 0 && operations.length > 0)
    classes.push({ name: "Globals", kind: "fields", type: wrapperObject(globals.map(globalField)), description: null, module: "internal", root: "Globals" });
  if (settings.operationResponses === "http-meta" && operations.length > 0) {
    const metadata = wrapperObject([
      wrapperField("response", { kind: "any" }, true, "Raw HTTP response; suitable for custom response parsing", rawResponseCell(settings)),
      wrapperField("request", { kind: "any" }, true, "Raw HTTP request; suitable for debugging", rawRequestCell(settings)),
    ]);
    classes.push({ name: "HTTPMetadata", kind: "fields", type: metadata, description: null, module: layout.module, root: "HTTPMetadata" });
  }
  return classes;
}

/**
 * The type cell of the raw HTTP response a response class holds: Python core 4 SDKs were built on
 * `requests` (easyreview's `raw_response`, log10py's `HTTPMetadata`), core 5 on `httpx` (honeyhive).
 */
function rawResponseCell(settings: SpeakeasySettings): string {
  return settings.httpClient === "requests"
    ? "[requests.Response](https://requests.readthedocs.io/en/latest/api/#requests.Response)"
    : "[httpx.Response](https://www.python-httpx.org/api/#response)";
}

/** The type cell of the raw HTTP request `HTTPMetadata` holds, from the same library. */
function rawRequestCell(settings: SpeakeasySettings): string {
  return settings.httpClient === "requests"
    ? "[requests.Request](https://requests.readthedocs.io/en/latest/api/#requests.Request)"
    : "[httpx.Request](https://www.python-httpx.org/api/#request)";
}

/**
 * How many different things a success response's media types give back. Media types that give
 * back the same component the same way (deck's `application/json` and `text/json` of one `$ref`)
 * are one Python type, so Speakeasy writes no union for them: the response is that type alone.
 * Inline schemas are each their own, even when equal: two inline binary strings stay a union of
 * `httpx.Response` twice (deck `PostJobsDocumentsFileResponse`).
 */
function distinctMembers(response: OperationResponse, settings: SpeakeasySettings): number {
  const members = (response.contents ?? []).map((content) => responseMember(content.mediaType, content.type, settings));
  return members.filter((member, index) => members.findIndex((other) => other === member || sameMember(other, member)) === index).length;
}

function sameMember(a: ResponseMember, b: ResponseMember): boolean {
  if (a.as === "raw" || b.as === "raw" || a.as !== b.as) return false;
  return a.type.kind === "ref" && b.type.kind === "ref" && a.type.name === b.type.name;
}

/**
 * How the SDK gives back one media type of a response: an event stream yields its events (with
 * `sseFlatResponse`, the event's `data` alone); bytes (`format: binary`) are the raw response.
 */
function responseMember(mediaType: string, type: FieldType, settings: SpeakeasySettings): ResponseMember {
  if (/^text\/event-stream\b/i.test(mediaType)) {
    const data = type.kind === "object" ? type.fields.find((field) => field.name === "data") : undefined;
    return { as: "stream", type: settings.sseFlatResponse === "on" && data !== undefined ? data.type : type };
  }
  if (type.kind === "string" && type.format === "binary") return { as: "raw" };
  return { as: "value", type };
}

/** The schemas only error responses use that are an error response's body itself (its `$ref`), in model order. */
function errorBodies(model: Model): string[] {
  const bodies = new Set<string>();
  for (const operation of model.operations ?? [])
    for (const response of operation.responses)
      if (!/^2/.test(response.status))
        for (const content of response.contents ?? [{ type: response.type }]) if (content.type?.kind === "ref") bodies.add(content.type.name);
  return (model.errorSchemas ?? []).filter((name) => bodies.has(name));
}

/**
 * The description of the first `components/responses` entry whose body is each schema (its
 * `$ref`, or the items of an array component that is: egain `ArticleTypes` gives its
 * `ArticleTypeInfo` "Success"): a schema with no description of its own takes it, as Speakeasy
 * names such a body after the entry (egain's `Article`, `PortalResult` read "Success"), unless
 * another schema refers to it (egain `Portal`, also `PortalResult.portal`'s items, has none). A
 * response written in place under an operation gives none: the tuned cases' bodies there keep no description.
 */
function responseBodyDescriptions(model: Model): Map<string, string> {
  const definitions = definitionsOf(model);
  const referenced = new Set<string>();
  const collect = (type: FieldType): void => {
    if (type.kind === "ref") referenced.add(type.name);
    else if (type.kind === "object") for (const field of type.fields) collect(field.type);
    else if (type.kind === "array") collect(type.items);
    else if (type.kind === "map") collect(type.values);
    else if (type.kind === "union") for (const variant of type.variants) collect(variant);
  };
  // An array component's items are the body itself, not a schema referring to it.
  for (const definition of model.definitions) if (definition.type.kind !== "array") collect(definition.type);
  const found = new Map<string, string>();
  for (const operation of model.operations ?? [])
    for (const response of operation.responses) {
      if (response.component === null || response.type?.kind !== "ref" || response.description === null) continue;
      const target = definitions.get(response.type.name)?.type;
      const name = target?.kind === "array" && target.items.kind === "ref" ? target.items.name : response.type.name;
      if (!found.has(name) && !referenced.has(name)) found.set(name, response.description);
    }
  return found;
}

/** The description of the first error response whose body is each schema only error responses use. */
function errorResponseDescriptions(model: Model): Map<string, string> {
  const errors = new Set(model.errorSchemas ?? []);
  const found = new Map<string, string>();
  for (const operation of model.operations ?? [])
    for (const response of operation.responses)
      if (response.type?.kind === "ref" && errors.has(response.type.name) && response.description !== null && !found.has(response.type.name))
        found.set(response.type.name, response.description);
  return found;
}

/**
 * The `format: binary` strings of multipart request bodies, each a file part: Speakeasy gives each
 * a class holding the file's name, bytes and content type (r9s `File`, `AudioTranslationRequestFile`).
 * Elsewhere a binary string is `bytes`.
 */
function fileParts(model: Model): Set<FieldType> {
  const definitions = definitionsOf(model);
  const parts = new Set<FieldType>();
  for (const operation of model.operations ?? []) {
    const body = operation.requestBody;
    if (body === null || !/^multipart\//i.test(body.mediaType)) continue;
    const type = body.type.kind === "ref" ? definitions.get(body.type.name)?.type : body.type;
    if (type?.kind !== "object") continue;
    for (const field of type.fields) {
      const element = field.type.kind === "array" ? field.type.items : field.type;
      if (element.kind === "string" && element.format === "binary") parts.add(element);
    }
  }
  return parts;
}

/** The class of a file part: its fields are the SDK's, the same for every file. */
function fileClass(): FieldType {
  return {
    kind: "object",
    fields: [
      wrapperField("file_name", { kind: "string", format: null }, true, null),
      wrapperField("content", { kind: "string", format: "binary" }, true, null, "*Union[bytes, IO[bytes], io.BufferedReader]*"),
      wrapperField("content_type", { kind: "string", format: null }, false, null),
    ],
    freeForm: false,
    extraProperties: "forbidden",
  };
}

/** An inline shape found on a page: a property's type, or a union's anonymous member at its 1-based position. */
type ChildShape =
  | {
      readonly via: "property";
      readonly property: string;
      readonly type: FieldType;
      readonly description: string | null;
      readonly deprecated: boolean;
      readonly extensions: Field["extensions"];
    }
  | { readonly via: "member"; readonly position: number; readonly type: FieldType; readonly description: string | null; readonly deprecated: false };

function childShapes(type: FieldType): ChildShape[] {
  // An inline shape of a deprecated property is deprecated with it (log10py `createchatcompletionrequestfunctioncall.md`).
  if (type.kind === "object")
    return type.fields.map((field) => ({
      via: "property",
      property: field.name,
      type: field.type,
      description: ownDescription(field.type),
      deprecated: field.deprecated,
      extensions: field.extensions,
    }));
  if (type.kind === "union")
    return type.variants.map((variant, index) => ({
      via: "member",
      position: index + 1,
      type: variant,
      description: ownDescription(variant),
      deprecated: false,
    }));
  return [];
}

interface InlineNaming {
  /** The names a child of `parent` (inside the definition `root`) asks for. */
  candidates(child: ChildShape, parent: string, root: string): Candidates;
  /** Whether each definition's inline shapes are named together (level by level), definitions in spec order, rather than all pages breadth-first. */
  readonly perDefinition: boolean;
}

/**
 * The seeds' naming: an inline property shape is parent + property (`ChatCompletionRequest.tool_choice`
 * → `ChatCompletionRequestToolChoice`, seed 000); an anonymous union member is named by its
 * position (`One`, `Two`), with the union's name in front once that is taken.
 */
const qualifiedNaming: InlineNaming = {
  candidates: (child, parent) =>
    child.via === "property" ? [`${parent}${pascalName(child.property)}`] : [memberName(child.position), `${parent}${memberName(child.position)}`],
  perDefinition: false,
};

/**
 * Speakeasy's name resolution (r9s, honeyhive): an inline shape takes the property's name alone
 * (`role.md`, `delta.md`); on a clash the definition's name is put in front
 * (`ChatCompletionStreamDeltaRole`), and on a second clash `Schemas` after it
 * (`ResponseToolSchemasType`, where `ResponseToolType` is the property `type` one level up). An
 * anonymous union member is `One`, `Two`, …, else the definition's name and the digit
 * (`AnthropicMessageRequest1`). Definitions are walked in spec order, each level by level, and the first
 * shape to ask for a name keeps it.
 */
const propertyNaming: InlineNaming = {
  candidates: (child, _parent, root) => {
    if (child.via === "member") return [memberName(child.position), `${root}${child.position}`];
    const property = pascalName(child.property);
    return [property, `${root}${property}`, `${root}Schemas${property}`];
  },
  perDefinition: true,
};

/**
 * Speakeasy 2.338 (log10py): as `propertyNaming`, but an anonymous member of a union that is a
 * definition itself is the definition's name and the digit (`ChatCompletionToolChoiceOption1`).
 */
const numberedMemberNaming: InlineNaming = {
  candidates: (child, parent, root) =>
    child.via === "member" && parent === root ? [`${root}${child.position}`] : propertyNaming.candidates(child, parent, root),
  perDefinition: true,
};

function pageKind(type: FieldType): PageKind {
  return type.kind === "enum" ? "values" : type.kind === "union" ? "union" : "fields";
}

/** The element under any number of array and map layers. */
function innermostElement(type: FieldType): FieldType {
  if (type.kind === "array") return innermostElement(type.items);
  if (type.kind === "map") return innermostElement(type.values);
  return type;
}
