/**
 * docs/flavors.md lists every generator setting each flavor declares, with its values in the order
 * the flavor declares them and its default: the settings are an interface of chatspec.config, so a
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

  it.each(declared.map((entry) => [`${entry.flavor}.${entry.name}`, entry] as const))("%s has a row with its values and its default", (_label, entry) => {
    const row = page.split("\n").find((line) => line.startsWith(`| \`${entry.name}\``));
    expect(row, `a row for ${entry.name}`).toBeDefined();
    const cells = (row ?? "").split("|").map((cell) => cell.trim());
    // A setting that names something (a package) lists its default, then the pattern other names must match.
    const named = entry.option.pattern === undefined ? "" : `, or a name matching \`${entry.option.pattern}\``;
    expect(cells[2]).toBe(entry.option.values.map((value) => `\`${value}\``).join(", ") + named);
    // The default is the first value listed, or stated in a default column of its own.
    const stated = cells[3] === `\`${entry.option.default}\`` || entry.option.values[0] === entry.option.default;
    expect(stated, `${entry.name}: default ${entry.option.default}`).toBe(true);
  });
});
