/**
 * The validator cache on disk (generator/io/module-store-dir.ts): entries come back whole or not at
 * all, a store that cannot write is silent, other code identities' folders and the least recently
 * used entries beyond the bound are removed, and the cache sits where find-cache-dir puts it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeIdentity, directoryStore, openModuleStore } from "../../generator/io/module-store-dir.js";

const scratch = (): string => mkdtempSync(path.join(tmpdir(), "chatspec-store-"));

describe("directoryStore", () => {
  it("gives back what was written under a key, and null for a key never written", () => {
    const root = scratch();
    const store = directoryStore(root, () => "code-a");
    store.write("module-1", "export const a = 1;\n");
    expect(store.read("module-1")).toBe("export const a = 1;\n");
    expect(store.read("module-2")).toBeNull();
    expect(readdirSync(path.join(root, "code-a"))).toEqual(["module-1"]);
  });

  it("keeps what it read or wrote in memory: a long-lived process reads an entry once", () => {
    const root = scratch();
    const store = directoryStore(root, () => "code-a");
    store.write("module-1", "one");
    rmSync(path.join(root, "code-a", "module-1"));
    expect(store.read("module-1")).toBe("one");
    // Another store (another process) finds it gone.
    expect(directoryStore(root, () => "code-a").read("module-1")).toBeNull();
  });

  it("reads an entry it cannot read as a miss, and ignores a write it cannot make", () => {
    const root = scratch();
    mkdirSync(path.join(root, "code-a", "module-dir"), { recursive: true });
    expect(directoryStore(root, () => "code-a").read("module-dir")).toBeNull();
    // The root is a file: nothing can be written under it, and nothing throws.
    const file = path.join(root, "a-file");
    writeFileSync(file, "x");
    const blocked = directoryStore(file, () => "code-a");
    expect(() => blocked.write("module-1", "text")).not.toThrow();
    expect(directoryStore(file, () => "code-a").read("module-1")).toBeNull();
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  it("removes the folders of other code identities at its first write, and keeps the 200 entries used last", () => {
    const root = scratch();
    mkdirSync(path.join(root, "code-old"), { recursive: true });
    writeFileSync(path.join(root, "code-old", "module-1"), "old");
    const dir = path.join(root, "code-a");
    mkdirSync(dir);
    for (let index = 0; index < 205; index++) {
      const file = path.join(dir, `module-${String(index).padStart(3, "0")}`);
      writeFileSync(file, String(index));
      // Older index, older use; module-000 to module-004 the oldest.
      const at = new Date(Date.UTC(2026, 0, 1) + index * 1000);
      utimesSync(file, at, at);
    }
    const store = directoryStore(root, () => "code-a");
    // 205 entries and a new one: the six used longest ago go, but module-000, which a read marks as used now.
    expect(store.read("module-000")).toBe("0");
    store.write("module-new", "new");
    expect(existsSync(path.join(root, "code-old"))).toBe(false);
    const kept = readdirSync(dir).sort();
    expect(kept).toHaveLength(200);
    expect(kept.slice(0, 3)).toEqual(["module-000", "module-007", "module-008"]);
    expect(kept).toContain("module-new");
  });

  it("keeps the entries used last within a byte budget", () => {
    const root = scratch();
    const dir = path.join(root, "code-a");
    mkdirSync(dir, { recursive: true });
    for (const [index, name] of ["module-a", "module-b", "module-c"].entries()) {
      writeFileSync(path.join(dir, name), "x".repeat(40));
      const at = new Date(Date.UTC(2026, 0, 1) + index * 1000);
      utimesSync(path.join(dir, name), at, at);
    }
    // 100 bytes: the new entry (40) and module-c (40) fit, module-b would make 120.
    directoryStore(root, () => "code-a", { entries: 10, bytes: 100 }).write("module-new", "y".repeat(40));
    expect(readdirSync(dir).sort()).toEqual(["module-c", "module-new"]);
  });
});

describe("openModuleStore", () => {
  it("is null outside a package, and under the package's node_modules/.cache/chatspec inside one", () => {
    const outside = scratch();
    expect(openModuleStore(outside)).toBeNull();
    const project = scratch();
    writeFileSync(path.join(project, "package.json"), "{}\n");
    mkdirSync(path.join(project, "node_modules"));
    const store = openModuleStore(project);
    // One store per project in a process, whichever folder of it a command runs in.
    mkdirSync(path.join(project, "spec"));
    expect(openModuleStore(path.join(project, "spec"))).toBe(store);
    store?.write("module-1", "text");
    const folders = readdirSync(path.join(project, "node_modules/.cache/chatspec/validators"));
    expect(folders).toEqual([codeIdentity()]);
    expect(readdirSync(path.join(project, "node_modules/.cache/chatspec/validators", codeIdentity()))).toEqual(["module-1"]);
  });

  it("names the code by 32 hex digits, the same in one build", () => {
    expect(codeIdentity()).toMatch(/^[0-9a-f]{32}$/);
    expect(codeIdentity()).toBe(codeIdentity());
  });

  it("names other code otherwise: a source file's bytes or path changes it, a declaration file does not", () => {
    const dir = scratch();
    mkdirSync(path.join(dir, "emitters"));
    writeFileSync(path.join(dir, "emitters/rewrite.js"), "export const pass = 1;\n");
    const before = codeIdentity(dir);
    writeFileSync(path.join(dir, "emitters/rewrite.d.ts"), "export declare const pass: number;\n");
    expect(codeIdentity(dir)).toBe(before);
    writeFileSync(path.join(dir, "emitters/rewrite.js"), "export const pass = 2;\n");
    const edited = codeIdentity(dir);
    expect(edited).not.toBe(before);
    rmSync(path.join(dir, "emitters/rewrite.js"));
    writeFileSync(path.join(dir, "emitters/renamed.js"), "export const pass = 2;\n");
    expect(codeIdentity(dir)).not.toBe(edited);
    expect(codeIdentity(dir)).not.toBe(codeIdentity());
  });
});
