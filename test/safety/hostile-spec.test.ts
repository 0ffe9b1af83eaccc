/**
 * Names and text from the spec are data, never code. test/fixtures/hostile/openapi.json uses names
 * that are not identifiers, reserved words and `__proto__`/`constructor`/`prototype`, and puts
 * `*\/`, backticks, `${}`, `</script>`, `|`, newlines, raw HTML, bidi controls and NUL into
 * descriptions, titles, enum values, `pattern`, `const`, `default` and property names.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { readOutputDir } from "../../generator/io/output-dir.js";
import { FIXTURES, ROOT, danglingLinks, projectTempDir, runCli } from "../helpers.js";

const run = promisify(execFile);
const spec = path.join(FIXTURES, "hostile/openapi.json");
let out: string;
let files: GeneratedFile[];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
}

beforeAll(async () => {
  out = path.join(projectTempDir("hostile"), "out");
  const result = await runCli(["generate", "--quiet", "--spec", spec, "--out", out]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  files = [...readOutputDir(out)].map(([file, contents]) => ({ path: file, contents }));
});

describe("a hostile spec", () => {
  it("leaves Object.prototype untouched", () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives TypeScript that compiles, with each comment intact", async () => {
    const types = readFileSync(path.join(out, "openapi.d.ts"), "utf8");
    expect(types).toContain("@description Ends a comment *\\/ then `ticks` ${interp} </script><script>alert(1)</script> a | pipe");
    expect(types).toContain("export type weirdName_");
    expect(types).toContain('= components["schemas"]["weird name"];');
    writeFileSync(
      path.join(out, "..", "consumer.ts"),
      [
        'import type { components } from "./out/index.js";',
        'import { validateWeirdName_1e88a0, parseWeirdName_1e88a0 } from "./out/index.js";',
        'type Request = components["schemas"]["weird name"];',
        'const request: Request = JSON.parse(\'{"__proto__":"x","class":"y"}\');',
        "if (validateWeirdName_1e88a0(request)) console.log(request.class);",
        "console.log(parseWeirdName_1e88a0(request).ok);",
        "",
      ].join("\n"),
    );
    writeFileSync(
      path.join(out, "..", "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        include: ["consumer.ts", "out/**/*.d.ts"],
      }),
    );
    const result = await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(out, "..", "tsconfig.json")]).catch(
      (error: { stdout: string }) => error,
    );
    expect("stdout" in result ? result.stdout : "").toBe("");
  });

  it("gives validators that treat every name and value as data", async () => {
    const module = (await import(path.join(out, "index.js"))) as Record<string, Validator>;
    const validate = module.validateWeirdName_1e88a0 as Validator;
    const body = (extra: string) => JSON.parse(`{"__proto__":"x","class":"y"${extra}}`) as unknown;
    expect(validate(body(""))).toBe(true);
    expect(validate(JSON.parse('{"class":"y"}'))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: "", keyword: "required", params: { missingProperty: "__proto__" } });
    expect(validate(JSON.parse('{"__proto__":"x"}'))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: "required", params: { missingProperty: "class" } });
    for (const value of ['a\\"b', "`c`", "*/", "${d}", "</script>", "e|f"])
      expect(validate(body(`,"with space":${JSON.stringify(JSON.parse(`"${value}"`))}`))).toBe(true);
    expect(validate(body(',"with space":"zzz"'))).toBe(false);
    expect(validate(body(`,"quote\\"s":"\\"'\`$"`))).toBe(true);
    expect(validate(body(',"quote\\"s":"abc"'))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/quote"s', keyword: "pattern" });
    expect(validate(body(`,"back\`tick":${JSON.stringify('"); process.exit(1); //')}`))).toBe(true);
    expect(validate(body(',"back`tick":"x"'))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: "/back`tick", keyword: "const" });
    expect(validate(body(',"*/":2'))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: "/*~1", keyword: "maximum" });
    expect(validate(body(',"constructor":1,"prototype":true,"nested":{"constructor":"c"}'))).toBe(true);
    expect(validate(body(',"prototype":"yes"'))).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });

  it("gives docs with no dangling link and no raw HTML from the spec, but where the flavor's generator copies it", () => {
    const pages = files.filter((file) => file.path.startsWith("docs/") && file.path.endsWith(".md"));
    expect(pages.length).toBeGreaterThan(10);
    expect(danglingLinks(pages)).toEqual([]);
    // Speakeasy copies HTML in spec text as is, and so does `speakeasy-python` by default (`html: raw`);
    // `html: escaped` is the setting for untrusted text (its property test: test/docs/speakeasy-python.test.ts).
    const copiesHtml = (file: string) => file.startsWith("docs/speakeasy-python/");
    for (const page of pages) {
      const outsideCode = page.contents.replace(/(`+)[\s\S]*?\1/g, "");
      expect([page.path, /<(script|b)\b/i.test(outsideCode)]).toEqual([page.path, copiesHtml(page.path) && page.path.endsWith("/weirdname.md")]);
      expect([page.path, page.contents.includes("\u0000")]).toEqual([page.path, false]);
    }
  });

  it("keeps every markdown table's rows at the header's cell count", () => {
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const page of files.filter((file) => file.path.startsWith("docs/") && file.path.endsWith(".md"))) {
      const lines = page.contents.split("\n");
      lines.forEach((line, index) => {
        if (!line.startsWith("|") || lines[index - 1]?.startsWith("|")) return;
        const rows = [];
        for (let row = index; lines[row]?.startsWith("|"); row++) rows.push(lines[row] as string);
        expect(rows.map((row) => [page.path, cells(row)])).toEqual(rows.map(() => [page.path, cells(line)]));
      });
    }
  });
});
