/**
 * An Example Object's `externalValue` is the URL of an example kept somewhere else, often a path on
 * the API's own web site (`/assets/examples/wallet.json`). Redocly follows it like a `$ref`, to lint
 * the example, so a URL that does not resolve here would stop the run as an unresolvable `$ref`. No
 * generator reads it (openapi-generator and Speakeasy leave it alone, and so does every chatspec
 * output), so a miss there is not an input error: the bundle keeps the example as written. (Lint
 * does not report it either: Redocly's no-unresolved-refs rule visits `$ref`s only.)
 */
import type { Document, NormalizedProblem } from "@redocly/openapi-core";
import { fragmentSegments } from "../../runtime/json-pointer.js";

/** Whether `problem` is Redocly failing to follow an `externalValue` of the root document. */
export function isExternalValueMiss(problem: NormalizedProblem, document: Document): boolean {
  const location = problem.location[0];
  if (location === undefined || location.source.absoluteRef !== document.source.absoluteRef) return false;
  let node: unknown = document.parsed;
  for (const segment of fragmentSegments(location.pointer ?? "#")) {
    if (typeof node !== "object" || node === null) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  if (typeof node !== "object" || node === null || Array.isArray(node)) return false;
  const example = node as Record<string, unknown>;
  return typeof example.externalValue === "string" && !("$ref" in example);
}
