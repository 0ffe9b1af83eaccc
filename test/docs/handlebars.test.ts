import { describe, expect, it } from "vitest";
import { createRenderer } from "../../generator/emitters/docs/handlebars.js";

describe("createRenderer", () => {
  const templates = new Map([
    ["demo/page.md.hbs", "# {{title}}\n{{> row name=field}}"],
    ["demo/partials/row.hbs", "- {{name}}\n"],
  ]);

  it("renders a flavor's template with its partials, unescaped", () => {
    expect(createRenderer(templates, "demo")("page.md", { title: "A <b>", field: "x|y" })).toBe("# A <b>\n- x|y\n");
  });

  it("compiles a template set once per flavor: the same set gives the same renderer", () => {
    expect(createRenderer(templates, "demo")).toBe(createRenderer(templates, "demo"));
    expect(createRenderer(templates, "demo")).not.toBe(createRenderer(templates, "other"));
  });

  it("reuses it for the same texts loaded again (a long-lived process reads the templates for every run)", () => {
    expect(createRenderer(new Map(templates), "demo")).toBe(createRenderer(templates, "demo"));
  });

  it("does not reuse a renderer for another template set, even one with the same names", () => {
    const edited = new Map(templates);
    edited.set("demo/page.md.hbs", "## {{title}}");
    expect(createRenderer(edited, "demo")).not.toBe(createRenderer(templates, "demo"));
    expect(createRenderer(edited, "demo")("page.md", { title: "T" })).toBe("## T");
    expect(createRenderer(templates, "demo")("page.md", { title: "T", field: "f" })).toBe("# T\n- f\n");
  });

  it("keeps strict mode: a missing view key is an error", () => {
    expect(() => createRenderer(templates, "demo")("page.md", { field: "f" })).toThrow(/"title" not defined/);
  });
});
