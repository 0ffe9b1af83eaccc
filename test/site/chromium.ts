/**
 * Debian's Chromium driven by playwright-core, for the browser tests. No Playwright browser download:
 * the machine's /usr/bin/chromium (`npm test` installs the `chromium` package first, as root). A missing binary fails
 * the test with that instruction rather than skipping it, so CI cannot pass without a browser.
 * The flags keep a headless root run off the closed network (no background, component or sync
 * traffic, no QUIC); Playwright gives every launch a fresh temporary profile directory.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y --no-install-recommends chromium), as npm test does when run as root`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
