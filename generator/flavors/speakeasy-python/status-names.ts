/**
 * The name Speakeasy gives an HTTP status in the classes it makes around an error response: the
 * status's reason phrase in PascalCase (mammoth `AddDataviewBadRequest`, `AddDataviewNotFoundError`,
 * `AddDataviewUnauthorizedError`). A status with no phrase here (a range such as `4XX`, `default`)
 * is written as it is.
 */
const REASONS: Readonly<Record<string, string>> = {
  "400": "Bad Request",
  "401": "Unauthorized",
  "402": "Payment Required",
  "403": "Forbidden",
  "404": "Not Found",
  "405": "Method Not Allowed",
  "406": "Not Acceptable",
  "408": "Request Timeout",
  "409": "Conflict",
  "410": "Gone",
  "412": "Precondition Failed",
  "413": "Request Entity Too Large",
  "415": "Unsupported Media Type",
  "422": "Unprocessable Entity",
  "423": "Locked",
  "429": "Too Many Requests",
  "500": "Internal Server Error",
  "501": "Not Implemented",
  "502": "Bad Gateway",
  "503": "Service Unavailable",
  "504": "Gateway Timeout",
};

export function statusName(status: string): string {
  const reason = REASONS[status];
  return reason === undefined ? status : reason.replaceAll(" ", "");
}
