/**
 * The package entry (`index.js` + `index.d.ts`): re-exports types and validators, and binds the
 * runtime to this spec's validators and schema: formatErrors, parse<Root>, createRequestValidator
 * and, when the spec has `POST /chat/completions`, createChatClient. The readable errors know each
 * validator's all-errors twin by module and export name only (runtime/all-errors.ts): the entry
 * does not import those modules, so neither importing the package nor validating a valid body
 * loads them.
 */
import type { ChatOperation } from "../../openapi.js";
import { OutputPaths, parserName, typeName, validatorName } from "../../naming.js";

const js = (file: string) => `./${file}`;
const typesModule = js(OutputPaths.types.replace(/\.d\.ts$/, ".js"));
const runtime = (name: string) => `./${OutputPaths.runtimeDir}/${name}.js`;

/**
 * Comments name schemas by their identifiers (`typeName`), never by the raw schema name, which is
 * spec text and could contain the characters that end a comment.
 */
export function indexModule(roots: readonly string[], operation: ChatOperation | null, profile: string | null): { js: string; dts: string } {
  // A profile's package tells its readable errors which profile it is (runtime/errors.ts).
  const errorToolsFor = (root: string) =>
    `createErrorTools(schema, ${JSON.stringify(root)}, { ${profile === null ? "" : `profile: ${JSON.stringify(profile)}, `}allErrors })`;
  const twin = (root: string, variant: "default" | "strict") =>
    `[${validatorName(root, variant)}, "${js(variant === "default" ? OutputPaths.allErrorsValidators : OutputPaths.strictAllErrorsValidators)}", "${validatorName(root, variant, { allErrors: true })}"]`;
  const rootName = roots[0] ?? "";
  const main = typeName(rootName);
  const validate = validatorName(rootName, "default");
  const strict = validatorName(rootName, "strict");
  const body = [
    `import { schema } from "${js(OutputPaths.schemaModule)}";`,
    `import { createErrorTools } from "${runtime("errors")}";`,
    `import { allErrorsLoader } from "${runtime("all-errors")}";`,
    `import { createRequestValidatorFor } from "${runtime("server")}";`,
    ...(operation === null ? [] : [`import { createChatClientFor } from "${runtime("client")}";`]),
    `import { ${roots.map((root) => validatorName(root, "default")).join(", ")} } from "${js(OutputPaths.validators)}";`,
    `import { ${roots.map((root) => validatorName(root, "strict")).join(", ")} } from "${js(OutputPaths.strictValidators)}";`,
    "",
    `export * from "${js(OutputPaths.validators)}";`,
    `export * from "${js(OutputPaths.strictValidators)}";`,
    `export { schema } from "${js(OutputPaths.schemaModule)}";`,
    `export { createErrorTools } from "${runtime("errors")}";`,
    ...(operation === null ? [] : [`export { ChatRequestValidationError } from "${runtime("client")}";`]),
    "",
    "// Each validator with its all-errors twin, loaded on the first invalid body (runtime/all-errors.js).",
    "const allErrors = allErrorsLoader(import.meta.url, [",
    ...roots.flatMap((root) => [`  ${twin(root, "default")},`, `  ${twin(root, "strict")},`]),
    "]);",
    "",
    `const errorTools = ${errorToolsFor(rootName)};`,
    "",
    `/** Readable problems ({ path, param, message, keyword }) from the errors of a ${main} validator; with the input, every problem of it. */`,
    "export const describeErrors = errorTools.describe;",
    "",
    `/** One line per problem, from the errors of a ${main} validator; with the input, every problem of it. */`,
    "export const formatErrors = errorTools.format;",
    ...roots.flatMap((root) => {
      const tools = root === rootName ? "errorTools" : errorToolsFor(root);
      return [
        "",
        `export function ${parserName(root)}(input, options = {}) {`,
        `  const validate = options.strict === true ? ${validatorName(root, "strict")} : ${validatorName(root, "default")};`,
        `  return validate(input) ? { ok: true, value: input } : { ok: false, errors: ${tools}.describe(validate.errors, input) };`,
        "}",
      ];
    }),
    "",
    `export const createRequestValidator = createRequestValidatorFor({ validate: ${validate}, validateStrict: ${strict}, describe: describeErrors });`,
    ...(operation === null ? [] : ["", `export const createChatClient = createChatClientFor({ validate: ${validate}, describe: describeErrors });`]),
  ];
  const declarations = [
    `export type * from "${typesModule}";`,
    `export * from "${js(OutputPaths.validators)}";`,
    `export * from "${js(OutputPaths.strictValidators)}";`,
    `export { schema } from "${js(OutputPaths.schemaModule)}";`,
    `export { createErrorTools } from "${runtime("errors")}";`,
    `export type { ErrorTools, RequestProblem, ValidationErrorObject } from "${runtime("errors")}";`,
    `export type { ErrorBody, ErrorDetail, CheckResult, RequestValidator, RequestValidatorOptions } from "${runtime("server")}";`,
    `import type { ErrorTools, RequestProblem } from "${runtime("errors")}";`,
    `import type { RequestValidator, RequestValidatorOptions } from "${runtime("server")}";`,
    `import type { ${roots.map(typeName).join(", ")}${operation === null ? "" : ", paths"} } from "${typesModule}";`,
    ...(operation === null
      ? []
      : [
          `export { ChatRequestValidationError } from "${runtime("client")}";`,
          `export type { ChatClient, ChatClientOptions } from "${runtime("client")}";`,
          `import type { ChatClient, ChatClientOptions } from "${runtime("client")}";`,
        ]),
    "",
    "/**",
    ` * Readable problems ({ path, param, message, keyword }) from the errors of a ${main} validator.`,
    ` * Pass the input too (\`describeErrors(${validate}.errors, body)\`) to quote offending values and`,
    " * get every problem of it: the validators stop at the first, so the input is validated again by the",
    " * same validator compiled with AJV's `allErrors`, loaded on first use. The first problem stays the",
    " * validator's own; the others follow in the order of the schema's properties and the input's items.",
    " */",
    'export declare const describeErrors: ErrorTools["describe"];',
    "",
    `/** One line per problem, e.g. \`/temperature: must be at most 2 (got 3.5)\`; with the input, every problem of it (see describeErrors). */`,
    'export declare const formatErrors: ErrorTools["format"];',
    "",
    "/** A parsed value, or every problem of the input (see describeErrors), the first being the one the validator stopped at. */",
    "export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: RequestProblem[] };",
    ...roots.flatMap((root) => [
      "",
      `/** Validates \`input\` as a \`${typeName(root)}\` (with \`strict\`, also rejecting unknown properties) and returns it or every problem of it. */`,
      `export declare function ${parserName(root)}(input: unknown, options?: { readonly strict?: boolean }): ParseResult<${typeName(root)}>;`,
    ]),
    "",
    `/** Middleware for node:http, Express and Fastify that answers invalid ${main} bodies with an OpenAI-style 400. */`,
    `export declare function createRequestValidator(options?: RequestValidatorOptions): RequestValidator<${main}>;`,
    ...(operation === null
      ? []
      : [
          "",
          `/** An openapi-fetch client for \`${operation.method.toUpperCase()} ${operation.path}\` that validates bodies before sending (unless \`validate: false\`). */`,
          `export declare function createChatClient(options: ChatClientOptions): ChatClient<paths, ${main}>;`,
        ]),
  ];
  return { js: `${body.join("\n")}\n`, dts: `${declarations.join("\n")}\n` };
}
