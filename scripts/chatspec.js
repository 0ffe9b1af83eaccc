#!/usr/bin/env node
// The `chatspec` bin. The CLI is TypeScript compiled to dist/ by `npm run build` (run by `prepare`
// on `npm ci`), so no TypeScript loader sits on the start-up path.
import { main } from "../dist/scripts/cli.js";

process.exitCode = await main(process.argv.slice(2));
