/**
 * The request-body examples of a spec, checked with the validators chatspec generates from it.
 *
 * Redocly's `no-invalid-media-type-examples` compiles each request schema with an AJV of its own,
 * once per linted document (about 65 ms for the chat request; a run lints the spec and every
 * provider profile), and the validators emitter then compiles the same schema again. Checking the
 * examples with the emitter's own compilation (emitters/validators/compile.ts) does that work once,
 * and holds the examples to the validators that ship rather than to a second opinion.
 *
 * The swap is made only where it gives the same coverage: every media-type example of the spec
 * sits in an operation's request body whose schema is a `$ref` to a component schema, and nothing
 * refers to another file (`examplesCheckable`). Anywhere else, Redocly's rule runs as configured.
 */
import { createErrorTools } from "../runtime/errors.js";
import { profileIdOf } from "../profiles/profile.js";
import type { PreparedValidators } from "../emitters/validators/variant-source.js";
import { compilationKey, fastOptions, variantSource } from "../emitters/validators/variant-source.js";
import { passedBefore, rememberPassed } from "../emitters/validators/module-store.js";
import { isJsonObject, rootSchemas, schemaNameOfRef, valueAt, type JsonObject, type JsonValue, type OpenApiDocument } from "../openapi.js";
import { encodePointerSegment, fragmentSegments } from "../runtime/json-pointer.js";

/** Redocly's rule, whose work this check takes over. */
export const EXAMPLES_RULE = "no-invalid-media-type-examples";

export interface ExampleProblem {
  /** JSON pointer (with `#`) of the offending value inside the example. */
  readonly pointer: string;
  readonly message: string;
}

/** What checking a document's request examples found, and the compilation it used when the emitter can reuse it. */
export interface ExampleCheck {
  readonly problems: readonly ExampleProblem[];
  /** With `forGeneration`: the default validators as the emitter compiles them; otherwise (or with no examples) null. */
  readonly preparedValidators: PreparedValidators | null;
}

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"]);
const REQUEST_BODY_MEDIA = /^\/paths\/[^/]+\/([^/]+)\/requestBody\/content\/[^/]+$/;

/**
 * Whether every media-type example in `document` (a parsed root file, before bundling) is one this
 * check covers: in an operation's inline request body, under a schema that is exactly a `$ref` to
 * `#/components/schemas/…`, with no `$ref` in the file pointing outside it.
 */
export function examplesCheckable(document: JsonValue): boolean {
  if (!isJsonObject(document) || hasExternalRef(document)) return false;
  const schemas = isJsonObject(document.components) && isJsonObject(document.components.schemas) ? document.components.schemas : {};
  return mediaTypesWithExamples(document).every(({ pointer, media }) => {
    if (media.schema === undefined) return true; // Redocly skips these too
    const method = REQUEST_BODY_MEDIA.exec(pointer)?.[1];
    if (method === undefined || !HTTP_METHODS.has(method)) return false;
    const schema = media.schema;
    if (!isJsonObject(schema) || Object.keys(schema).length !== 1 || typeof schema.$ref !== "string") return false;
    const name = schemaNameOfRef(schema.$ref);
    return name !== null && name in schemas;
  });
}

/**
 * The first problem of each request-body example that the spec's default validator rejects, at the
 * offending value, in document order. `forGeneration`: validators will be generated from this very
 * document, so the compilation is the emitter's and is returned for it; otherwise (`chatspec lint`)
 * a cheaper one-off compilation gives the same verdicts. Rejects with what AJV throws when the
 * schema cannot be compiled.
 */
export async function requestExampleProblems(document: OpenApiDocument, options: { forGeneration: boolean }): Promise<ExampleCheck> {
  const examples = requestExamples(document);
  if (examples.length === 0) return { problems: [], preparedValidators: null };
  const roots = rootSchemas(document);
  const source = variantSource(document, roots, "default");
  // A verdict depends on the compiled bundle and the examples alone (not on the optimizer pass).
  let key: string | undefined;
  const verdictKey = (): string => {
    key ??= JSON.stringify({ compilation: compilationKey(source, fastOptions("default")), examples: examples.map(({ schema, value }) => [schema, value]) });
    return key;
  };
  // The source goes to the emitter all the same: its conversion and its key are made once.
  if (passedBefore(verdictKey)) return { problems: [], preparedValidators: options.forGeneration ? source : null };
  // AJV loads only now: a check the validator cache remembers passing needs none.
  const { checkOnlyVariant, compileSource } = await import("../emitters/validators/compile.js");
  const compiled = options.forGeneration ? compileSource(source) : checkOnlyVariant(source);
  const problems: ExampleProblem[] = [];
  for (const example of examples) {
    const validate = compiled.validatorOf(example.schema);
    if (validate(example.value)) continue;
    const tools = createErrorTools(compiled.bundle as unknown as Record<string, unknown>, example.schema, { profile: profileIdOf(document) });
    const errors = validate.errors as Parameters<typeof tools.describe>[0];
    const first = tools.describe(errors, example.value)[0];
    const line = tools.format(errors, example.value)[0];
    problems.push({
      pointer: `#${example.pointer}${first?.path ?? ""}`,
      message: `Example value must conform to the schema: ${line ?? "it is not valid"}.`,
    });
  }
  if (problems.length === 0) rememberPassed(verdictKey);
  return { problems, preparedValidators: options.forGeneration ? compiled : null };
}

