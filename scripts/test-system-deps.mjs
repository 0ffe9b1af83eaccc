#!/usr/bin/env node
// The first step of `npm test`: the browser test of the HTML reference drives Debian's Chromium and a
// test builds the MkDocs pages with the real MkDocs. When one of the four Debian packages is missing,
// install them as root (as CI and a fresh container run), and otherwise stop at once with the exact
// command, rather than let those tests fail one by one minutes later.
import { execFileSync, spawnSync } from "node:child_process";

const PACKAGES = ["chromium", "mkdocs", "mkdocs-material", "python3-pymdownx"];
const APT = `apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(" ")}`;

/** The packages dpkg does not list as installed (all of them where there is no dpkg). */
function missingPackages() {
  return PACKAGES.filter((name) => {
    const query = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" });
    return query.status !== 0 || !query.stdout.includes("install ok installed");
  });
}

const missing = missingPackages();
if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    process.stderr.write(`npm test: installing the Debian packages the browser and MkDocs tests need: ${missing.join(" ")}\n`);
    try {
      execFileSync("sh", ["-c", APT], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch {
      process.stderr.write(`npm test: could not install them; run: ${APT}\n`);
      process.exit(1);
    }
  } else {
    process.stderr.write(`npm test: the browser and MkDocs tests need Debian packages (missing: ${missing.join(" ")}); run: sudo sh -c '${APT}'\n`);
    process.exit(1);
  }
}
