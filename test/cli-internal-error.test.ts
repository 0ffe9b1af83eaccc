/**
 * An internal error (a bug, not bad input) keeps stdout parsable: with `--format json`, `github` or
 * `markdown` it is one `internal/error` finding on stdout, and in every format one line on stderr
 * with the hint to `--debug`, exit code 2, no stack trace. The lint command is replaced by one that
 * fails as a bug would.
 */
import { describe, expect, it, vi } from "vitest";
import { runCli } from "./helpers.js";

vi.mock("../scripts/commands/lint.js", () => ({
  runLint: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'rules')");
  },
}));

const STDERR = "chatspec: internal error: Cannot read properties of undefined (reading 'rules')\n(run with --debug for the stack trace)\n";

describe("an internal error", () => {
  it("is an internal/error finding on stdout with --format json", async () => {
    const result = await runCli(["lint", "--format", "json"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        code: "internal/error",
        severity: "error",
        message: "internal error: Cannot read properties of undefined (reading 'rules')",
        file: "",
        line: null,
        column: null,
      },
    ]);
    expect(result.stderr).toBe(STDERR);
  });

  it("is an annotation with --format github, and only the stderr line in text", async () => {
    const github = await runCli(["lint", "--format=github"]);
    expect(github.stdout).toBe("::error title=internal/error::internal error: Cannot read properties of undefined (reading 'rules')\n");
    expect(github.code).toBe(2);
    const text = await runCli(["lint"]);
    expect(text).toEqual({ code: 2, stdout: "", stderr: STDERR });
  });
});
