/**
 * The publishable package around the other emitters' files: package.json with an exports map, the
 * root index that re-exports types and validators, and the README (templates/package/README.md.hbs,
 * rendered by readme.ts; docs/package.md is the same rendering for the canonical spec).
 */
import { createRequire } from "node:module";
import { jsonBannerText, markdownBanner, scriptBanner } from "../../lib/banner.js";
import { normalizeNewlines, toJsonText } from "../../lib/text.js";
import { isJsonObject } from "../../openapi.js";
import { OutputPaths } from "../../naming.js";
import { defineEmitter } from "../types.js";
import { indexModule } from "./index-module.js";
import { profileIdOf } from "../../profiles/profile.js";
import { packageSubject, renderPackageReadme, specInfo } from "./readme.js";

/** The validators import AJV's runtime helpers and formats, and the client openapi-fetch, at the versions that generated them. */
// ajv for the runtime helpers a spec may need beyond formats and string length (`equal` for an object
// `enum`, …); the formats themselves ship in the package (runtime/formats.js), so no ajv-formats.
const RUNTIME_DEPENDENCIES = ["ajv", "openapi-fetch"] as const;

const require = createRequire(import.meta.url);

function runtimeDependencies(): Record<string, string> {
  // Self-reference by package name: resolves the same file from source (tests) and from dist/.
  const own = require("chatspec/package.json") as { dependencies: Record<string, string> };
  return Object.fromEntries(RUNTIME_DEPENDENCIES.map((name) => [name, `^${own.dependencies[name]}`]));
}

export const packageEmitter = defineEmitter({
  id: "package",
  output: "package",
  description: "package.json, index.js/index.d.ts and README of the publishable package",
  emit({ document, operation, roots, config, templates }) {
    const entry = indexModule(roots, operation, profileIdOf(document));
    const info = isJsonObject(document.info) ? document.info : {};
    const { title, version } = specInfo(document);
    const types = (file: string) => `./${file}`;
    const subject = packageSubject({ operation, roots });
    const packageJson = {
      "//": jsonBannerText,
      name: config.packageName,
      version,
      description: `Types and precompiled validators for ${title} (${subject}).`,
      type: "module",
      main: types(OutputPaths.index),
      types: types(OutputPaths.indexTypes),
      exports: {
        ".": { types: types(OutputPaths.indexTypes), default: types(OutputPaths.index) },
        // The validators alone, without the runtime and the schema module: the fastest cold start.
        "./validators": { types: types(OutputPaths.validatorTypes), default: types(OutputPaths.validators) },
        "./validators-strict": { types: types(OutputPaths.strictValidatorTypes), default: types(OutputPaths.strictValidators) },
        // The same validators with AJV's allErrors, which the readable errors load for invalid bodies.
        "./validators-all-errors": { types: types(OutputPaths.allErrorsValidatorTypes), default: types(OutputPaths.allErrorsValidators) },
        "./validators-strict-all-errors": {
          types: types(OutputPaths.strictAllErrorsValidatorTypes),
          default: types(OutputPaths.strictAllErrorsValidators),
        },
        "./schema.json": types(OutputPaths.schema),
        "./package.json": "./package.json",
      },
      sideEffects: false,
      dependencies: runtimeDependencies(),
      license: typeof info.license === "object" && isJsonObject(info.license) && typeof info.license.name === "string" ? info.license.name : "UNLICENSED",
    };
    const readme = renderPackageReadme({ document, operation, roots, config, templates });
    return [
      { path: OutputPaths.packageJson, contents: toJsonText(packageJson) },
      { path: OutputPaths.index, contents: normalizeNewlines(scriptBanner + entry.js) },
      { path: OutputPaths.indexTypes, contents: normalizeNewlines(scriptBanner + entry.dts) },
      { path: OutputPaths.readme, contents: normalizeNewlines(`${markdownBanner}${readme}`) },
    ];
  },
});
