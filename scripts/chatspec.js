#!/usr/bin/env node
// The `chatspec` bin. The CLI is TypeScript compiled to dist/ by `npm run build` (run by `prepare`
// on `npm ci`), so no TypeScript loader sits on the start-up path.
import { main } from "../dist/scripts/cli.js";

// main() turns every error it sees into one line and an exit code. An exception thrown from a
// callback a library scheduled on its own (outside any awaited promise) would escape it, so the
// last line of defence is here: one line, exit code 2, the stack only with --debug.
const debug = process.argv.includes("--debug");
const crash = (error) => {
  process.stderr.write(`chatspec: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : "(run with --debug for the stack trace)\n");
  process.exit(2);
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

process.exitCode = await main(process.argv.slice(2));
