/**
 * Speakeasy's `nameResolutionFeb2025` naming of the inline shapes inside component schemas and
 * operation classes (gen.yaml `fixes.nameResolutionFeb2025: true`; agentset, que, bolt). Speakeasy
 * is closed source: the rules below are inferred from the pages of those SDKs, and from Speakeasy's
 * docs (an inline schema is named from its `x-speakeasy-name-override`, then its `title`, then its
 * context; the override is not read here, as the IR keeps no extensions on a type).
 *
 * - An inline shape asks for its property's name (`Model`), then the component's (or operation's)
 *   name put in front (`SearchMetadata`, `EmbeddingModelConfigModel`), then the name of the class
 *   it is in (`RerankConfigModel`, for Hosting's inline `rerankConfig`, as Hosting's two `model`
 *   enums clash as `HostingModel`). A union member adds no name of its own to that context.
 * - A name two shapes ask for goes to neither: both ask for their next one (the four `model` enums
 *   of agentset are all prefixed, no plain `Model`; bolt's two `status` enums are
 *   `SubscriptionStatus` and `SubscriptionOrderStatus`). Shapes nearer the component are named
 *   first and keep their names.
 * - An enum with one value asks, after those, for the property's name and the value
 *   (`TypeEnv`, `TypeUseMainSigner`: que's four one-value `type` enums clash at every context).
 * - An anonymous object member of a union is named by the union's name and the value it is
 *   recognised by: its single-valued enum property (`EmbeddingModelConfigTextEmbedding3Large`,
 *   where the member's `model` is an enum of one value and its `provider` a const), else its const
 *   property (`SourceText`, `CreateVectorStoreConfigManagedPinecone`, `SignerRefDtoEnv`). A
 *   member with no such value is the union's name and its position (`DocumentSpec1`, seen in other
 *   Speakeasy SDKs), or the union's name alone when it is the only one (`Input`).
 * - The items of an array are named by the property's name in the singular, and a union there
 *   with anonymous members, or one with a member named after it, takes `Union` after its name
 *   (`items` → `BatchPayloadItemUnion`, whose members are `BatchPayloadItemText`, …). An array's
 *   union of components alone takes no `Union` (clay's `select`: `Select`).
 *
 * The inline shapes of operation classes are named after the components' (a second `nameLevels`
 * sharing the names contested so far): `Mode` for Search's `mode`, asked for once;
 * `SearchRerankModel` and `UpdateHostingRerankModel` clash; margen's component `Kind` stays plain
 * and the operation parameter's is `ListItemsKind`.
 */
import type { Field, FieldType } from "../../ir/types.js";
import { pascalName } from "./naming.js";
import { ownDescription } from "./shape-description.js";

/** A named shape whose inline children are to be named: its class name and the context its children put in front. */
export interface NamingParent {
  readonly type: FieldType;
  readonly name: string;
  /** What a child property puts in front on a clash: the class's name, or for an anonymous union member, the union's. */
  readonly prefix: string;
  /** The component's name, or the operation's. */
  readonly root: string;
  /** The Python module the class is in: names are unique per module. */
  readonly module: string;
}

/** A child shape to name, with its names best first. */
export interface NamingRequest {
  readonly type: FieldType;
  readonly candidates: readonly string[];
  readonly description: string | null;
  readonly deprecated: boolean;
  /** The parent's context for the shape's own children. */
  readonly prefix: (name: string) => string;
  readonly root: string;
  readonly module: string;
}

/**
 * The inline shapes, level by level (every component's direct children, then theirs, …): each
 * level's requests are settled together, a name asked for twice going to neither.
 * `isNamed` says which shapes become classes; `taken` and `take` keep the module's names;
 * `named` receives each shape named, and returns false when it was named already. `contested`
 * carries the names asked for twice from an earlier call (the components' before the operations').
 */
export function nameLevels(
  roots: readonly NamingParent[],
  isNamed: (type: FieldType) => boolean,
  taken: (name: string, module: string) => boolean,
  take: (candidates: readonly string[], module: string) => string,
  named: (request: NamingRequest, name: string) => boolean,
  contested: Set<string> = new Set<string>(),
): void {
  // A name asked for twice is no one's, at any later level too (agentset `Search`'s `metadata`, two
  // levels below the components' `metadata`, is `SearchMetadata`).
  const blocked = (name: string, module: string) => taken(name, module) || contested.has(`${module}/${name.toLowerCase()}`);
  let level = [...roots];
  while (level.length > 0) {
    const requests: NamingRequest[] = [];
    const seen = new Set<FieldType>();
    for (const parent of level) {
      for (const request of childRequests(parent, isNamed)) {
        if (seen.has(request.type)) continue;
        seen.add(request.type);
        requests.push(request);
      }
    }
    const names = settle(requests, blocked, take, contested);
    const next: NamingParent[] = [];
    requests.forEach((request, index) => {
      const name = names[index] as string;
      if (named(request, name)) next.push({ type: request.type, name, prefix: request.prefix(name), root: request.root, module: request.module });
    });
    level = next;
  }
}

