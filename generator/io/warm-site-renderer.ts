/**
 * A site renderer for a long-lived process (`generate --watch`): Redocly's `build-docs` runs in one
 * child process kept between pages (site-render-worker.ts) instead of a new process per page, on the
 * same workspace and arguments as render-site.ts, so the page is the same bytes. The child starts on
 * the first page; one that crashed is replaced on the next, and one that rendered RENDERS_PER_PROCESS
 * pages is replaced too, since each page leaves an evaluated copy of the CLI's entry module behind.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SiteRenderer } from "../emitters/types.js";
import { buildDocsFailure, inSiteWorkspace, redoclyCli } from "./render-site.js";
import type { SiteRenderReply, SiteRenderRequest } from "./site-render-worker.js";

const WORKER = fileURLToPath(new URL("./site-render-worker.js", import.meta.url));
const RENDERS_PER_PROCESS = 100;
/** A page takes about a second warm; a process silent this long is stuck, and is replaced. */
const PAGE_TIMEOUT_MS = 120_000;

export interface WarmSiteRenderer {
  readonly render: SiteRenderer;
  /** Ends the child process, if one runs. */
  close(): void;
}

export function createWarmSiteRenderer(): WarmSiteRenderer {
  let child: ChildProcess | null = null;
  let rendered = 0;
  let pending = 0;
  let nextId = 1;

  const processFor = (): ChildProcess => {
    // Replaced only between pages: a page in progress keeps its process.
    if (child !== null && (rendered < RENDERS_PER_PROCESS || pending > 0)) return child;
    child?.kill();
    const started = fork(WORKER, [], { stdio: ["ignore", "ignore", "ignore", "ipc"] });
    started.once("exit", () => {
      if (child === started) child = null;
    });
    child = started;
    rendered = 0;
    return started;
  };

  const runInChild = (dir: string, cli: string): Promise<void> => {
    const worker = processFor();
    rendered++;
    pending++;
    const id = nextId++;
    const page = new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => {
        worker.off("message", onMessage);
        worker.off("exit", onExit);
        worker.kill();
        reject(buildDocsFailure(`the build-docs process gave no page in ${PAGE_TIMEOUT_MS / 1000} s`));
      }, PAGE_TIMEOUT_MS);
      const onMessage = (reply: SiteRenderReply) => {
        if (reply.id !== id) return;
        clearTimeout(timeout);
        worker.off("message", onMessage);
        worker.off("exit", onExit);
        if (reply.code === 0) resolve();
        else reject(buildDocsFailure(reply.output));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timeout);
        worker.off("message", onMessage);
        reject(buildDocsFailure(`the build-docs process ended (${signal ?? `exit code ${code}`})`));
      };
      worker.on("message", onMessage);
      worker.once("exit", onExit);
      worker.send({ id, dir, cli } satisfies SiteRenderRequest);
    });
    return page.finally(() => pending--);
  };

  return {
    render: ({ document, template }) => {
      const cli = redoclyCli();
      return inSiteWorkspace(document, template, (dir) => runInChild(dir, cli));
    },
    close: () => {
      child?.kill();
      child = null;
    },
  };
}
