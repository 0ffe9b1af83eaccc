/**
 * A chat completions client on openapi-fetch, shipped inside the generated package. With
 * `validate` on (the default) the body is checked before anything is sent; an invalid body rejects
 * with the readable problems and no request leaves the process.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { RequestProblem } from "./errors.js";

export interface ChatClientOptions {
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  readonly apiKey?: string;
  /** Check bodies before sending. Default true. */
  readonly validate?: boolean;
  /** A fetch implementation (default: the global fetch). */
  readonly fetch?: ClientOptions["fetch"];
  /** Extra headers for every request. */
  readonly headers?: Record<string, string>;
}

/** Thrown (as a rejection) when a body fails validation; nothing was sent. */
export class ChatRequestValidationError extends Error {
  readonly problems: readonly RequestProblem[];

  constructor(problems: readonly RequestProblem[]) {
    super(
      `invalid chat completion request:\n${problems.map((problem) => `  ${problem.path === "" ? "(root)" : problem.path}: ${problem.message}`).join("\n")}`,
    );
    this.name = "ChatRequestValidationError";
    this.problems = problems;
  }
}

interface Validate {
  (data: unknown): boolean;
  errors?: readonly unknown[] | null;
}

export interface ChatClientParts {
  readonly validate: Validate;
  readonly describe: (errors: never, input?: unknown) => RequestProblem[];
}

export interface ChatClient<Paths extends {}, Request> {
  /** The underlying openapi-fetch client, typed with the spec's `paths`. */
  readonly raw: Client<Paths>;
  /** POST /chat/completions. Resolves to openapi-fetch's `{ data, error, response }`. */
  createChatCompletion(
    body: Request,
    init?: { signal?: AbortSignal; headers?: Record<string, string> },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export function createChatClientFor<Paths extends {}, Request>(parts: ChatClientParts): (options: ChatClientOptions) => ChatClient<Paths, Request> {
  return (options) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.apiKey !== undefined) headers.Authorization = `Bearer ${options.apiKey}`;
    const raw = createClient<Paths>({ baseUrl: options.baseUrl, headers, ...(options.fetch === undefined ? {} : { fetch: options.fetch }) });
    const shouldValidate = options.validate ?? true;
    return {
      raw,
      async createChatCompletion(body, init = {}) {
        if (shouldValidate && !parts.validate(body)) throw new ChatRequestValidationError(parts.describe(parts.validate.errors as never, body));
        // openapi-fetch's POST is typed per path; the body type is ours, checked above.
        const post = raw.POST as unknown as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
        return post("/chat/completions", { body, ...init });
      },
    };
  };
}
