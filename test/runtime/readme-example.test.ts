/**
 * The package README's endpoint example runs as written: it is extracted from docs/package.md (the
 * generated package's README rendered for the canonical spec, templates/package/README.md.hbs),
 * pointed at the generated package, started on a free port, and called with a valid and an invalid request.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, projectTempDir } from "../helpers.js";

function exampleSource(file: string): string {
  const readme = readFileSync(path.join(ROOT, file), "utf8");
  const match = /<!-- example: server -->\n```js\n([\s\S]*?)```/.exec(readme);
  if (match === null) throw new Error(`${file} has no server example`);
  return match[1] as string;
}

describe("package README server example", () => {
  it("is about 20 lines", () => {
    expect(exampleSource("docs/package.md").trim().split("\n").length).toBeLessThanOrEqual(22);
  });

  it("is the example of the generated package's README", () => {
    expect(exampleSource("generated/README.md")).toBe(exampleSource("docs/package.md"));
  });

  it("answers a valid request and refuses an invalid one", async () => {
    const dir = projectTempDir("readme");
    const file = path.join(dir, "server.mjs");
    writeFileSync(file, exampleSource("docs/package.md").replace('"@chatspec/chat-completions"', JSON.stringify(path.join(ROOT, "generated/index.js"))));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, [file], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
    try {
      const url = `http://127.0.0.1:${port}/v1/chat/completions`;
      let ok: Response | null = null;
      for (let attempt = 0; attempt < 50 && ok === null; attempt++) {
        ok = await fetch(url, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] }) }).catch(async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return null;
        });
      }
      expect(ok?.status).toBe(200);
      expect(((await (ok as Response).json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe('You said: "Hi"');
      const bad = await fetch(url, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages: [] }) });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({
        error: {
          message: "messages: must have at least 1 item (got 0 items)",
          type: "invalid_request_error",
          param: "messages",
          code: "invalid_value",
          errors: [{ message: "messages: must have at least 1 item (got 0 items)", param: "messages", code: "invalid_value" }],
        },
      });
    } finally {
      child.kill();
    }
  });
});
