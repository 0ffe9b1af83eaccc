import pc from "picocolors";

/**
 * What a command needs from the process: the current directory, the two output streams and the
 * colours each stream takes. The CLI passes the real ones; tests pass buffers, which get no colour.
 */
export interface CommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colours for text written to stdout and to stderr; absent means plain text. */
  readonly colors?: { readonly stdout: Colors; readonly stderr: Colors };
}

/** picocolors' formatter set (red, green, dim, …). */
export type Colors = ReturnType<typeof pc.createColors>;

const plain = pc.createColors(false);

/** The colours for `stream` of `io`: plain unless the io says otherwise. */
export function colorsOf(io: CommandIo, stream: "stdout" | "stderr"): Colors {
  return io.colors?.[stream] ?? plain;
}

/**
 * The real process streams. Colour is decided per stream, never from the environment alone:
 * picocolors' default turns colour on whenever `CI` is set, which would put escape codes into
 * piped output and CI logs that tools parse. NO_COLOR wins, then FORCE_COLOR, then "is it a TTY".
 */
export function processIo(env: NodeJS.ProcessEnv = process.env): CommandIo {
  const wants = (stream: NodeJS.WriteStream): boolean => {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
    if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
    return stream.isTTY === true && env.TERM !== "dumb";
  };
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colors: { stdout: pc.createColors(wants(process.stdout)), stderr: pc.createColors(wants(process.stderr)) },
  };
}
