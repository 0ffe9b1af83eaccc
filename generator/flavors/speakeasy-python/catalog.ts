/**
 * The Python classes Speakeasy would generate for a model, each with its docs page: every named
 * definition, plus the inline objects, enums and unions it contains. Inline shapes are named from
 * their context, so every shape that renders as a link has exactly one page.
 */
import { definitionsOf, type Definitions } from "../../ir/lookup.js";
import type { FieldType, Model } from "../../ir/types.js";
import { memberName, pageFileName, pascalName } from "./naming.js";

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
}

export interface Catalog {
  /** In page order: definitions in model order, then inline shapes in discovery order. */
  readonly shapes: readonly NamedShape[];
  /** The class name of each named shape object (identity, not structure: equal shapes at two places are two classes). */
  readonly nameOf: ReadonlyMap<FieldType, string>;
  readonly definitions: Definitions;
}

/** An object with properties becomes a class; one without any is a free-form `Dict[str, Any]`. */
export function isClass(type: FieldType): boolean {
  return type.kind === "object" && type.fields.length > 0;
}

/** Shapes that become their own Python type (class, enum or union) and so get a page and a link. */
export function isNamedShape(type: FieldType): boolean {
  return isClass(type) || type.kind === "enum" || type.kind === "union";
}

export function buildCatalog(model: Model): Catalog {
  const shapes: NamedShape[] = [];
  const nameOf = new Map<FieldType, string>();
  const taken = new Set<string>();

  /** Takes the first free name among the candidate, `prefix + candidate`, then numbered candidates. Page files are lower-case, so names are compared that way. */
  const claim = (candidate: string, prefix: string | null): string => {
    const options = prefix === null ? [candidate] : [candidate, `${prefix}${candidate}`];
    const base = options[options.length - 1] as string;
    let name = options.find((option) => !taken.has(option.toLowerCase()));
    for (let counter = 2; name === undefined; counter++) if (!taken.has(`${base}${counter}`.toLowerCase())) name = `${base}${counter}`;
    taken.add(name.toLowerCase());
    return name;
  };

  const add = (name: string, type: FieldType, kind: PageKind, description: string | null): void => {
    if (kind !== "alias") nameOf.set(type, name);
    shapes.push({ name, file: pageFileName(name), type, kind, description });
  };

  // Definitions first: their names are the component keys, which win over context-made names.
  const definitionNames = model.definitions.map((definition) => claim(pascalName(definition.name), null));
  model.definitions.forEach((definition, index) => {
    const name = definitionNames[index] as string;
    const element = innermostElement(definition.type);
    if (isNamedShape(definition.type)) add(name, definition.type, pageKind(definition.type), definition.description);
    // Python has no class for an array or a map: Speakeasy writes `List[…]`/`Dict[str, …]` where it
    // is used, and the inline enum, object or union inside takes the definition's name. So
    // `ResponseModalities` (an array of an inline enum) is the enum's page, linked from
    // `List[[models.ResponseModalities](…)]`.
    else if (element !== definition.type && isNamedShape(element)) add(name, element, pageKind(element), definition.description);
    // Speakeasy emits no page for other aliases (a primitive, a free-form object, an array of
    // primitives or of models) and inlines them at each use. Each definition still gets a page
    // here; its closest Speakeasy layout is a union's `## Supported Types` page with the one Python
    // type the alias stands for. Nothing links to it: uses render inline, as in Speakeasy.
    else add(name, definition.type, "alias", definition.description);
  });

  const visit = (type: FieldType, candidate: string, description: string | null, prefix: string | null): void => {
    if (type.kind === "array") visit(type.items, candidate, null, prefix);
    else if (type.kind === "map") visit(type.values, candidate, null, prefix);
    else if (isNamedShape(type) && !nameOf.has(type)) add(claim(candidate, prefix), type, pageKind(type), description);
  };

  // Breadth-first over the pages: a shape's children are named when its page is reached, so
  // shallower shapes claim the plain names first. `shapes` grows while it is walked.
  for (let index = 0; index < shapes.length; index++) {
    const shape = shapes[index] as NamedShape;
    const type = shape.type;
    if (shape.kind === "alias") continue;
    // An inline property shape is named parent + property (`ChatCompletionRequest.tool_choice` →
    // `ChatCompletionRequestToolChoice`, seed 000) and documented with the property's description.
    if (type.kind === "object") for (const field of type.fields) visit(field.type, `${shape.name}${pascalName(field.name)}`, field.description, null);
    // An anonymous union member is named by its position (`One`, `Two`, as r9s `one.md`/`two.md`);
    // once a name is taken the union's name is put in front, as Speakeasy prefixes context on a clash.
    if (type.kind === "union") for (const [position, variant] of type.variants.entries()) visit(variant, memberName(position + 1), null, shape.name);
  }

  return { shapes, nameOf, definitions: definitionsOf(model) };
}

function pageKind(type: FieldType): PageKind {
  return type.kind === "enum" ? "values" : type.kind === "union" ? "union" : "fields";
}

/** The element under any number of array and map layers. */
function innermostElement(type: FieldType): FieldType {
  if (type.kind === "array") return innermostElement(type.items);
  if (type.kind === "map") return innermostElement(type.values);
  return type;
}
