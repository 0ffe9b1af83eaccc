/**
 * Where Speakeasy puts model pages and how it names their module. Older SDKs and SDKs with
 * `imports.paths.shared: models/components` keep shared models in `docs/models/components/` and
 * write `components.X`; the seeds' SDKs keep everything in `docs/models/` and write `models.X`.
 */
import type { SpeakeasySettings } from "./settings.js";

export interface PageLayout {
  /** Folder of the model pages inside the flavor's folder. */
  readonly folder: string;
  /** The Python module in type labels: `models` in `models.Tool`. */
  readonly module: string;
  /** What a link from one model page to another starts with; Speakeasy always climbs to `docs/`. */
  readonly linkPrefix: string;
}

export function pageLayout(layout: SpeakeasySettings["layout"]): PageLayout {
  return layout === "components"
    ? { folder: "models/components", module: "components", linkPrefix: "../../models/components/" }
    : { folder: "models", module: "models", linkPrefix: "../models/" };
}
