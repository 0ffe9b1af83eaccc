/**
 * Standalone validators: the request schema compiled by AJV ahead of time into ES modules that
 * compile nothing at run time (`validators.js`, and the strict variant in `validators-strict.js`),
 * plus their type-guard declarations and the published `schema.json`. Each variant is compiled a
 * second time with AJV's `allErrors` (`validators-all-errors.js`, `validators-strict-all-errors.js`):
 * the fast modules stop at the first problem, and the package's readable errors load the all-errors
 * module of a variant only once a body has failed it (runtime/all-errors.ts), to report every problem.
 */
import { ChatspecError } from "../../errors.js";
import type { OpenApiDocument } from "../../openapi.js";
import { jsonBannerText, scriptBanner } from "../../lib/banner.js";
import { normalizeNewlines, toJsonText } from "../../lib/text.js";
import { OutputPaths, typeName, validatorName } from "../../naming.js";
import { defineEmitter, type GeneratedFile } from "../types.js";

import { storedOrMade } from "./module-store.js";
import {
  ALL_ERRORS,
  compilationKey,
  fastOptions,
  isCompiled,
  preparedFor,
  variantSource,
  type PreparedValidators,
  type Variant,
  type VariantSource,
} from "./variant-source.js";
import type { JsonSchemaBundle } from "./json-schema.js";
import { encodeFragmentSegment } from "../../runtime/json-pointer.js";

/**
 * AJV's strict-mode refusals that a `--normalize` rule repairs (docs/normalize.md): specs written
 * for other tools often `require` a property they never define, or use one type's keywords without
 * `type`. The error names the rule, so the way forward is in the one line the user reads.
 */
const NORMALIZE_REPAIRS: readonly (readonly [RegExp, string])[] = [
  [/\(strictRequired\)/, "undeclared-required"],
  [/\(strictTypes\)/, "implied-type"],
];

function normalizeHint(reason: string): string {
  const rule = NORMALIZE_REPAIRS.find(([pattern]) => pattern.test(reason))?.[1];
  return rule === undefined ? "" : `; --normalize repairs this (rule ${rule})`;
}

/** Docs never need the validators: the way to get them from a spec AJV refuses as it is. */
const DOCS_ONLY_HINT = "; --outputs docs writes the docs without them";

export const validatorsEmitter = defineEmitter({
  id: "validators",
  output: "package",
  description: "AJV standalone validators (ES module + type guards) and the bundled JSON Schema",
  async emit({ document, roots, preparedValidators }) {
    let open: JsonSchemaBundle;
    let code: string;
    let strictCode: string;
    let allErrorsCode: string;
    let strictAllErrorsCode: string;
    try {
      // The default variant may already be compiled: the request-example check ran the spec's
      // examples through it (generator/lint/request-examples.ts), and the loader handed it over.
      // One variant at a time, each compilation dropped once its module is written (modulesOf).
      const openModules = await modulesOf(document, roots, "default", preparedValidators);
      open = openModules.bundle;
      code = openModules.code;
      allErrorsCode = openModules.allErrorsCode;
      const strictModules = await modulesOf(document, roots, "strict", null);
      strictCode = strictModules.code;
      strictAllErrorsCode = strictModules.allErrorsCode;
    } catch (error) {
      // The converter's own refusals (json-schema.ts) already say where they are.
      if (error instanceof ChatspecError) throw error;
      // AJV's strict mode refuses schemas that lint may let through (or that a profile produced).
      // That is a problem with the spec, reported as such, not an internal error.
      const reason = error instanceof Error ? error.message : String(error);
      throw new ChatspecError(
        `the validators cannot be compiled: ${reason.replace(/ at "https:\/\/chatspec\.dev\/[^"]*"/, "")}${normalizeHint(reason)}${DOCS_ONLY_HINT}`,
        {
          kind: "spec",
          location: { pointer: "/components/schemas" },
        },
      );
    }

    const schemaJson = {
      $comment: jsonBannerText,
      $schema: open.$schema,
      $id: open.$id,
      $ref: `#/$defs/${encodeFragmentSegment(roots[0] ?? "")}`,
      $defs: open.$defs,
    };
    const files: GeneratedFile[] = [
      { path: OutputPaths.validators, contents: code },
      { path: OutputPaths.validatorTypes, contents: normalizeNewlines(scriptBanner + declarations(roots, "default")) },
      { path: OutputPaths.strictValidators, contents: strictCode },
      { path: OutputPaths.strictValidatorTypes, contents: normalizeNewlines(scriptBanner + declarations(roots, "strict")) },
      { path: OutputPaths.allErrorsValidators, contents: allErrorsCode },
      { path: OutputPaths.allErrorsValidatorTypes, contents: normalizeNewlines(scriptBanner + declarations(roots, "default", true)) },
      { path: OutputPaths.strictAllErrorsValidators, contents: strictAllErrorsCode },
      { path: OutputPaths.strictAllErrorsValidatorTypes, contents: normalizeNewlines(scriptBanner + declarations(roots, "strict", true)) },
      { path: OutputPaths.schema, contents: toJsonText(schemaJson) },
      // The same bundle as a module, so the runtime can read titles and rule descriptions for error
      // messages without JSON import attributes.
      { path: OutputPaths.schemaModule, contents: normalizeNewlines(`${scriptBanner}export const schema = ${JSON.stringify(schemaJson)};\n`) },
      {
        path: OutputPaths.schemaModuleTypes,
        contents: normalizeNewlines(
          `${scriptBanner}/** The bundled JSON Schema 2020-12 the validators were compiled from (also \`schema.json\`). */\nexport declare const schema: Record<string, unknown>;\n`,
        ),
      },
    ];
    return files;
  },
});

