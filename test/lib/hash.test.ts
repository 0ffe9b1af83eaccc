/**
 * The manifest's one hash, from a text or from a file's bytes: the fast check hashes output files
 * without decoding them, so both must agree on every UTF-8 file and a file that is not UTF-8 must
 * not pass for the text it would decode to.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashFileBytes, hashText } from "../../generator/lib/hash.js";
import { projectTempDir } from "../helpers.js";

describe("hashFileBytes", () => {
  it("gives hashText's hash for a UTF-8 file, null for a missing one", () => {
    const dir = projectTempDir("hash");
    const file = path.join(dir, "page.md");
    writeFileSync(file, "# Café ✓\n");
    expect(hashText("# Café ✓\n")).toBe("b6999f048afc50bd3df0518f4f1ba27dff3a2f8faeb61bc60469bc8c0bd33b39");
    expect(hashFileBytes(file)).toBe(hashText("# Café ✓\n"));
    expect(hashFileBytes(path.join(dir, "missing.md"))).toBeNull();
  });

  it("tells a file that is not UTF-8 from the text it decodes to", () => {
    const file = path.join(projectTempDir("hash"), "latin1.md");
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(hashFileBytes(file)).not.toBe(hashText("Caf\uFFFD\n"));
  });
});
