/**
 * docs/package.md and the generated package's README are one text (templates/package/README.md.hbs):
 * the page must be the current rendering for the canonical spec (`npm run docs` writes it), and the
 * README in generated/ the same rendering under the do-not-edit banner.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../generator/config.js";
import { renderPackageReadme, tarballName } from "../../generator/emitters/package/readme.js";
import { loadTemplates } from "../../generator/io/load-templates.js";
import { markdownBanner } from "../../generator/lib/banner.js";
import { packageDocsPage } from "../../scripts/docs-pages.js";
import { ROOT } from "../helpers.js";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("docs/package.md", () => {
  it("is the current rendering of templates/package/README.md.hbs for the canonical spec (run `npm run docs`)", async () => {
    expect(read("docs/package.md")).toBe(await packageDocsPage(ROOT));
  });

  it("ends with the generated package's README, banner aside", () => {
    const readme = read("generated/README.md");
    expect(readme.startsWith(markdownBanner)).toBe(true);
    expect(read("docs/package.md").endsWith(readme.slice(markdownBanner.length))).toBe(true);
  });

  it("is the template for every profile's README, with the profile's package name", () => {
    for (const id of ["atoma", "kluster", "r9s", "watsonx"]) {
      const readme = read(`generated/profiles/${id}/README.md`);
      expect(readme).toContain(`# @chatspec/chat-completions-${id}\n`);
      expect(readme).toContain(`import { createRequestValidator } from "@chatspec/chat-completions-${id}";`);
    }
  });
});

describe("package README template", () => {
  const templates = loadTemplates();
  const render = (title: string) =>
    renderPackageReadme({
      document: { openapi: "3.1.0", info: { title, version: "2.0.0" } },
      operation: null,
      roots: ["Pet"],
      config: resolveConfig(ROOT, { packageName: "@acme/pets" }),
      templates,
    });

  it("leaves the chat client and the chat examples out of a spec without the chat operation", () => {
    const readme = render("Pets");
    expect(
      readme.startsWith(
        "# @acme/pets\n\nPets 2.0.0: TypeScript types and precompiled JSON Schema validators for `Pet`, with readable errors, server middleware.\n",
      ),
    ).toBe(true);
    expect(readme).toContain('import { validatePet, formatErrors, type Pet } from "@acme/pets";');
    expect(readme).toContain("npm install ./acme-pets-2.0.0.tgz");
    expect(readme).not.toContain("createChatClient");
    expect(readme).not.toContain("<!-- example: server -->");
  });

  it("keeps the spec's title as text", () => {
    const readme = render("A <script>x</script>\n\nAPI {{x}}");
    expect(readme).toContain("# @acme/pets\n\nA &lt;script&gt;x&lt;/script&gt; API {{x}} 2.0.0: ");
  });

  it("names the tarball as npm pack does", () => {
    expect(tarballName("@chatspec/chat-completions", "0.1.0")).toBe("chatspec-chat-completions-0.1.0.tgz");
    expect(tarballName("plain", "1.2.3")).toBe("plain-1.2.3.tgz");
  });
});
