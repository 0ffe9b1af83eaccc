/**
 * Where a model's page is written and where links to it point. The tool writes
 * `docs/<ModelName>.md` (`CreateChatCompletionRequestStop.md`) but, before 7.24, links to a model by
 * its schema name (`CreateChatCompletionRequest_stop.md`), so links to inline models dangle. The
 * default `linked` setting names both after the schema so that every link resolves.
 */
import { pageFileName } from "../../naming.js";
import { toModelName } from "./naming.js";
import type { RustSettings } from "./settings.js";

export interface PageFiles {
  /** The page's file name without `.md`, for a model's raw (schema or inline) name. */
  file(name: string): string;
  /** The file name a link to the model points at, without `.md`. */
  link(name: string): string;
  /** True when links to what is not a model (`string.md`, `.md`) are printed as the tool prints them. */
  readonly danglingLinks: boolean;
}

export function pageFiles(settings: RustSettings): PageFiles {
  if (!settings.generatorPages) return { file: pageFileName, link: pageFileName, danglingLinks: false };
  return { file: toModelName, link: settings.linksByFileName ? toModelName : (name) => name, danglingLinks: true };
}
