/**
 * The hostile bodies of the stall bench (scripts/bench/hostile-bodies.ts), each up to the 10 MB
 * default limit, sent over real HTTP on 127.0.0.1 to `createRequestValidator().handle(…)`: each gets
 * its answer (the limit it breaks, named at the place it was broken, or a 200), nothing reaches
 * `Object.prototype`, and a valid request is served afterwards. How long each takes is the bench's
 * business (`npm run bench -- --only stall`), not this test's.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestValidator } from "../../generated/index.js";
import { HOSTILE_BODIES } from "../../scripts/bench/hostile-bodies.js";

const valid = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] };

let server: Server;
let url: string;
let served = 0;

beforeAll(async () => {
  server = createServer(
    createRequestValidator().handle((_req, res, request) => {
      served++;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ model: request.model }));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: response.status, json: await response.json() };
}

describe("hostile bodies over HTTP", () => {
  it("covers what the bench times: 6 refused, 5 accepted, all within the 10 MB limit", () => {
    expect(HOSTILE_BODIES.map((body) => `${body.id} ${body.expected.status}`)).toEqual([
      "deep 400",
      "metadata-keys 400",
      "logit-bias-keys 400",
      "stop-zeros 400",
      "messages-long 400",
      "huge-key 400",
      "proto-keys 200",
      "long-string 200",
      "escapes 200",
      "many-messages 200",
      "wide-tools 200",
    ]);
  });

  for (const body of HOSTILE_BODIES) {
    it(`answers ${body.id} (${body.description}) as expected`, async () => {
      const text = body.build();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10 * 1024 * 1024);
      const answer = await post(text);
      if (body.expected.status === 200) expect(answer).toEqual({ status: 200, json: { model: "gpt-4o" } });
      else
        expect(answer).toMatchObject({
          status: 400,
          json: { error: { type: "invalid_request_error", code: body.expected.code, param: body.expected.param } },
        });
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await post(JSON.stringify(valid))).toEqual({ status: 200, json: { model: "gpt-4o" } });
    }, 60_000);
  }

  it("names the limit and the place in OpenAI's words", async () => {
    const answer = await post((HOSTILE_BODIES.find((body) => body.id === "logit-bias-keys") as (typeof HOSTILE_BODIES)[number]).build());
    expect(answer.json).toEqual({
      error: {
        message: "Invalid 'logit_bias': too many keys. Expected an object with at most 1000 keys (maxObjectKeys), but got more.",
        type: "invalid_request_error",
        param: "logit_bias",
        code: "too_many_keys",
      },
    });
    expect(served).toBeGreaterThan(0);
  }, 60_000);
});
