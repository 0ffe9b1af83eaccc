/**
 * `chatspec check`, the drift gate: fails (exit 1) when the output folder is not what `generate`
 * would write. Fast path first (generator/check/verify.ts): when the manifest shows that no input
 * changed, hashing the output is enough. Otherwise it regenerates in memory (lint-and-generate.ts)
 * and names each stale, missing or extra file, with the first difference of the first stale one.
 */
import { performance } from "node:perf_hooks";
import type { ResolvedConfig } from "../../generator/config.js";
import { ExitCode } from "../../generator/errors.js";
import { rel, seconds } from "./display.js";
import { specPolicy, type CommonFlags } from "./flags.js";
import { colorsOf, type CommandIo } from "./io.js";
import { createPhaseTimer } from "./phase-timer.js";

export async function runCheck(config: ResolvedConfig, flags: CommonFlags, io: CommandIo): Promise<number> {
  const started = performance.now();
  const format = flags.format ?? "text";
  const timer = createPhaseTimer(process.env, io.stderr);
  // Fast path: no input changed since the manifest was written, so hashing the output is enough
  // (generator/check/verify.ts). Anything else, a stale file included, regenerates below for the diff.
  let inputsUnchanged = false;
  if (format === "text" && flags.full !== true) {
    const { fastCheck } = await import("../../generator/check/verify.js");
    const policy = specPolicy(flags);
    const fast = fastCheck(config, {
      lint: flags.lint !== false,
      normalize: flags.normalize === true,
      allowExternalRefs: policy.allowExternalRefs,
      maxSpecBytes: policy.maxSpecBytes,
    });
    timer.lap("fast check");
    if (fast.verdict === "up-to-date") {
      if (!flags.quiet)
        io.stdout(`${colorsOf(io, "stdout").green(`chatspec: ${rel(io, config.out)}/ is up to date (${fast.files} files, ${seconds(started)})`)}\n`);
      timer.report();
      return ExitCode.ok;
    }
    // Only output files differ (edited by hand, or deleted): regenerate for the report, without the lint.
    inputsUnchanged = fast.verdict === "stale";
  }
  // Loaded only past the fast path, which is most of what an unchanged tree's check costs otherwise.
  const [
    { compareOutput, firstDifference, hasDrift },
    { readOutputDir },
    { renderGithub },
    { renderJson },
    { clipLines },
    { staleOutputFindings, lintFinding },
    { lintAndGenerate },
  ] = await Promise.all([
    import("../../generator/compare.js"),
    import("../../generator/io/output-dir.js"),
    import("../../generator/findings/render/github.js"),
    import("../../generator/findings/render/json.js"),
    import("../format-output.js"),
    import("./findings.js"),
    import("./lint-and-generate.js"),
  ]);
  // `--full` trusts nothing an earlier run left: the validators are compiled, not read from the cache.
  const { files, problems } = await lintAndGenerate(config, io, format, flags.full === true ? { ...flags, cache: false } : flags, timer, inputsUnchanged);
  if (format === "json" && files === null) io.stdout(renderJson(problems.map(lintFinding)));
  if (files === null) return ExitCode.findings;
  const onDisk = readOutputDir(config.out);
  const drift = compareOutput(files, onDisk);
  const out = rel(io, config.out);
  if (format !== "text") {
    const findings = staleOutputFindings(drift, out, onDisk, new Map(files.map((file) => [file.path, file.contents])));
    if (format === "json") io.stdout(renderJson([...problems.map(lintFinding), ...findings]));
    else io.stdout(renderGithub(findings));
    if (format === "json") return hasDrift(drift) ? ExitCode.findings : ExitCode.ok;
  }
  timer.lap("compare");
  timer.report();
  if (!hasDrift(drift)) {
    if (!flags.quiet)
      io.stdout(`${colorsOf(io, "stdout").green(`chatspec: ${rel(io, config.out)}/ is up to date (${files.length} files, ${seconds(started)})`)}\n`);
    return ExitCode.ok;
  }
  for (const file of format === "text" ? drift.stale : []) io.stdout(`stale   ${out}/${file}\n`);
  for (const file of format === "text" ? drift.missing : []) io.stdout(`missing ${out}/${file}\n`);
  for (const file of format === "text" ? drift.extra : []) io.stdout(`extra   ${out}/${file}\n`);
  const first = format === "text" ? drift.stale[0] : undefined;
  if (first !== undefined) {
    const fresh = files.find((file) => file.path === first)?.contents ?? "";
    io.stdout(`${clipLines(firstDifference(`${out}/${first}`, onDisk.get(first) ?? "", fresh))}\n`);
  }
  io.stdout(`${colorsOf(io, "stdout").red(`chatspec: ${out}/ is stale; run \`npm run generate\` and commit the result`)}\n`);
  return ExitCode.findings;
}
