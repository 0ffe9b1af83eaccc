/**
 * The process warm-site-renderer.ts keeps for `generate --watch`: it runs Redocly's `build-docs` on
 * request, in-process, so the CLI's 2.8 MB build-docs bundle and Redoc are parsed and compiled once
 * instead of once per page (about 3 s cold against 0.5 s warm, measured on the canonical spec).
 *
 * The CLI has no API: it parses `process.argv` when its entry module is evaluated and ends with
 * `process.exit`. So each request sets the arguments and the working folder, and imports the entry
 * module again under a new URL (`?run=N`): Node evaluates that module anew, while the chunks it
 * imports stay loaded. The CLI exits from a `beforeExit` listener, which never fires while the IPC
 * channel keeps this process's event loop alive: a `beforeExit` listener added during a request runs
 * at once instead, and `process.exit` is replaced to end the request instead of the process. Each
 * evaluation stays in Node's module map, so the process serves a bounded number of requests
 * (warm-site-renderer.ts replaces it after that).
 *
 * Protocol (Node IPC, JSON): `{ id, dir, cli }` in, the workspace folder render-site.ts prepared and
 * the CLI's entry script; `{ id, code, output }` out, the CLI's exit code and what it printed.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BUILD_DOCS_ARGS, BUILD_DOCS_ENV } from "./render-site.js";

export interface SiteRenderRequest {
  readonly id: number;
  readonly dir: string;
  readonly cli: string;
}

export interface SiteRenderReply {
  readonly id: number;
  readonly code: number;
  readonly output: string;
}

Object.assign(process.env, BUILD_DOCS_ENV);

let finish: ((code: number) => void) | null = null;
process.exit = ((code?: number | string | null) => {
  finish?.(Number(code ?? 0));
}) as typeof process.exit;

const once = process.once.bind(process);
process.once = ((event: string | symbol, listener: (...args: unknown[]) => void) => {
  if (event === "beforeExit" && finish !== null) {
    setImmediate(listener);
    return process;
  }
  return once(event, listener);
}) as typeof process.once;

let output = "";
const capture = (chunk: unknown): boolean => {
  output += String(chunk);
  return true;
};
process.stdout.write = capture as typeof process.stdout.write;
process.stderr.write = capture as typeof process.stderr.write;

let runs = 0;
let queue: Promise<void> = Promise.resolve();
process.on("message", (request: SiteRenderRequest) => {
  queue = queue.then(async () => {
    output = "";
    process.chdir(request.dir);
    process.argv = [process.execPath, request.cli, ...BUILD_DOCS_ARGS];
    const exited = new Promise<number>((resolve) => (finish = resolve));
    const entry = pathToFileURL(path.join(path.dirname(request.cli), "..", "lib", "index.js"));
    entry.searchParams.set("run", String(++runs));
    let code: number;
    try {
      await import(entry.href);
      code = await exited;
    } catch (error) {
      output += `\n${error instanceof Error ? error.message : String(error)}`;
      code = 1;
    }
    finish = null;
    process.send?.({ id: request.id, code, output } satisfies SiteRenderReply);
  });
});
// The parent's end (or its IPC channel closing) ends this process too.
process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