/**
 * Gives each request its first candidate no other request of the level asks for and no earlier
 * shape holds; all requests asking for the same name move on together. A request whose candidates
 * all clash takes numbered variants of its last, in order.
 */
function settle(
  requests: readonly NamingRequest[],
  taken: (name: string, module: string) => boolean,
  take: (candidates: readonly string[], module: string) => string,
  contested: Set<string>,
): string[] {
  const index = requests.map(() => 0);
  const current = (at: number): string | undefined => requests[at]?.candidates[index[at] as number];
  for (let changed = true; changed; ) {
    changed = false;
    const askers = new Map<string, number[]>();
    requests.forEach((_, at) => {
      const name = current(at);
      if (name === undefined) return;
      const module = (requests[at] as NamingRequest).module;
      if (taken(name, module)) {
        index[at] = (index[at] as number) + 1;
        changed = true;
        return;
      }
      const key = `${module}/${name.toLowerCase()}`;
      askers.set(key, [...(askers.get(key) ?? []), at]);
    });
    if (changed) continue;
    for (const [key, ats] of askers) {
      if (ats.length < 2) continue;
      contested.add(key);
      for (const at of ats) index[at] = (index[at] as number) + 1;
      changed = true;
    }
  }
  // Requests of one level that clash on every name they ask for are numbered from 1 in order
  // (mammoth: the two members of AddDataToWebhook's 400 body each hold an `extra`, which are
  // `AddDataToWebhookExtra1` and `AddDataToWebhookExtra2`); one alone takes the next free number.
  const exhausted = new Map<string, number[]>();
  requests.forEach((request, at) => {
    if (current(at) !== undefined) return;
    const key = `${request.module}/${(request.candidates[request.candidates.length - 1] as string).toLowerCase()}`;
    exhausted.set(key, [...(exhausted.get(key) ?? []), at]);
  });
  const numbered = new Map<number, number>();
  for (const ats of exhausted.values()) if (ats.length > 1) for (const [position, at] of ats.entries()) numbered.set(at, position + 1);
  return requests.map((request, at) => {
    const name = current(at);
    const last = request.candidates[request.candidates.length - 1] as string;
    const number = numbered.get(at);
    return take(name !== undefined ? [name] : number !== undefined ? [`${last}${number}`] : [last], request.module);
  });
}

function childRequests(parent: NamingParent, isNamed: (type: FieldType) => boolean): NamingRequest[] {
  const type = parent.type;
  const requests: NamingRequest[] = [];
  if (type.kind === "object") {
    for (const field of type.fields) {
      const { element, inArray } = elementOf(field.type);
      if (!isNamed(element)) continue;
      requests.push(propertyRequest(parent, field, element, inArray, isNamed));
    }
  } else if (type.kind === "union") {
    const base = parent.prefix;
    const members = type.variants.map((variant) => elementOf(variant).element);
    const valueless = members.filter((member) => isNamed(member) && memberValue(member, type.discriminator?.propertyName ?? null) === null);
    members.forEach((member, position) => {
      if (!isNamed(member)) return;
      const value = memberValue(member, type.discriminator?.propertyName ?? null);
      const own = value !== null ? `${base}${valueName(value)}` : valueless.length === 1 ? base : `${base}${position + 1}`;
      requests.push({
        type: member,
        candidates: [...(titled(member) === null ? [] : [titled(member) as string]), own],
        description: ownDescription(member),
        deprecated: false,
        // A member adds no name to its children's context: they put the union's in front.
        prefix: () => parent.prefix,
        root: parent.root,
        module: parent.module,
      });
    });
  }
  return requests;
}

