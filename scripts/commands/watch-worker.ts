/**
 * The process `chatspec generate --watch` keeps warm (watch.ts forks it): it runs `chatspec generate`
 * in-process each time the watch asks, so Redocly, TypeScript, openapi-typescript and AJV are loaded
 * once, by the first run, and every later run starts with them compiled and warm; the site's
 * `build-docs` runs in a child process of its own that stays loaded as well.
 *
 * Protocol (Node IPC, JSON): the watch sends `{ id }`; the worker answers `{ id, code, stdout,
 * stderr }`, the run's exit code and what it printed. The arguments of every run are this process's
 * own (`argv[2]`, a JSON array). The worker never decides when to stop: the watch kills it to pick up
 * a changed config file or lint plugin (ES modules cannot be unloaded), and forks a new one.
 */
import { keepCompilations } from "../../generator/emitters/validators/compile-memo.js";
import { useSiteRenderer } from "../../generator/io/load-templates.js";
import { rememberOutputs, removeReplacedTrees } from "../../generator/io/output-dir.js";
import { keepHashes } from "../../generator/lib/hash.js";
import { createWarmSiteRenderer } from "../../generator/io/warm-site-renderer.js";
import { main } from "../cli.js";

export interface RunRequest {
  readonly id: number;
}

export interface RunReply {
  readonly id: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const args = JSON.parse(process.argv[2] ?? "[]") as string[];

// The site's Redocly process stays loaded too (it ends with this process: see site-render-worker.ts).
useSiteRenderer(createWarmSiteRenderer().render);
// AJV's compilations are reused when a run's bundles did not change (a prose edit): the repository's
// outputs compile 20 (five packages, four variants each), and a few more cover a profile that comes and goes.
keepCompilations(24);
// The output folder is compared by stat against the bytes this process last read or wrote there,
// instead of being read back (output-dir.ts), and an unchanged file's hash is looked up (hash.ts):
// a one-field edit changes a few dozen of the thousand files. The budget holds two runs of the
// repository's outputs (about 10 million characters each).
rememberOutputs();
keepHashes(24_000_000);

// One run at a time: the watch never overlaps runs, and a queue here keeps that true regardless.
let queue: Promise<void> = Promise.resolve();
process.on("message", (message: RunRequest) => {
  queue = queue.then(async () => {
    let stdout = "";
    let stderr = "";
    const code = await main(["generate", ...args], {
      cwd: process.cwd(),
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    });
    await new Promise<void>((resolve) => {
      if (process.send === undefined) resolve();
      else process.send({ id: message.id, code, stdout, stderr } satisfies RunReply, undefined, {}, () => resolve());
    });
    // The run is reported: the output folder it replaced goes now, before the next run starts.
    removeReplacedTrees();
  });
});
// An exception a library throws outside the awaited run ends this process, in one line as the bin
// says it; the watch reports the run as failed and forks a fresh worker for the next one.
const crash = (error: unknown) => {
  process.stderr.write(`chatspec: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
};
process.on("uncaughtException", crash);
// The watch ends this process with SIGTERM (to restart it, or when it stops): a run writes its
// output synchronously, so between two turns of the event loop no run is halfway through a write,
// and only a tree already replaced may be left to remove.
process.on("SIGTERM", () => {
  removeReplacedTrees();
  process.exit(0);
});
process.on("unhandledRejection", crash);
// A watch that ends without stopping this process (killed outright) must not leave it behind: its
// site renderer's channel would keep each of the two alive for good.
process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
