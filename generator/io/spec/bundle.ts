/**
 * Bundles the resolved spec into one plain JSON document (Redocly's bundler, through the same
 * resolver lint used). A `$ref` the bundler cannot resolve is an input error at the `$ref`; an
 * example's `externalValue` it cannot follow is left as it is (external-values.ts).
 */
import { bundle, type Config, type Document } from "@redocly/openapi-core";
import type { OpenApiDocument } from "../../openapi.js";
import type { GuardedResolver } from "../guarded-resolver.js";
import { isExternalValueMiss } from "./external-values.js";
import { refError, toLintProblem } from "./lint.js";

export async function bundleSpec(
  document: Document,
  config: Config,
  resolver: GuardedResolver,
  display: (file: string) => string,
  cwd: string,
): Promise<OpenApiDocument> {
  const bundled = await bundle({ doc: document, config, externalRefResolver: resolver });
  const unresolved = bundled.problems.find((problem) => problem.severity === "error" && !isExternalValueMiss(problem, document));
  if (unresolved !== undefined) throw refError(toLintProblem(unresolved, display), cwd);
  return bundled.bundle.parsed as OpenApiDocument;
}
