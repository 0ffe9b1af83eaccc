/**
 * What a command needs from the process: the current directory and the two output streams. The CLI
 * passes the real ones; tests pass buffers. Same shape as the `Io` of scripts/cli.ts.
 */
export interface CommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