function propertyRequest(parent: NamingParent, field: Field, element: FieldType, inArray: boolean, isNamed: (type: FieldType) => boolean): NamingRequest {
  // An array's union of components alone takes no `Union` (clay `select` → `Select`, mammoth `users` → `User`).
  const componentsOnly = element.kind === "union" && inlineMembers(element, isNamed) === 0;
  const property = inArray ? singular(pascalName(field.name)) : pascalName(field.name);
  const unionSuffix = element.kind === "union" && ((inArray && !componentsOnly) || plainMembers(element, isNamed) === 1) ? "Union" : "";
  const contexts = [...new Set(["", parent.root, parent.prefix])];
  // A `title` stands for the property's name in every candidate (mammoth `AutomationPatchData.op`,
  // titled "Operation", asks for `Operation`, then `AutomationPatchDataOperation`).
  const title = titled(element);
  // When every context's name is taken or contested, a titled shape puts the property's name before the
  // title (egain ComplianceForArticle's `startDate` and `dueDate`, both titled "Date and Time":
  // `StartDateDateAndTime`, `DueDateDateAndTime`).
  const candidates =
    title === null
      ? contexts.map((context) => `${context}${property}${unionSuffix}`)
      : [...contexts.map((context) => `${context}${title}`), `${property}${title}`];
  if (element.kind === "enum" && element.values.length === 1) candidates.push(`${property}${valueName(element.values[0] as string | number | boolean)}`);
  return {
    type: element,
    candidates,
    // The property's description is the shape's only when the property is the shape itself, not an array or map of it (agentset `IngestJobConfigMetadata`).
    description: element === field.type ? ownDescription(element) : null,
    deprecated: element === field.type && field.deprecated,
    // A union's members and their children put its name in front without the `Union`.
    prefix: (name) => (unionSuffix !== "" && name.endsWith(unionSuffix) ? name.slice(0, -unionSuffix.length) : name),
    root: parent.root,
    module: parent.module,
  };
}

/**
 * The anonymous members of a union, which are named after it. An array's union takes `Union` only
 * when it has some (agentset `BatchPayloadItemUnion`, of inline members); one of components alone
 * is the property's name in the singular (clay `StructuredQuery`'s `select`: `Select`, of
 * `AggregateSelect` and `FieldSelect`; mammoth `UserList`'s `users`: `User`).
 */
function inlineMembers(union: Extract<FieldType, { kind: "union" }>, isNamed: (type: FieldType) => boolean): number {
  return union.variants.filter((variant) => isNamed(elementOf(variant).element)).length;
}

/** The anonymous members of a union with no value to be named by. When there is one, it takes the union's name, and the union yields. */
function plainMembers(union: Extract<FieldType, { kind: "union" }>, isNamed: (type: FieldType) => boolean): number {
  return union.variants
    .map((variant) => elementOf(variant).element)
    .filter((element) => isNamed(element) && memberValue(element, union.discriminator?.propertyName ?? null) === null).length;
}

/** The `title` of an inline schema names it before its context does (an object, union or enum: mammoth's "Job status" enum is `JobStatus`). */
function titled(type: FieldType): string | null {
  return (type.kind === "object" || type.kind === "union" || type.kind === "enum") && type.title !== undefined ? pascalName(type.title) : null;
}

/**
 * The value an anonymous member is recognised by: its discriminator property's, else the first
 * property that is an enum of one value, else the first const property.
 */
function memberValue(type: FieldType, discriminator: string | null): string | number | boolean | null {
  if (type.kind !== "object") return null;
  const single = (field: Field): string | number | boolean | null => {
    if (field.type.kind === "enum" && field.type.values.length === 1) return field.type.values[0] as string | number | boolean;
    if (field.type.kind === "const" && ["string", "number", "boolean"].includes(typeof field.type.value)) return field.type.value as string | number | boolean;
    return null;
  };
  const tagged = type.fields.find((field) => field.name === discriminator);
  if (tagged !== undefined && single(tagged) !== null) return single(tagged);
  const enumValue = type.fields.find((field) => field.type.kind === "enum" && single(field) !== null);
  if (enumValue !== undefined) return single(enumValue);
  const constValue = type.fields.find((field) => field.type.kind === "const" && single(field) !== null);
  return constValue === undefined ? null : single(constValue);
}

/** A value as a name part: its words capitalised, upper-case words lowered first (`MANAGED_FILE` → `ManagedFile`, `text-embedding-3-large` → `TextEmbedding3Large`). */
export function valueName(value: string | number | boolean): string {
  const text = String(value)
    .split(/[^A-Za-z0-9]+/)
    .map((word) => (word === word.toUpperCase() ? word.toLowerCase() : word))
    .join(" ");
  return pascalName(text).replace(/^Model(?=[0-9])/, "");
}

/** `Items` → `Item`, `DocumentSpecs` → `DocumentSpec`, `Entries` → `Entry`. */
function singular(name: string): string {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}

/** The element under any number of array and map layers, and whether an array was among them. */
function elementOf(type: FieldType): { element: FieldType; inArray: boolean } {
  if (type.kind === "array") return { element: elementOf(type.items).element, inArray: true };
  if (type.kind === "map") return elementOf(type.values);
  return { element: type, inArray: false };
}
