/**
 * The watch's late looks on real files: a write after a run started, inside chokidar's window,
 * counts as a change; a file as the run found it does not; and before any run starts there is
 * nothing to look at, since the run still to come reads the file as it is.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLateLooks } from "../scripts/commands/late-looks.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "chatspec-late-looks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(name: string) {
  const file = path.join(dir, name);
  writeFileSync(file, "first\n");
  const changed: string[] = [];
  const looks = createLateLooks((found) => changed.push(found), 20);
  return { file, changed, looks };
}

describe("the watch's late looks", () => {
  it("count a write made after the run started as a change, once", async () => {
    const { file, changed, looks } = setUp("written-again.yaml");
    looks.observed("change", file);
    looks.runStarts();
    writeFileSync(file, "first, then a longer second save\n");
    await looks.settled();
    expect(changed).toEqual([file]);
  });

  it("find nothing when the file is as the run started on it, even if the event came mid-save", async () => {
    const { file, changed, looks } = setUp("as-read.yaml");
    writeFileSync(file, "");
    looks.observed("change", file);
    writeFileSync(file, "the whole save\n");
    looks.runStarts();
    await looks.settled();
    expect(changed).toEqual([]);
  });

  it("look at nothing before a run starts: the run to come reads the file as it is then", async () => {
    const { file, changed, looks } = setUp("no-run-yet.yaml");
    looks.observed("change", file);
    writeFileSync(file, "a second save before any run\n");
    await looks.settled();
    expect(changed).toEqual([]);
  });

  it("count a file removed after the run started as a change", async () => {
    const { file, changed, looks } = setUp("removed.yaml");
    looks.observed("change", file);
    looks.runStarts();
    rmSync(file);
    await looks.settled();
    expect(changed).toEqual([file]);
  });

  it("schedule no look for an event other than a change (chokidar throttles only changes)", async () => {
    const { file, changed, looks } = setUp("added.yaml");
    looks.observed("add", file);
    looks.runStarts();
    writeFileSync(file, "written after the add\n");
    await looks.settled();
    expect(changed).toEqual([]);
  });
});
