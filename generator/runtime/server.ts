/**
 * Request validation for servers, shipped inside the generated package. One core (`check`) turns a
 * raw or parsed body into the validated request or an OpenAI-style 400, and thin adapters fit it to
 * node:http, Express/Connect and Fastify. Hostile bodies are refused before they cost much: the
 * byte limit is enforced while reading, nesting depth is measured on the raw text before parsing,
 * and array lengths are bounded before the validator runs.
 */
import type { RequestProblem } from "./errors.js";
import { encodePointerSegment } from "./json-pointer.js";

/**
 * The parts of a node:http request the validator uses. Structural, so the package's types need no
 * `@types/node`, and Express's and Connect's request objects fit as they are.
 */
export interface IncomingRequest {
  body?: unknown;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "end", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeAllListeners(event: "data"): unknown;
  resume(): unknown;
}

/** The parts of a node:http response the validator uses (Express's response fits too). */
export interface OutgoingResponse {
  statusCode: number;
  setHeader(name: string, value: string | number): unknown;
  end(text: string): unknown;
}

/**
 * The body of an OpenAI-style error response. `message`, `param` and `code` describe one problem,
 * the first, as OpenAI's do; a body that fails validation also lists every problem in `errors`.
 */
export interface ErrorBody {
  readonly error: {
    readonly message: string;
    readonly type: "invalid_request_error";
    readonly param: string | null;
    readonly code: string | null;
    /**
     * Every problem of a body that failed validation, in the order of `problems` (see
     * describeErrors), the first being the one `message`, `param` and `code` describe. Absent when the
     * body was refused before validation (not JSON, too large, too deep, an array too long).
     */
    readonly errors?: readonly ErrorDetail[];
  };
}

/** One problem of an invalid body, in the words of the error's own `message`, `param` and `code`. */
export interface ErrorDetail {
  readonly message: string;
  readonly param: string | null;
  readonly code: string;
}

export type CheckResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: 400; readonly body: ErrorBody; readonly problems: readonly RequestProblem[] };

export interface RequestValidatorOptions {
  /** Largest accepted body in bytes. Default 10 MB. */
  readonly limit?: number;
  /** Deepest accepted nesting of arrays and objects. Default 64. */
  readonly maxDepth?: number;
  /** Longest accepted array anywhere in the body. Default 10,000. */
  readonly maxArrayLength?: number;
  /** Reject unknown properties (the strict validator). Default false: the API tolerates them. */
  readonly strict?: boolean;
}

/** A request validator: the `(req, res, next)` middleware itself, plus the other adapters. */
export interface RequestValidator<T> {
  /** Express/Connect middleware; also works on a bare node:http request. Sets `req.body` to the request. */
  <Req extends IncomingRequest>(req: Req, res: OutgoingResponse, next: (error?: unknown) => void): void;
  /** The core: validates a raw (string/Buffer) or already parsed body. */
  check(body: unknown): CheckResult<T>;
  /** Wraps a node:http handler; it runs only for valid requests, with the request as third argument. */
  handle<Req extends IncomingRequest, Res extends OutgoingResponse>(handler: (req: Req, res: Res, request: T) => void): (req: Req, res: Res) => void;
  /** Fastify `preHandler` hook: answers invalid requests, replaces `request.body` with the validated request. */
  fastify(request: { body: unknown }, reply: { code(status: number): { send(body: unknown): unknown } }, done: (error?: Error) => void): void;
}

interface Validate {
  (data: unknown): boolean;
  errors?: readonly unknown[] | null;
}

export interface ValidatorParts {
  readonly validate: Validate;
  readonly validateStrict: Validate;
  readonly describe: (errors: never, input?: unknown) => RequestProblem[];
}

const CODES: Record<string, string> = {
  required: "missing_required_parameter",
  type: "invalid_type",
  unevaluatedProperties: "unknown_parameter",
  additionalProperties: "unknown_parameter",
  discriminator: "invalid_value",
};

