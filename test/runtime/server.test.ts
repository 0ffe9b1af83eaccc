/**
 * createRequestValidator on real servers on 127.0.0.1: node:http, Express and Fastify. Valid bodies
 * reach the handler; invalid ones get an OpenAI-style 400 naming the field; hostile bodies (not
 * JSON, too large, too deep, too long) get a 400 and the process keeps serving.
 */
import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestValidator, type CreateChatCompletionRequest } from "../../generated/index.js";

const valid = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
}

async function post(url: string, body: string | object): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** A request whose body arrives, in one chunk, when `send` is called. */
function fakeRequest(text: string) {
  const request = Object.assign(new EventEmitter(), {
    headers: { "content-length": String(Buffer.byteLength(text)) },
    resume: () => undefined,
    send() {
      request.emit("data", Buffer.from(text));
      request.emit("end");
    },
  });
  return request;
}

const toolMessageError = {
  error: {
    message: 'messages[0].tool_call_id: a tool message requires "tool_call_id"',
    type: "invalid_request_error",
    param: "messages[0].tool_call_id",
    code: "missing_required_parameter",
    errors: [
      { message: 'messages[0].tool_call_id: a tool message requires "tool_call_id"', param: "messages[0].tool_call_id", code: "missing_required_parameter" },
    ],
  },
};

