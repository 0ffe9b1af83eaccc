/**
 * (6) Event-loop stalls under hostile bodies: a node:http server in its own process answers with
 * the generated `createRequestValidator().handle(…)`, and reports the worst event-loop delay
 * (`monitorEventLoopDelay`, 1 ms resolution) while it read and answered each body of
 * hostile-bodies.ts. The same server has a second route that only reads the body and runs
 * `JSON.parse` on it, as any JSON body parser must: its worst stall for the same body, in the same
 * run (the two alternate), is the baseline. Targets: a refused body stalls at most 50 ms; an
 * accepted one at most 1.5 times the parse route, or no more than the monitor's 1 ms resolution
 * (a stall too short to measure has no ratio).
 */
import { request } from "node:http";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import type { BenchContext } from "../context.js";
import { HOSTILE_BODIES } from "../hostile-bodies.js";
import { median } from "../stats.js";

export interface StallRow {
  readonly id: string;
  readonly description: string;
  readonly bytes: number;
  /** The answer the validator gave: 200, or 400 and its code. */
  readonly answer: string;
  readonly refused: boolean;
  /** Median over the runs of the worst stall while the validator route handled the body, in ms. */
  readonly validatorStallMs: number;
  /** The same for the route that only parses the body. */
  readonly parseStallMs: number;
  /** validator / parse, for accepted bodies. */
  readonly ratio: number;
  readonly met: boolean;
}

export const REFUSED_STALL_TARGET_MS = 50;
export const ACCEPTED_RATIO_TARGET = 1.5;
/** monitorEventLoopDelay's resolution here: a stall at most this long is too short to compare. */
const RESOLUTION_MS = 1;

const SERVER = (indexModule: string) => `import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createRequestValidator } from ${JSON.stringify(indexModule)};

const validator = createRequestValidator();
const validated = validator.handle((_req, res) => res.end("ok"));
const delay = monitorEventLoopDelay({ resolution: ${RESOLUTION_MS} });
delay.enable();
const server = createServer((req, res) => {
  if (req.url === "/reset") {
    delay.reset();
    res.end();
  } else if (req.url === "/stall") res.end(String(delay.max / 1e6));
  else if (req.url === "/parse") {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString("utf8"));
        res.end("ok");
      } catch {
        res.statusCode = 400;
        res.end("invalid");
      }
    });
  } else validated(req, res);
});
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"));
`;

export async function stallSuite(ctx: BenchContext, out: string): Promise<StallRow[]> {
  const file = path.join(ctx.work, "stall-server.mjs");
  writeFileSync(file, SERVER(path.join(out, "index.js")));
  const child = spawn(process.execPath, [file], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      child.once("exit", (code) => reject(new Error(`the stall server exited with ${code}`)));
    });
    const rows: StallRow[] = [];
    const runs = ctx.settings.smoke ? 1 : ctx.settings.runs;
    for (const body of HOSTILE_BODIES) {
      const bytes = Buffer.from(body.build());
      const stalls = { validator: [] as number[], parse: [] as number[] };
      let answer = "";
      for (let round = 0; round < ctx.settings.warmup + runs; round++) {
        for (const route of ["validator", "parse"] as const) {
          await post(port, "/reset", Buffer.alloc(0));
          const response = await post(port, route === "validator" ? "/v1/chat/completions" : "/parse", bytes);
          const stall = Number((await post(port, "/stall", Buffer.alloc(0))).text);
          if (route === "validator") answer = response.status === 200 ? "200" : `400 ${(JSON.parse(response.text) as { error: { code: string } }).error.code}`;
          if (round >= ctx.settings.warmup) stalls[route].push(stall);
        }
      }
      const expected = body.expected.status === 200 ? "200" : `400 ${body.expected.code}`;
      if (answer !== expected) throw new Error(`${body.id}: the validator answered ${answer}, not ${expected}`);
      const refused = body.expected.status === 400;
      const validatorStallMs = median(stalls.validator);
      const parseStallMs = median(stalls.parse);
      const ratio = validatorStallMs / parseStallMs;
      rows.push({
        id: body.id,
        description: body.description,
        bytes: bytes.length,
        answer,
        refused,
        validatorStallMs,
        parseStallMs,
        ratio,
        met: refused ? validatorStallMs <= REFUSED_STALL_TARGET_MS : ratio <= ACCEPTED_RATIO_TARGET || validatorStallMs <= RESOLUTION_MS,
      });
      ctx.log(`stall ${body.id}: ${answer}, ${validatorStallMs.toFixed(1)} ms (parse ${parseStallMs.toFixed(1)} ms)`);
    }
    return rows;
  } finally {
    child.kill();
  }
}

function post(port: number, route: string, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: "127.0.0.1", port, path: route, method: "POST", headers: { "content-type": "application/json", "content-length": body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
