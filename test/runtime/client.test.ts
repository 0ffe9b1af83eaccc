/**
 * createChatClient against a real local server: what the server receives, and that an invalid
 * body is rejected with readable problems before anything is sent.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChatRequestValidationError, createChatClient, type CreateChatCompletionRequest } from "../../generated/index.js";

interface Received {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

let server: Server;
let baseUrl: string;
let received: Received[] = [];
const completion = { id: "chatcmpl-1", object: "chat.completion", created: 1, model: "gpt-4o", choices: [] };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(completion));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const request: CreateChatCompletionRequest = {
  model: "gpt-4o",
  messages: [
    { role: "developer", content: "Be brief." },
    { role: "user", content: "Hi" },
  ],
  temperature: 0.2,
  logit_bias: { "50256": -100 },
};

describe("createChatClient", () => {
  it("sends a valid body to POST /chat/completions with the API key", async () => {
    const client = createChatClient({ baseUrl, apiKey: "sk-test" });
    const { data, response } = await client.createChatCompletion(request);
    expect(response.status).toBe(200);
    expect(data).toEqual(completion);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "POST", url: "/v1/chat/completions", body: request });
    expect(received[0]?.headers.authorization).toBe("Bearer sk-test");
    expect(received[0]?.headers["content-type"]).toBe("application/json");
  });

  it("rejects an invalid body with the formatted problems and sends nothing", async () => {
    const client = createChatClient({ baseUrl, apiKey: "sk-test" });
    const invalid = { ...request, temperature: 3, messages: [{ role: "tool", content: "42" }] } as unknown as CreateChatCompletionRequest;
    const failure = await client.createChatCompletion(invalid).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChatRequestValidationError);
    expect((failure as ChatRequestValidationError).problems).toEqual([
      { path: "/messages/0", param: "messages[0].tool_call_id", message: 'a tool message requires "tool_call_id"', keyword: "required" },
      { path: "/temperature", param: "temperature", message: "must be at most 2 (got 3)", keyword: "maximum" },
    ]);
    expect((failure as Error).message).toBe(
      'invalid chat completion request:\n  /messages/0: a tool message requires "tool_call_id"\n  /temperature: must be at most 2 (got 3)',
    );
    expect(received).toEqual([]);
  });

  it("sends without checking when validate is false", async () => {
    const client = createChatClient({ baseUrl, validate: false });
    const invalid = { ...request, temperature: 3 } as CreateChatCompletionRequest;
    const { response } = await client.createChatCompletion(invalid);
    expect(response.status).toBe(200);
    expect(received.map((entry) => entry.body)).toEqual([invalid]);
    expect(received[0]?.headers.authorization).toBeUndefined();
  });

  it("exposes the typed openapi-fetch client", async () => {
    const client = createChatClient({ baseUrl });
    const { data } = await client.raw.POST("/chat/completions", { body: request });
    expect(data).toEqual(completion);
  });
});
