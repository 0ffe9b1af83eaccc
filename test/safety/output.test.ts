/**
 * Output is never lost or half-written: a failure in the middle of writing leaves the previous
 * output intact, and dangerous output folders are refused before anything is written.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChatspecError } from "../../generator/errors.js";
import { assertSafeOutDir, readOutputDir, replaceOutputDir } from "../../generator/io/output-dir.js";
import { ROOT, generateFrom, projectTempDir, runCli } from "../helpers.js";

describe("an interrupted write", () => {
  it("leaves the previous output intact and no staging folder behind", async () => {
    const parent = projectTempDir("interrupted");
    const dir = path.join(parent, "out");
    cpSync(path.join(ROOT, "generated"), dir, { recursive: true });
    writeFileSync(path.join(dir, "mine.txt"), "user file\n");
    const before = readOutputDir(dir);
    const files = (await generateFrom(path.join(ROOT, "spec/openapi.yaml"))).map((file) => (file.path === "index.js" ? { ...file, contents: "// changed\n" } : file));
    let written = 0;
    const failingWriter = (file: string, contents: string): void => {
      if (++written === 5) throw new Error("disk full");
      writeFileSync(file, contents);
    };
    expect(() => replaceOutputDir(dir, files, "out", failingWriter)).toThrow("disk full");
    expect(written).toBe(5);
    expect(readOutputDir(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("swaps in the new output when every write succeeds", async () => {
    const parent = projectTempDir("swap");
    const dir = path.join(parent, "out");
    cpSync(path.join(ROOT, "generated"), dir, { recursive: true });
    const files = (await generateFrom(path.join(ROOT, "spec/openapi.yaml"))).map((file) => (file.path === "index.js" ? { ...file, contents: "// changed\n" } : file));
    replaceOutputDir(dir, files, "out");
    expect(readFileSync(path.join(dir, "index.js"), "utf8")).toBe("// changed\n");
    expect(readdirSync(parent)).toEqual(["out"]);
  });
});

describe("dangerous output folders", () => {
  const spec = path.join(ROOT, "spec/openapi.yaml");
  const refusal = (out: string) => {
    try {
      assertSafeOutDir(out, { cwd: ROOT, spec, display: out });
      return null;
    } catch (error) {
      return error instanceof ChatspecError ? error.message : String(error);
    }
  };

  it.each([
    ["/", "refusing to write output to the file-system root; choose a dedicated folder such as generated/"],
    [os.homedir(), "refusing to write output to the home folder; choose a dedicated folder such as generated/"],
    [ROOT, "refusing to write output to the project root; choose a dedicated folder such as generated/"],
    [path.dirname(ROOT), "refusing to write output to a folder that contains the project root; choose a dedicated folder such as generated/"],
    [path.join(ROOT, "spec"), "refusing to write output to the folder that holds the spec; choose a dedicated folder such as generated/"],
  ])("refuses %s", (out, message) => {
    expect(refusal(out)).toBe(message);
  });

  it.each([path.join(ROOT, "generated"), path.join(ROOT, "spec/generated"), path.join(os.tmpdir(), "chatspec-out")])("accepts %s", (out) => {
    expect(refusal(out)).toBeNull();
  });

  it("the CLI refuses --out . with exit 2 and writes nothing", async () => {
    const result = await runCli(["generate", "--out", "."]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: ".: refusing to write output to the project root; choose a dedicated folder such as generated/\n" });
    expect(existsSync(path.join(ROOT, "validators.js"))).toBe(false);
  });
});