interface RequestExample {
  /** Pointer of the example's value (`…/example`, `…/examples/<name>/value`, or the `$ref`'d example's). */
  readonly pointer: string;
  readonly value: JsonValue;
  /** The component schema the request body refers to. */
  readonly schema: string;
}

/** The examples of every request body with a `$ref` schema, as Redocly's rule selects them. */
function requestExamples(document: OpenApiDocument): RequestExample[] {
  const found: RequestExample[] = [];
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const [route, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method) || !isJsonObject(operation) || !isJsonObject(operation.requestBody)) continue;
      const content = isJsonObject(operation.requestBody.content) ? operation.requestBody.content : {};
      for (const [type, media] of Object.entries(content)) {
        if (!isJsonObject(media) || !isJsonObject(media.schema) || typeof media.schema.$ref !== "string") continue;
        const schema = schemaNameOfRef(media.schema.$ref);
        if (schema === null) continue;
        const at = `/paths/${encodePointerSegment(route)}/${encodePointerSegment(method)}/requestBody/content/${encodePointerSegment(type)}`;
        // As Redocly's rule: `example` wins over `examples`; an example's `dataValue` over its `value`.
        if (media.example !== undefined) {
          found.push({ pointer: `${at}/example`, value: media.example, schema });
          continue;
        }
        if (!isJsonObject(media.examples)) continue;
        for (const [name, entry] of Object.entries(media.examples)) {
          const { node, pointer } = resolveLocal(document, entry, `${at}/examples/${encodePointerSegment(name)}`);
          if (!isJsonObject(node)) continue;
          if (node.dataValue !== undefined) found.push({ pointer: `${pointer}/dataValue`, value: node.dataValue, schema });
          else if (node.value !== undefined) found.push({ pointer: `${pointer}/value`, value: node.value, schema });
        }
      }
    }
  }
  return found;
}

/** A local `$ref` (`#/components/examples/x`) followed to its target, with the target's pointer. */
function resolveLocal(document: OpenApiDocument, node: JsonValue, pointer: string): { node: JsonValue | undefined; pointer: string } {
  if (!isJsonObject(node) || typeof node.$ref !== "string" || !node.$ref.startsWith("#/")) return { node, pointer };
  return { node: valueAt(document, fragmentSegments(node.$ref)), pointer: node.$ref.slice(1) };
}

/** Every media type object with `example` or `examples`, wherever a `content` map can be (schemas and examples are not walked). */
function mediaTypesWithExamples(document: JsonObject): { pointer: string; media: JsonObject }[] {
  const found: { pointer: string; media: JsonObject }[] = [];
  const visit = (node: JsonValue, pointer: string): void => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${pointer}/${index}`);
      return;
    }
    if (!isJsonObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === "schema" || key === "example" || key === "examples" || (pointer === "/components" && key === "schemas")) continue;
      const at = `${pointer}/${encodePointerSegment(key)}`;
      if (key === "content" && isJsonObject(child)) {
        for (const [type, media] of Object.entries(child)) {
          if (isJsonObject(media) && (media.example !== undefined || media.examples !== undefined))
            found.push({ pointer: `${at}/${encodePointerSegment(type)}`, media });
        }
      }
      visit(child, at);
    }
  };
  visit(document, "");
  return found;
}

function hasExternalRef(node: JsonValue): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRef);
  if (!isJsonObject(node)) return false;
  for (const [key, child] of Object.entries(node)) {
    if (key === "$ref" && typeof child === "string" && !child.startsWith("#")) return true;
    if (hasExternalRef(child)) return true;
  }
  return false;
}
