/** A child process's stdout, line by line, with a way to wait for the n-th line (the watch tests). */
import type { ChildProcessWithoutNullStreams } from "node:child_process";

export class LineReader {
  readonly lines: string[] = [];
  private buffer = "";
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      this.buffer += chunk;
      const parts = this.buffer.split("\n");
      this.buffer = parts.pop() ?? "";
      this.lines.push(...parts);
      this.waiters = this.waiters.filter((waiter) => {
        if (this.lines.length < waiter.count) return true;
        waiter.resolve();
        return false;
      });
    });
  }

  /** Resolves with line `count` (1-based) once it has been printed. */
  line(count: number): Promise<string> {
    if (this.lines.length >= count) return Promise.resolve(this.lines[count - 1] as string);
    return new Promise((resolve) => this.waiters.push({ count, resolve: () => resolve(this.lines[count - 1] as string) }));
  }
}
