/**
 * Request validation for servers, shipped inside the generated package. One core (`check`) turns a
 * raw or parsed body into the validated request or an OpenAI-style 400, and thin adapters fit it to
 * node:http, Express/Connect and Fastify. Hostile bodies are refused before they cost much: the
 * byte limit is enforced while reading, and nesting depth, keys per object, array lengths and string
 * lengths are measured on the raw text before parsing (body-limits.ts).
 */
import { type BodyLimits, type LimitHit, scanJsonBytes, scanParsedValue } from "./body-limits.js";
import type { RequestProblem } from "./errors.js";
import { paramName } from "./param-name.js";

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
  /** Most keys accepted in one object anywhere in the body. Default 1,000. */
  readonly maxObjectKeys?: number;
  /** Longest accepted array anywhere in the body. Default 10,000. */
  readonly maxArrayLength?: number;
  /** Longest accepted string value anywhere in the body, in UTF-16 code units. Default: no limit but `limit`'s. */
  readonly maxStringLength?: number;
  /** Longest accepted key anywhere in the body, in UTF-16 code units. Default 256. */
  readonly maxKeyLength?: number;
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

/** Bodies from this size on are checked in steps, one turn of the event loop each (checkReadBody). */
const STEPPED_BODY_BYTES = 256 * 1024;

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
    const limits: BodyLimits = {
      maxDepth: options.maxDepth ?? 64,
      maxObjectKeys: options.maxObjectKeys ?? 1000,
      maxArrayLength: options.maxArrayLength ?? 10_000,
      maxStringLength: options.maxStringLength ?? limit,
      maxKeyLength: options.maxKeyLength ?? 256,
    };
    const validate = options.strict === true ? parts.validateStrict : parts.validate;

    const refuse = (message: string, code: string, param: string | null = null): CheckResult<T> => ({
      ok: false,
      status: 400,
      body: { error: { message, type: "invalid_request_error", param, code } },
      problems: [],
    });

    const refuseOver = (hit: LimitHit): CheckResult<T> => {
      const { message, code } = limitMessage(hit, limits);
      return refuse(message, code, paramName(hit.pointer));
    };

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

    /** Step 1 for raw bodies: the byte limit and the scan on the raw bytes, before anything is decoded. */
    const scanRaw = (bytes: Uint8Array): CheckResult<T> | null => {
      if (bytes.byteLength > limit) return refuse(`The request body is larger than ${limit} bytes.`, "request_too_large");
      const hit = scanJsonBytes(bytes, limits);
      return hit === null ? null : refuseOver(hit);
    };

    /** Step 2 for raw bodies: parsed, or the 400 for a body that is not JSON. */
    const parseText = (text: string): { readonly value: unknown } | CheckResult<T> => {
      try {
        return { value: JSON.parse(text) };
      } catch {
        return refuse("We could not parse the JSON body of your request. The body must be a JSON object.", "invalid_json");
      }
    };

    /** The last steps: the fast validator, and only when it fails, every problem described. */
    const validateParsed = (value: unknown): CheckResult<T> =>
      validate(value) ? { ok: true, value: value as T } : invalid(parts.describe(validate.errors as never, value));

    const check = (body: unknown): CheckResult<T> => {
      if (typeof body === "string" || body instanceof Uint8Array) {
        // The scan reads bytes; a string (check(text) called directly) is encoded once for it.
        const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
        const refused = scanRaw(bytes);
        if (refused !== null) return refused;
        const parsed = parseText(typeof body === "string" ? body : decodeUtf8(bytes));
        return "value" in parsed ? validateParsed(parsed.value) : parsed;
      }
      // Parsed by a framework already: the parse is paid for, the validator's walk is not yet.
      const hit = scanParsedValue(body, limits);
      return hit === null ? validateParsed(body) : refuseOver(hit);
    };

    /**
     * `check` for a body read from the socket, in steps: the scan, the parse and the validation of a
     * large body each run in their own turn of the event loop, so the requests waiting meanwhile are
     * served between them and the longest stall is the longest step (the parse, on most bodies),
     * not their sum. Small bodies are checked at once: their steps cost less than a turn.
     */
    const checkReadBody = (bytes: Uint8Array, onResult: (result: CheckResult<T>) => void): void => {
      if (bytes.byteLength < STEPPED_BODY_BYTES) {
        onResult(check(bytes));
        return;
      }
      const refused = scanRaw(bytes);
      if (refused !== null) {
        onResult(refused);
        return;
      }
      setImmediate(() => {
        const parsed = parseText(decodeUtf8(bytes));
        if (!("value" in parsed)) {
          onResult(parsed);
          return;
        }
        setImmediate(() => {
          if (validate(parsed.value)) onResult({ ok: true, value: parsed.value as T });
          else {
            const errors = validate.errors;
            setImmediate(() => onResult(invalid(parts.describe(errors as never, parsed.value))));
          }
        });
      });
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
      req.on("end", () => checkReadBody(Buffer.concat(chunks), finish));
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

function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** A problem as an OpenAI-style error names it: `messages[0].tool_call_id: a tool message requires …`. */
function errorDetail(problem: RequestProblem): ErrorDetail {
  return { message: `${problem.param ?? "body"}: ${problem.message}`, param: problem.param, code: CODES[problem.keyword] ?? "invalid_value" };
}

/** The 400's message and code for a broken limit, in OpenAI's words: what was expected, where. */
function limitMessage(hit: LimitHit, limits: BodyLimits): { message: string; code: string } {
  const where = hit.pointer === "" ? "request body" : `'${paramName(hit.pointer)}'`;
  switch (hit.kind) {
    case "depth":
      return {
        message: `Invalid ${where}: nested too deep. Expected at most ${limits.maxDepth} levels of arrays and objects (maxDepth), but got more.`,
        code: "nesting_too_deep",
      };
    case "keys":
      return {
        message: `Invalid ${where}: too many keys. Expected an object with at most ${limits.maxObjectKeys} keys (maxObjectKeys), but got more.`,
        code: "too_many_keys",
      };
    case "array":
      return {
        message: `Invalid ${where}: array too long. Expected an array with at most ${limits.maxArrayLength} elements (maxArrayLength), but got more.`,
        code: "array_too_long",
      };
    case "string":
      return {
        message: `Invalid ${where}: string too long. Expected a string of at most ${limits.maxStringLength} characters (maxStringLength), but got more.`,
        code: "string_too_long",
      };
    case "key":
      return {
        message: `Invalid ${where}: key too long. Expected keys of at most ${limits.maxKeyLength} characters (maxKeyLength), but got more.`,
        code: "key_too_long",
      };
  }
}
