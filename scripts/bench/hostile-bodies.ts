/**
 * Request bodies built to cost a server as much as the default limits allow (all under the 10 MB
 * body limit), with the answer each must get from `createRequestValidator()`. The stall bench times
 * them (suites/stall.ts); test/runtime/server-hostile.test.ts sends them over HTTP and checks the
 * answers. Built on demand, not kept: together they are about 80 MB.
 */

export interface HostileBody {
  readonly id: string;
  /** What the body does, for the bench table. */
  readonly description: string;
  readonly build: () => string;
  /** The answer: 200, or a 400 with this error `code` and `param`. */
  readonly expected: { readonly status: 200 } | { readonly status: 400; readonly code: string; readonly param: string | null };
}

const MODEL_AND_MESSAGE = '"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]';

/** `{ "k0": value, "k1": value, … }` as text, without building the object. */
function objectText(keys: number, key: (index: number) => string, value: string): string {
  const parts = new Array<string>(keys);
  for (let index = 0; index < keys; index++) parts[index] = `${JSON.stringify(key(index))}:${value}`;
  return `{${parts.join(",")}}`;
}

export const HOSTILE_BODIES: readonly HostileBody[] = [
  {
    id: "deep",
    description: "arrays nested 1,000,000 levels deep",
    build: () => `{"model":"gpt-4o","messages":${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}}`,
    expected: { status: 400, code: "nesting_too_deep", param: `messages${"[0]".repeat(63)}` },
  },
  {
    id: "metadata-keys",
    description: "`metadata` with 400,000 keys",
    build: () => `{${MODEL_AND_MESSAGE},"metadata":${objectText(400_000, (index) => `k${index}`, '"v"')}}`,
    expected: { status: 400, code: "too_many_keys", param: "metadata" },
  },
  {
    id: "logit-bias-keys",
    description: "`logit_bias` with 600,000 token ids",
    build: () => `{${MODEL_AND_MESSAGE},"logit_bias":${objectText(600_000, String, "1")}}`,
    expected: { status: 400, code: "too_many_keys", param: "logit_bias" },
  },
  {
    id: "stop-zeros",
    description: "`stop` as 2,000,000 zeros",
    build: () => `{${MODEL_AND_MESSAGE},"stop":[${new Array(2_000_000).fill("0").join(",")}]}`,
    expected: { status: 400, code: "array_too_long", param: "stop" },
  },
  {
    id: "messages-long",
    description: "250,000 messages",
    build: () => `{"model":"gpt-4o","messages":[${new Array(250_000).fill('{"role":"user","content":"x"}').join(",")}]}`,
    expected: { status: 400, code: "array_too_long", param: "messages" },
  },
  {
    id: "huge-key",
    description: "a `metadata` key of 9,000,000 characters",
    build: () => `{${MODEL_AND_MESSAGE},"metadata":{${JSON.stringify("k".repeat(9_000_000))}:"v"}}`,
    expected: { status: 400, code: "key_too_long", param: "metadata" },
  },
  {
    id: "proto-keys",
    description: "`__proto__` and `constructor` keys at every level",
    build: () =>
      `{${MODEL_AND_MESSAGE},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"metadata":{"__proto__":"x","constructor":"y"}}`,
    expected: { status: 200 },
  },
  {
    id: "long-string",
    description: "one message of 9,000,000 characters",
    build: () => `{"model":"gpt-4o","messages":[{"role":"user","content":${JSON.stringify("x".repeat(9_000_000))}}]}`,
    expected: { status: 200 },
  },
  {
    id: "escapes",
    description: "one message of 1,500,000 `\\u0001` escapes",
    build: () => `{"model":"gpt-4o","messages":[{"role":"user","content":"${"\\u0001".repeat(1_500_000)}"}]}`,
    expected: { status: 200 },
  },
  {
    id: "many-messages",
    description: "3,000 messages of 80 content parts",
    build: () => {
      const parts = new Array(80).fill('{"type":"text","text":"hello"}').join(",");
      return `{"model":"gpt-4o","messages":[${new Array(3000).fill(`{"role":"user","content":[${parts}]}`).join(",")}]}`;
    },
    expected: { status: 200 },
  },
  {
    id: "wide-tools",
    description: "128 tools whose parameters have 1,000 properties each",
    build: () => {
      const parameters = `{"type":"object","properties":${objectText(1000, (index) => `p${index}`, '{"type":"string"}')}}`;
      const tool = (index: number) => `{"type":"function","function":{"name":"f${index}","parameters":${parameters}}}`;
      return `{${MODEL_AND_MESSAGE},"tools":[${Array.from({ length: 128 }, (_, index) => tool(index)).join(",")}]}`;
    },
    expected: { status: 200 },
  },
];