/**
 * A variant's fast module and its all-errors module, each as its file's text, with the bundle they were compiled from. Each
 * module is looked up in the module store, when one is in use (module-store.ts), before it is
 * compiled. Each AJV instance is unreachable from here once its module is written (unless the caller
 * keeps it, as a loader's compilation is kept): on the full OpenAI spec one holds 70 to 80 MB, and
 * holding the four of a run at once is what set the peak memory of a large spec.
 */
async function modulesOf(
  document: OpenApiDocument,
  roots: readonly string[],
  variant: Variant,
  prepared: PreparedValidators | null | undefined,
): Promise<{ bundle: JsonSchemaBundle; code: string; allErrorsCode: string }> {
  const ready = preparedFor(prepared, roots, variant);
  const source: VariantSource = ready ?? variantSource(document, roots, variant);
  const fast = fastOptions(variant);
  // The store keeps each module as the file's text: a long-lived process then hands out the very
  // string it wrote before, which V8 has flattened and hashed once (no newline pass, no hashing again).
  const code = await storedOrMade(
    () => compilationKey(source, fast),
    async () => {
      const { compileSource, moduleCode } = await compiler();
      return moduleFile(moduleCode(ready !== null && isCompiled(ready) ? ready : compileSource(source, fast)));
    },
  );
  const allErrorsCode = await storedOrMade(
    () => compilationKey(source, ALL_ERRORS),
    async () => {
      const { compileSource, moduleCode } = await compiler();
      return moduleFile(moduleCode(compileSource(source, ALL_ERRORS)));
    },
  );
  return { bundle: source.bundle, code, allErrorsCode };
}

/** A module's code as the file holds it: the banner, LF line endings and one final newline. */
function moduleFile(code: string): string {
  return normalizeNewlines(scriptBanner + code);
}

/** AJV and the module writer, loaded when a module is to be compiled (a cache miss, or no cache). */
async function compiler(): Promise<Pick<typeof import("./compile.js"), "compileSource"> & Pick<typeof import("./module-code.js"), "moduleCode">> {
  const [{ compileSource }, { moduleCode }] = await Promise.all([import("./compile.js"), import("./module-code.js")]);
  return { compileSource, moduleCode };
}

/** validators.d.ts declares `Validator` and the default validators; the other modules' declarations import it. */
function declarations(roots: readonly string[], variant: "default" | "strict", allErrors = false): string {
  const typeImports = roots.map(typeName).join(", ");
  const lines =
    variant === "default" && !allErrors
      ? [
          `import type { ErrorObject } from "ajv";`,
          `import type { ${typeImports} } from "./${OutputPaths.types.replace(/\.d\.ts$/, ".js")}";`,
          "",
          "/**",
          " * A precompiled AJV validate function. It returns whether `data` is valid, narrows its type when",
          " * it is, and leaves the reasons in `errors` when it is not (null after a successful call).",
          " */",
          "export interface Validator<T> {",
          "  (data: unknown): data is T;",
          "  errors?: ErrorObject[] | null;",
          "}",
        ]
      : [
          `import type { ${typeImports} } from "./${OutputPaths.types.replace(/\.d\.ts$/, ".js")}";`,
          `import type { Validator } from "./${OutputPaths.validators}";`,
        ];
  // The all-errors validators give the same verdicts; they only go on after the first problem.
  const everyProblem = allErrors ? " Reports every problem in `errors` (AJV's `allErrors`), where the fast one stops at the first." : "";
  for (const root of roots) {
    lines.push(
      "",
      variant === "default"
        ? `/** Validates a \`${typeName(root)}\`. Unknown properties are allowed, as the API allows them.${everyProblem} */`
        : `/** Validates a \`${typeName(root)}\` and also rejects unknown properties on every object with a fixed set of properties (typos such as \`max_token\`). Free-form objects and maps stay open.${everyProblem} */`,
      `export declare const ${validatorName(root, variant, { allErrors })}: Validator<${typeName(root)}>;`,
    );
  }
  return `${lines.join("\n")}\n`;
}
