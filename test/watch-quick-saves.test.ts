/**
 * Two saves in quick succession under `generate --watch`: chokidar drops a file's change events for
 * 50 ms after each one it emits, and the watch's debounce is shorter, so the second save is found
 * only by the watch's late look at the file (watch.ts, CHANGE_THROTTLE_MS). The output must end up
 * with the second save's text, and no run may report a failure. Waits are for lines and files
 * (the test timeout bounds them); the one pause puts the second save inside chokidar's window.
 */
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, projectTempDir } from "./helpers.js";
import { LineReader } from "./support/line-reader.js";

const dir = projectTempDir("watch-quick");
const spec = path.join(dir, "openapi.yaml");
const rel = path.relative(ROOT, dir);
copyFileSync(path.join(ROOT, "spec/openapi.yaml"), spec);
const original = readFileSync(spec, "utf8");
const ANCHOR = "Model ID used to generate the response";

const child = spawn(process.execPath, ["scripts/chatspec.js", "generate", "--watch", "--spec", `${rel}/openapi.yaml`, "--out", `${rel}/out`], { cwd: ROOT });
const stdout = new LineReader(child);
child.stderr.resume();

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGTERM");
});

/** The types file, which carries each field's description. */
const types = () => readFileSync(path.join(dir, "out/openapi.d.ts"), "utf8");

describe("chatspec generate --watch, two saves 20 ms apart", () => {
  it("ends with the second save's output, reporting no failure", async () => {
    expect(await stdout.line(1)).toMatch(/^chatspec: \d+ files in /);
    writeFileSync(spec, original.replace(ANCHOR, `${ANCHOR} (first save)`));
    await sleep(20);
    writeFileSync(spec, original.replace(ANCHOR, `${ANCHOR} (second save)`));
    // One run may see the first save only; another follows, from the late look, with the second.
    for (let line = 2; ; line++) {
      expect(await stdout.line(line)).toMatch(/^chatspec: \d+ files in /);
      if (types().includes(`${ANCHOR} (second save)`)) break;
    }
    expect(types()).not.toContain("(first save)");
  });
});