describe("node:http", () => {
  let server: Server;
  let url: string;
  const received: CreateChatCompletionRequest[] = [];

  beforeAll(async () => {
    const validator = createRequestValidator();
    server = createServer(
      validator.handle((_req, res, request) => {
        received.push(request);
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ model: request.model }));
      }),
    );
    url = await listen(server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes a valid request to the handler", async () => {
    expect(await post(url, valid)).toEqual({ status: 200, json: { model: "gpt-4o" } });
    expect(received.at(-1)).toEqual(valid);
  });

  it("answers an invalid request with an OpenAI-style 400 naming the field", async () => {
    expect(await post(url, { model: "gpt-4o", messages: [{ role: "tool", content: "42" }] })).toEqual({ status: 400, json: toolMessageError });
    expect(await post(url, { ...valid, temperature: 3 })).toEqual({
      status: 400,
      json: {
        error: {
          message: "temperature: must be at most 2 (got 3)",
          type: "invalid_request_error",
          param: "temperature",
          code: "invalid_value",
          errors: [{ message: "temperature: must be at most 2 (got 3)", param: "temperature", code: "invalid_value" }],
        },
      },
    });
  });

  it("answers with the first problem as OpenAI does, and lists every problem in errors", async () => {
    expect(await post(url, { ...valid, n: 0, logit_bias: { "12": 500 }, messages: [{ role: "tool", content: "42" }] })).toEqual({
      status: 400,
      json: {
        error: {
          message: 'messages[0].tool_call_id: a tool message requires "tool_call_id"',
          type: "invalid_request_error",
          param: "messages[0].tool_call_id",
          code: "missing_required_parameter",
          errors: [
            {
              message: 'messages[0].tool_call_id: a tool message requires "tool_call_id"',
              param: "messages[0].tool_call_id",
              code: "missing_required_parameter",
            },
            { message: "logit_bias[12]: must be at most 100 (got 500)", param: "logit_bias[12]", code: "invalid_value" },
            { message: "n: must be at least 1 (got 0)", param: "n", code: "invalid_value" },
          ],
        },
      },
    });
  });

  it.each([
    ["a body that is not JSON", "{ model: gpt-4o", "We could not parse the JSON body of your request. The body must be a JSON object.", null, "invalid_json"],
    [
      "JSON nested 10,000 levels deep",
      `{"model":"m","messages":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
      `Invalid 'messages${"[0]".repeat(63)}': nested too deep. Expected at most 64 levels of arrays and objects (maxDepth), but got more.`,
      `messages${"[0]".repeat(63)}`,
      "nesting_too_deep",
    ],
    [
      "a 100,000-element array",
      JSON.stringify({ model: "m", messages: Array.from({ length: 100_000 }, () => ({ role: "user", content: "x" })) }),
      "Invalid 'messages': array too long. Expected an array with at most 10000 elements (maxArrayLength), but got more.",
      "messages",
      "array_too_long",
    ],
    [
      "an object of 5,000 keys",
      JSON.stringify({ ...valid, logit_bias: Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [String(index), 1])) }),
      "Invalid 'logit_bias': too many keys. Expected an object with at most 1000 keys (maxObjectKeys), but got more.",
      "logit_bias",
      "too_many_keys",
    ],
    [
      "a key of 300 characters",
      JSON.stringify({ ...valid, metadata: { ["k".repeat(300)]: "v" } }),
      "Invalid 'metadata': key too long. Expected keys of at most 256 characters (maxKeyLength), but got more.",
      "metadata",
      "key_too_long",
    ],
    [
      "a body over 10 MB",
      JSON.stringify({ ...valid, metadata: { a: "x".repeat(10 * 1024 * 1024) } }),
      "The request body is larger than 10485760 bytes.",
      null,
      "request_too_large",
    ],
  ])("refuses %s with a 400 and keeps serving", async (_name, text, message, param, code) => {
    expect(await post(url, text)).toEqual({ status: 400, json: { error: { message, type: "invalid_request_error", param, code } } });
    expect((await post(url, valid)).status).toBe(200);
  });

  it("checks a large body in steps, serving other work between them, and a small one at once", () => {
    // How long each step stalls the event loop is measured in `npm run bench -- --only stall`; here,
    // that the steps are separate turns: work queued while a large body is checked runs before the
    // answer, for a small body it does not.
    const big = JSON.stringify({
      model: "gpt-4o",
      messages: Array.from({ length: 1024 }, (_, index) => ({ role: index % 2 === 0 ? "user" : "assistant", content: "x".repeat(1000) })),
    });
    expect(big.length).toBeGreaterThan(1_000_000);
    const order = async (text: string, invalid = false) => {
      const events: string[] = [];
      const request = fakeRequest(invalid ? text.replace('"model":"gpt-4o"', '"model":7') : text);
      const answered = new Promise<number>((resolve) => {
        const response = { statusCode: 200, setHeader: () => undefined, end: () => resolve(response.statusCode) };
        createRequestValidator().handle(() => resolve(200))(request, response);
      }).then((status) => events.push(`answered ${status}`));
      request.send();
      for (let turn = 0; turn < 3; turn++) await new Promise<void>((resolve) => setImmediate(() => resolve(void events.push(`turn ${turn}`))));
      await answered;
      return events;
    };
    return Promise.all([order(big), order(big, true), order(JSON.stringify(valid))]).then(([large, largeInvalid, small]) => {
      // The scan runs as the body ends; the parse, the validation and (for an invalid body) the
      // description of its problems each take the next turn, behind the work queued before them.
      expect(large).toEqual(["turn 0", "answered 200", "turn 1", "turn 2"]);
      expect(largeInvalid).toEqual(["turn 0", "turn 1", "answered 400", "turn 2"]);
      expect(small).toEqual(["answered 200", "turn 0", "turn 1", "turn 2"]);
    });
  });
});

describe("configurable limits", () => {
  it("applies limit, maxDepth, maxObjectKeys, maxArrayLength, maxStringLength and maxKeyLength, on raw and parsed bodies alike", () => {
    const validator = createRequestValidator({ limit: 100, maxDepth: 3, maxObjectKeys: 3, maxArrayLength: 2, maxStringLength: 5, maxKeyLength: 8 });
    expect(validator.check(JSON.stringify({ ...valid, user: "x".repeat(100) }))).toMatchObject({ ok: false, body: { error: { code: "request_too_large" } } });
    const refusals: [unknown, string, string | null][] = [
      [{ a: { b: { c: {} } } }, "nesting_too_deep", "a.b.c"],
      [{ model: "m", messages: [1, 2, 3] }, "array_too_long", "messages"],
      [{ model: "m", messages: [], n: 1, user: "u" }, "too_many_keys", null],
      [{ model: "m", messages: ["abcdef"] }, "string_too_long", "messages[0]"],
      [{ model: "m", "a/~b": { "k~/é": 1, kkkkkkkkk: 1 } }, "key_too_long", "a/~b"],
    ];
    for (const [body, code, param] of refusals) {
      expect(validator.check(JSON.stringify(body))).toMatchObject({ ok: false, body: { error: { code, param } } });
      expect(validator.check(body)).toMatchObject({ ok: false, body: { error: { code, param } } });
    }
    // Five UTF-16 units, escapes counted as what they decode to: within maxStringLength.
    expect(validator.check('{"model":"\\u00e9\\né😀"}')).toMatchObject({ body: { error: { code: "missing_required_parameter" } } });
    expect(validator.check('{"model":"\\u00e9\\né😀x"}')).toMatchObject({ body: { error: { code: "string_too_long", param: "model" } } });
  });

  it("rejects unknown properties with strict", () => {
    expect(createRequestValidator().check({ ...valid, max_token: 1 }).ok).toBe(true);
    expect(createRequestValidator({ strict: true }).check({ ...valid, max_token: 1 })).toMatchObject({
      ok: false,
      body: { error: { message: 'max_token: unknown property "max_token"; did you mean "max_tokens"?', param: "max_token", code: "unknown_parameter" } },
    });
    // Strict: the unknown properties beside the other problems.
    const both = createRequestValidator({ strict: true }).check({ ...valid, max_token: 1, temperature: 3 });
    expect(both.ok === false && both.body.error.errors?.map((detail) => [detail.param, detail.code])).toEqual([
      ["temperature", "invalid_value"],
      ["max_token", "unknown_parameter"],
    ]);
  });
});

describe("every problem of a hostile body, within bounds", () => {
  const robots = (count: number) => ({ model: "m", messages: Array.from({ length: count }, () => ({ role: "robot", content: "x" })) });
  const params = (result: ReturnType<ReturnType<typeof createRequestValidator>["check"]>) =>
    result.ok ? [] : (result.body.error.errors ?? []).map((detail) => detail.param);

  it("lists at most 100 problems", () => {
    // 3,000 messages are 9,001 values: validated again, every message has a problem, 100 are listed.
    expect(params(createRequestValidator().check(robots(3000)))).toEqual(Array.from({ length: 100 }, (_, index) => `messages[${index}].role`));
  });

  it("keeps the first problem alone for a body of more than 10,000 values", () => {
    expect(params(createRequestValidator().check(robots(3334)))).toEqual(["messages[0].role"]);
  });

  it("does not search a 'did you mean' for an unknown key far longer than any known one", () => {
    const key = "k".repeat(200_000);
    // maxKeyLength (256 by default) refuses such a key before validation; raised here to reach the validator.
    const result = createRequestValidator({ strict: true, maxKeyLength: 1_000_000 }).check(JSON.stringify({ ...valid, [key]: 1 }));
    expect(result.ok === false && result.body.error.message).toBe(`${key}: unknown property "${key}"`);
  });
});

describe("Express", () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    // Both mounting styles: the validator reads the raw stream, or takes express.json()'s body.
    app.post("/v1/chat/completions", createRequestValidator(), (req, res) => {
      res.json({ model: (req.body as CreateChatCompletionRequest).model });
    });
    app.post("/parsed/v1/chat/completions", express.json(), createRequestValidator(), (req, res) => {
      res.json({ model: (req.body as CreateChatCompletionRequest).model });
    });
    server = createServer(app);
    url = await listen(server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(["", "/parsed"])("validates on %s/v1/chat/completions", async (prefix) => {
    const target = url.replace("/v1/", `${prefix}/v1/`);
    expect(await post(target, valid)).toEqual({ status: 200, json: { model: "gpt-4o" } });
    expect(await post(target, { model: "gpt-4o", messages: [{ role: "tool", content: "42" }] })).toEqual({ status: 400, json: toolMessageError });
  });
});

describe("Fastify", () => {
  const app = Fastify();
  const validator = createRequestValidator();
  app.post("/v1/chat/completions", { preHandler: validator.fastify }, async (request) => ({ model: (request.body as CreateChatCompletionRequest).model }));

  afterAll(() => app.close());

  it("validates in a preHandler hook", async () => {
    const ok = await app.inject({ method: "POST", url: "/v1/chat/completions", payload: valid });
    expect([ok.statusCode, ok.json()]).toEqual([200, { model: "gpt-4o" }]);
    const bad = await app.inject({ method: "POST", url: "/v1/chat/completions", payload: { model: "gpt-4o", messages: [{ role: "tool", content: "42" }] } });
    expect([bad.statusCode, bad.json()]).toEqual([400, toolMessageError]);
  });
});