export function createRequestValidatorFor<T>(parts: ValidatorParts): (options?: RequestValidatorOptions) => RequestValidator<T> {
  return (options = {}) => {
    const limit = options.limit ?? 10 * 1024 * 1024;
    const maxDepth = options.maxDepth ?? 64;
    const maxArrayLength = options.maxArrayLength ?? 10_000;
    const validate = options.strict === true ? parts.validateStrict : parts.validate;

    const refuse = (message: string, code: string): CheckResult<T> => ({
      ok: false,
      status: 400,
      body: { error: { message, type: "invalid_request_error", param: null, code } },
      problems: [],
    });

    const invalid = (problems: readonly RequestProblem[]): CheckResult<T> => {
      const errors = problems.map(errorDetail);
      const first = errors[0] ?? { message: "The request body is invalid.", param: null, code: "invalid_value" };
      return {
        ok: false,
        status: 400,
        body: { error: { message: first.message, type: "invalid_request_error", param: first.param, code: first.code, errors } },
        problems,
      };
    };

    const check = (body: unknown): CheckResult<T> => {
      let value = body;
      if (typeof body === "string" || body instanceof Uint8Array) {
        const text = typeof body === "string" ? body : Buffer.from(body).toString("utf8");
        if (Buffer.byteLength(text) > limit) return refuse(`The request body is larger than ${limit} bytes.`, "request_too_large");
        if (nestingDepth(text) > maxDepth) return refuse(`The request body is nested more than ${maxDepth} levels deep.`, "nesting_too_deep");
        try {
          value = JSON.parse(text);
        } catch {
          return refuse("We could not parse the JSON body of your request. The body must be a JSON object.", "invalid_json");
        }
      } else if (valueDepthExceeds(body, maxDepth)) {
        return refuse(`The request body is nested more than ${maxDepth} levels deep.`, "nesting_too_deep");
      }
      const longArray = findLongArray(value, maxArrayLength);
      if (longArray !== null)
        return refuse(
          `The array at ${longArray.path || "the top level"} has ${longArray.length} elements; at most ${maxArrayLength} are accepted.`,
          "array_too_long",
        );
      if (validate(value)) return { ok: true, value: value as T };
      return invalid(parts.describe(validate.errors as never, value));
    };

    const readAndCheck = (req: IncomingRequest, onResult: (result: CheckResult<T>) => void): void => {
      if (req.body !== undefined) {
        onResult(check(req.body));
        return;
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      let finished = false;
      const finish = (result: CheckResult<T>) => {
        if (finished) return;
        finished = true;
        onResult(result);
      };
      const declared = Number(req.headers["content-length"]);
      if (Number.isFinite(declared) && declared > limit) {
        req.resume(); // drain without buffering so the connection can still carry the answer
        finish(refuse(`The request body is larger than ${limit} bytes.`, "request_too_large"));
        return;
      }
      req.on("data", (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > limit) {
          chunks.length = 0;
          req.removeAllListeners("data");
          req.resume();
          finish(refuse(`The request body is larger than ${limit} bytes.`, "request_too_large"));
        } else if (!finished) chunks.push(chunk);
      });
      req.on("end", () => finish(check(Buffer.concat(chunks))));
      req.on("error", () => finish(refuse("The request body could not be read.", "invalid_body")));
    };

    const answer = (res: OutgoingResponse, result: Extract<CheckResult<T>, { ok: false }>): void => {
      const text = JSON.stringify(result.body);
      res.statusCode = result.status;
      res.setHeader("content-type", "application/json");
      res.setHeader("content-length", Buffer.byteLength(text));
      res.end(text);
    };

    const middleware = ((req, res, next) => {
      readAndCheck(req, (result) => {
        if (!result.ok) return answer(res, result);
        req.body = result.value;
        next();
      });
    }) as RequestValidator<T>;
    middleware.check = check;
    middleware.handle =
      <Req extends IncomingRequest, Res extends OutgoingResponse>(handler: (req: Req, res: Res, request: T) => void) =>
      (req: Req, res: Res) =>
        readAndCheck(req, (result) => (result.ok ? handler(req, res, result.value) : answer(res, result)));
    middleware.fastify = (request, reply, done) => {
      const result = check(request.body);
      if (!result.ok) {
        reply.code(result.status).send(result.body);
        return;
      }
      request.body = result.value;
      done();
    };
    return middleware;
  };
}

/** A problem as an OpenAI-style error names it: `messages[0].tool_call_id: a tool message requires …`. */
function errorDetail(problem: RequestProblem): ErrorDetail {
  return { message: `${problem.param ?? "body"}: ${problem.message}`, param: problem.param, code: CODES[problem.keyword] ?? "invalid_value" };
}

/** Deepest nesting of `[`/`{` in JSON text, ignoring brackets inside strings. Linear, no recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92)
        index++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) deepest = Math.max(deepest, ++depth);
    else if (char === 93 || char === 125) depth--;
  }
  return deepest;
}

/** Whether an already parsed value nests deeper than `max`; iterative, so depth cannot overflow the stack. */
function valueDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The first array longer than `max`, with its JSON pointer. */
function findLongArray(value: unknown, max: number): { path: string; length: number } | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, string];
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node) && node.length > max) return { path, length: node.length };
    for (const [key, child] of Object.entries(node)) stack.push([child, `${path}/${encodePointerSegment(key)}`]);
  }
  return null;
}
