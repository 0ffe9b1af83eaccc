/**
 * Output is never lost or half-written: a failure in the middle of writing leaves the previous
 * output intact, and dangerous output folders are refused before anything is written.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
    const files = (await generateFrom(path.join(ROOT, "spec/openapi.yaml"))).map((file) =>
      file.path === "index.js" ? { ...file, contents: "// changed\n" } : file,
    );
    let written = 0;
    const failingWriter = (file: string, contents: string): void => {
      if (++written === 5) throw new Error("disk full");
      writeFileSync(file, contents);
    };
    expect(() => replaceOutputDir(dir, files, "out", { writeFile: failingWriter })).toThrow("disk full");
    expect(written).toBe(5);
    expect(readOutputDir(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("swaps in the new output when every write succeeds", async () => {
    const parent = projectTempDir("swap");
    const dir = path.join(parent, "out");
    cpSync(path.join(ROOT, "generated"), dir, { recursive: true });
    const files = (await generateFrom(path.join(ROOT, "spec/openapi.yaml"))).map((file) =>
      file.path === "index.js" ? { ...file, contents: "// changed\n" } : file,
    );
    replaceOutputDir(dir, files, "out");
    expect(readFileSync(path.join(dir, "index.js"), "utf8")).toBe("// changed\n");
    expect(readdirSync(parent)).toEqual(["out"]);
  });
});

describe("unchanged files", () => {
  it("are hard-linked from the old tree; changed, hand-edited and new files are written", async () => {
    const parent = projectTempDir("links");
    const dir = path.join(parent, "out");
    cpSync(path.join(ROOT, "generated"), dir, { recursive: true });
    writeFileSync(path.join(dir, "README.md"), "edited by hand\n");
    writeFileSync(path.join(dir, "mine.txt"), "user file\n");
    const inodeOf = (file: string): number => statSync(path.join(dir, file)).ino;
    const before = { schema: inodeOf("schema.json"), mine: inodeOf("mine.txt") };
    const fresh = await generateFrom(path.join(ROOT, "spec/openapi.yaml"));
    const files = fresh.map((file) => (file.path === "index.js" ? { ...file, contents: "// changed\n" } : file));
    const written: string[] = [];
    const countingWriter = (file: string, contents: string): void => {
      written.push(
        path
          .relative(path.join(parent, `.out.chatspec-new-${process.pid}`), file)
          .split(path.sep)
          .join("/"),
      );
      writeFileSync(file, contents);
    };
    replaceOutputDir(dir, files, "out", { onDisk: readOutputDir(dir), writeFile: countingWriter });
    expect(written).toEqual(["README.md", "index.js"]);
    expect(inodeOf("schema.json")).toBe(before.schema);
    expect(inodeOf("mine.txt")).toBe(before.mine);
    expect(readOutputDir(dir)).toEqual(
      new Map<string, string>([...files.map((file): [string, string] => [file.path, file.contents]), ["mine.txt", "user file\n"]]),
    );
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("are copied where the file system refuses a hard link", async () => {
    const parent = projectTempDir("no-links");
    const dir = path.join(parent, "out");
    cpSync(path.join(ROOT, "generated"), dir, { recursive: true });
    const before = statSync(path.join(dir, "schema.json")).ino;
    const files = await generateFrom(path.join(ROOT, "spec/openapi.yaml"));
    const refusingLink = (): void => {
      throw Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" });
    };
    replaceOutputDir(dir, files, "out", { onDisk: readOutputDir(dir), link: refusingLink });
    expect(statSync(path.join(dir, "schema.json")).ino).not.toBe(before);
    expect(readOutputDir(dir)).toEqual(new Map(files.map((file) => [file.path, file.contents])));
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
