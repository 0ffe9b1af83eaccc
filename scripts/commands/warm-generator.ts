/**
 * The warm side of `generate --watch`: one child process (watch-worker.ts) that runs every
 * generate in-process, so the libraries it loads stay loaded between runs. A run the worker cannot
 * finish (it crashed or was killed) resolves as a failed run, and the next run forks a new worker;
 * `restart` does the same on purpose, for a config file or lint plugin that changed.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ExitCode } from "../../generator/errors.js";
import type { RunReply, RunRequest } from "./watch-worker.js";

/** The outcome of one run. */
export interface RunOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const WORKER = fileURLToPath(new URL("./watch-worker.js", import.meta.url));

interface Worker {
  readonly process: ChildProcess;
  /** What it printed on stderr: nothing unless it crashed (the run's own output is in its reply). */
  readonly stderr: string[];
}

export class WarmGenerator {
  private worker: Worker | null = null;
  private nextId = 1;

  /** `args`: the arguments of every `chatspec generate` run (the user's, without `--watch`). */
  constructor(
    private readonly args: readonly string[],
    private readonly cwd: string,
  ) {}

  run(): Promise<RunOutput> {
    const worker = this.worker ?? this.start();
    const child = worker.process;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const onMessage = (reply: RunReply) => {
        if (reply.id !== id) return;
        child.off("exit", onExit);
        child.off("message", onMessage);
        resolve(reply);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        child.off("message", onMessage);
        if (this.worker === worker) this.worker = null;
        const said = worker.stderr
          .join("")
          .split("\n")
          .find((line) => line.trim() !== "");
        const ended = `the generate process ended (${signal ?? `exit code ${code}`})`;
        resolve({ code: ExitCode.usage, stdout: "", stderr: said === undefined ? ended : `${said.trim()}\n${ended}` });
      };
      child.on("message", onMessage);
      child.once("exit", onExit);
      child.send({ id } satisfies RunRequest);
    });
  }

  /** Ends the worker; the next run starts a fresh one, which loads every module anew. */
  restart(): void {
    this.worker?.process.kill();
    this.worker = null;
  }

  private start(): Worker {
    // stdout ignored: a run's output travels in its reply.
    const child = fork(WORKER, [JSON.stringify(this.args)], { cwd: this.cwd, stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const worker: Worker = { process: child, stderr: [] };
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => worker.stderr.push(chunk));
    this.worker = worker;
    return worker;
  }
}
