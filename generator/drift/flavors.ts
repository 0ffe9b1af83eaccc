/**
 * The flavors drift can read: every flavor of the registry, each read by its own reader (what each
 * grammar can express is in the reader's traits).
 */
import { ChatspecError } from "../errors.js";
import type { FlavorReader } from "../flavors/flavor.js";
import { flavorIds } from "../flavors/catalog.js";
import { flavorById } from "../flavors/registry.js";
import type { DocPage } from "./doc-model.js";

/** The reader of a flavor; an unknown id is an input error. */
export function readerOf(flavor: string): FlavorReader {
  const found = flavorById(flavor);
  if (found === undefined) throw new ChatspecError(`unknown doc flavor "${flavor}" (known: ${flavorIds.join(", ")})`, { kind: "option" });
  return found.reader;
}

export function parsePage(flavor: string, text: string): DocPage {
  return readerOf(flavor).parse(text);
}
