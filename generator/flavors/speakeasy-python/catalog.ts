/**
 * The Python classes Speakeasy would generate for a model, each with its docs page: every named
 * definition, plus the inline objects, enums and unions it contains. Inline shapes are named from
 * their context, so every shape that renders as a link has exactly one page.
 */
import { definitionsOf, type Definitions } from "../../ir/lookup.js";
import type { FieldType, Model } from "../../ir/types.js";
import { pageLayout, type PageLayout } from "./layout.js";
import { memberName, pageFileName, pascalName } from "./naming.js";
import { speakeasySettings, type SpeakeasySettings } from "./settings.js";

/** The layout of a page: a `## Fields`, `## Values` or `## Supported Types` page. */
export type PageKind = "fields" | "values" | "union" | "alias";

/** One class (or type alias) and its page. */
export interface NamedShape {
  readonly name: string;
  readonly file: string;
  /** The shape the page documents. For an `alias` page, the whole definition's shape. */
  readonly type: FieldType;
  readonly kind: PageKind;
  readonly description: string | null;
  /** The definition is deprecated, or the property an inline shape is the type of. */
  readonly deprecated: boolean;
}

export interface Catalog {
  /** In page order: definitions in model order, then inline shapes in naming order. */
  readonly shapes: readonly NamedShape[];
  /** The class name of each named shape object (identity, not structure: equal shapes at two places are two classes). */
  readonly nameOf: ReadonlyMap<FieldType, string>;
  readonly definitions: Definitions;
  readonly layout: PageLayout;
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
  return isClass(type) || type.kind === "enum" || type.kind === "union";
}

/** The names an inline shape asks for, best first; numbered variants of the last follow when all are taken. */
type Candidates = readonly string[];

export function buildCatalog(model: Model, settings: SpeakeasySettings = speakeasySettings()): Catalog {
  const shapes: NamedShape[] = [];
  const nameOf = new Map<FieldType, string>();
  const taken = new Set<string>();

  /** Takes the first free candidate, then numbered variants of the last. Page files are lower-case, so names are compared that way. */
  const claim = (candidates: Candidates): string => {
    const base = candidates[candidates.length - 1] as string;
    let name = candidates.find((option) => !taken.has(option.toLowerCase()));
    for (let counter = 2; name === undefined; counter++) if (!taken.has(`${base}${counter}`.toLowerCase())) name = `${base}${counter}`;
    taken.add(name.toLowerCase());
    return name;
  };

  const add = (name: string, type: FieldType, kind: PageKind, description: string | null, deprecated = false): NamedShape => {
    if (kind !== "alias") nameOf.set(type, name);
    const shape = { name, file: pageFileName(name), type, kind, description, deprecated };
    shapes.push(shape);
    return shape;
  };

  const naming = settings.inlineNames === "property" ? (settings.unionStyle === "named" ? numberedMemberNaming : propertyNaming) : qualifiedNaming;
  /** Names the inline shapes of `shape` (whose definition is `root`), each child's own children at once when the naming goes depth-first. */
  const nameInside = (shape: NamedShape, root: string): void => {
    for (const child of childShapes(shape)) {
      const named = visit(child.type, naming.candidates(child, shape.name, root), child.description, child.deprecated);
      if (named !== null && naming.depthFirst) nameInside(named, root);
    }
  };
  const visit = (type: FieldType, candidates: Candidates, description: string | null, deprecated: boolean): NamedShape | null => {
    if (type.kind === "array") return visit(type.items, candidates, null, false);
    if (type.kind === "map") return visit(type.values, candidates, null, false);
    if (isNamedShape(type) && !nameOf.has(type)) return add(claim(candidates), type, pageKind(type), description, deprecated);
    return null;
  };

  // Error classes live apart from the models when the SDK says so: no page, and no name taken from the models.
  const omitted = new Set(settings.errorSchemas === "omitted" ? (model.errorSchemas ?? []) : []);
  const definitions = model.definitions.filter((definition) => !omitted.has(definition.name));
  // Definitions first: their names are the component keys, which win over context-made names.
  const definitionNames = definitions.map((definition) => claim([pascalName(definition.name)]));
  const roots: { readonly shape: NamedShape; readonly definition: string }[] = [];
  definitions.forEach((definition, index) => {
    const name = definitionNames[index] as string;
    const element = innermostElement(definition.type);
    if (isNamedShape(definition.type))
      roots.push({ shape: add(name, definition.type, pageKind(definition.type), definition.description, definition.deprecated), definition: definition.name });
    // Python has no class for an array or a map: Speakeasy writes `List[…]`/`Dict[str, …]` where it
    // is used, and the inline enum, object or union inside takes the definition's name. So
    // `ResponseModalities` (an array of an inline enum) is the enum's page, linked from
    // `List[[models.ResponseModalities](…)]`.
    else if (element !== definition.type && isNamedShape(element))
      roots.push({ shape: add(name, element, pageKind(element), definition.description, definition.deprecated), definition: definition.name });
    // Speakeasy emits no page for other aliases (a primitive, a free-form object, an array of
    // primitives or of models) and inlines them at each use. Each definition still gets a page
    // here; its closest Speakeasy layout is a union's `## Supported Types` page with the one Python
    // type the alias stands for. Nothing links to it: uses render inline, as in Speakeasy.
    else add(name, definition.type, "alias", definition.description, definition.deprecated);
  });

  if (naming.depthFirst) {
    // Speakeasy walks the components as the spec lists them, whatever order the model keeps.
    const position = new Map((model.componentOrder ?? []).map((name, index) => [name, index]));
    const inSpecOrder = [...roots].sort((a, b) => (position.get(a.definition) ?? Infinity) - (position.get(b.definition) ?? Infinity));
    for (const { shape } of inSpecOrder) nameInside(shape, shape.name);
  } else {
    // Breadth-first over the pages: a shape's children are named when its page is reached, so
    // shallower shapes claim the plain names first. `shapes` grows while it is walked.
    for (let index = 0; index < shapes.length; index++) {
      const shape = shapes[index] as NamedShape;
      if (shape.kind !== "alias") nameInside(shape, shape.name);
    }
  }

  return { shapes, nameOf, definitions: definitionsOf(model), layout: pageLayout(settings.layout) };
}

