/**
 * Every page chatspec generates for the canonical spec, in every flavor, read back by drift:
 * zero findings. The same grammar that writes a flavor reads it, so our docs agree with the spec
 * fact by fact (not just byte by byte with a snapshot). Each page's flavor is detected, and its
 * title names the schema it is compared with (no fallback to the request schema).
 */
import { describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/index.js";
import { flavors } from "../../generator/flavors/registry.js";
import { renderFlavorFromSpec } from "../helpers.js";
import { CANONICAL_SPEC, canonicalSpec } from "./support.js";

/** Pages per flavor: [all pages, pages compared field by field or value by value]. */
const EXPECTED: Readonly<Record<string, readonly [number, number]>> = {
  "speakeasy-python": [116, 94],
  "openapi-generator-rust": [83, 66],
  "mkdocs-material": [1, 1],
  "typedoc-markdown": [59, 44],
  reference: [59, 44],
};

describe("drift on chatspec's own pages", () => {
  for (const flavor of flavors) {
    // Every flavor under both member namings: a flavor that honours camelCase must still agree with the spec.
    for (const memberNames of ["wire", "camelCase"] as const) {
      it(`${flavor.id}${memberNames === "camelCase" ? " (camelCase members)" : ""}: every page agrees with the spec`, async () => {
        const spec = await canonicalSpec();
        const pages = await renderFlavorFromSpec(flavor, CANONICAL_SPEC, memberNames);
        const audits = pages.map((page) => auditPage(page.path, page.contents, spec));
        expect(audits.filter((audit) => audit.flavor !== flavor.id).map((audit) => audit.file)).toEqual([]);
        expect(audits.flatMap((audit) => audit.findings)).toEqual([]);
        expect(audits.filter((audit) => audit.note !== null).map((audit) => audit.note)).toEqual([]);
        expect([pages.length, audits.filter((audit) => audit.schemas.length > 0).length]).toEqual(EXPECTED[flavor.id]);
      });
    }
  }

  it("compares the request page of every flavor with CreateChatCompletionRequest", async () => {
    const spec = await canonicalSpec();
    const requestPages: Record<string, string> = {
      "speakeasy-python": "docs/speakeasy-python/models/createchatcompletionrequest.md",
      "openapi-generator-rust": "docs/openapi-generator-rust/docs/CreateChatCompletionRequest.md",
      "mkdocs-material": "docs/mkdocs-material/create-chat-completion-request.md",
      "typedoc-markdown": "docs/typedoc-markdown/interfaces/CreateChatCompletionRequest.md",
      reference: "docs/reference/CreateChatCompletionRequest.md",
    };
    for (const flavor of flavors) {
      const page = (await renderFlavorFromSpec(flavor, CANONICAL_SPEC)).find((file) => file.path === requestPages[flavor.id]);
      expect(page, flavor.id).toBeDefined();
      const audit = auditPage(page?.path ?? "", page?.contents ?? "", spec);
      expect(audit.schemas, flavor.id).toEqual(["CreateChatCompletionRequest"]);
    }
  });
});
