/**
 * docs/flavors.md lists every generator setting each flavor declares, with its values in the order
 * the flavor declares them (default first): the settings are an interface of chatspec.config, so a
 * setting added in code without its row fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flavors } from "../../generator/flavors/registry.js";
import { ROOT } from "../helpers.js";

const page = readFileSync(path.join(ROOT, "docs/flavors.md"), "utf8");

describe("docs/flavors.md generator settings", () => {
  const declared = flavors.flatMap((flavor) => Object.entries(flavor.options ?? {}).map(([name, option]) => ({ flavor: flavor.id, name, option })));

  it("has settings to document", () => {
    expect(declared.length).toBeGreaterThan(0);
  });

  it.each(declared.map((entry) => [`${entry.flavor}.${entry.name}`, entry] as const))("%s has a row with its values, default first", (_label, entry) => {
    expect(entry.option.values[0]).toBe(entry.option.default);
    const row = page.split("\n").find((line) => line.startsWith(`| \`${entry.name}\``));
    expect(row, `a row for ${entry.name}`).toBeDefined();
    const values = row?.split("|")[2]?.trim() ?? "";
    expect(values).toBe(entry.option.values.map((value) => `\`${value}\``).join(", "));
  });
});