/** An inline shape found on a page: a property's type, or a union's anonymous member at its 1-based position. */
type ChildShape =
  | { readonly via: "property"; readonly property: string; readonly type: FieldType; readonly description: string | null; readonly deprecated: boolean }
  | { readonly via: "member"; readonly position: number; readonly type: FieldType; readonly description: null; readonly deprecated: false };

function childShapes(shape: NamedShape): ChildShape[] {
  const type = shape.type;
  // An inline shape of a deprecated property is deprecated with it (log10py `createchatcompletionrequestfunctioncall.md`).
  if (type.kind === "object")
    return type.fields.map((field) => ({
      via: "property",
      property: field.name,
      type: field.type,
      description: field.description,
      deprecated: field.deprecated,
    }));
  if (type.kind === "union")
    return type.variants.map((variant, index) => ({ via: "member", position: index + 1, type: variant, description: null, deprecated: false }));
  return [];
}

interface InlineNaming {
  /** The names a child of `parent` (inside the definition `root`) asks for. */
  candidates(child: ChildShape, parent: string, root: string): Candidates;
  /** Whether a shape's children are named right after it (depth-first), rather than after all shapes one level up. */
  readonly depthFirst: boolean;
}

/**
 * The seeds' naming: an inline property shape is parent + property (`ChatCompletionRequest.tool_choice`
 * → `ChatCompletionRequestToolChoice`, seed 000); an anonymous union member is named by its
 * position (`One`, `Two`), with the union's name in front once that is taken.
 */
const qualifiedNaming: InlineNaming = {
  candidates: (child, parent) =>
    child.via === "property" ? [`${parent}${pascalName(child.property)}`] : [memberName(child.position), `${parent}${memberName(child.position)}`],
  depthFirst: false,
};

/**
 * Speakeasy's name resolution (r9s, honeyhive): an inline shape takes the property's name alone
 * (`role.md`, `delta.md`); on a clash the definition's name is put in front
 * (`ChatCompletionStreamDeltaRole`), and on a second clash `Schemas` after it
 * (`ResponseToolSchemasType`, where `ResponseToolType` is the property `type` one level up). An
 * anonymous union member is `One`, `Two`, …, else the definition's name and the digit
 * (`AnthropicMessageRequest1`). Definitions are walked in order, each depth-first, and the first
 * shape to ask for a name keeps it.
 */
const propertyNaming: InlineNaming = {
  candidates: (child, _parent, root) => {
    if (child.via === "member") return [memberName(child.position), `${root}${child.position}`];
    const property = pascalName(child.property);
    return [property, `${root}${property}`, `${root}Schemas${property}`];
  },
  depthFirst: true,
};

/**
 * Speakeasy 2.338 (log10py): as `propertyNaming`, but an anonymous member of a union that is a
 * definition itself is the definition's name and the digit (`ChatCompletionToolChoiceOption1`).
 */
const numberedMemberNaming: InlineNaming = {
  candidates: (child, parent, root) =>
    child.via === "member" && parent === root ? [`${root}${child.position}`] : propertyNaming.candidates(child, parent, root),
  depthFirst: true,
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
