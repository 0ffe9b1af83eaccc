/**
 * The `openapi-generator-rust` flavor against the real-world corpus
 * (test/fixtures/realworld/openapi-generator-rust/): each case's spec rendered with the generator
 * settings its case.json records, paired with the model pages openapi-generator wrote from exactly
 * that spec. Every real page is byte-identical to ours except the ones listed here, each with its
 * cause; the pages we write that the generator did not are listed too. Drift reads every real page
 * with the flavor's reader and finds no error. The held-out case (`heldOut` in its case.json) was
 * not looked at while tuning the flavor; it is measured in its own block.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/audit.js";
import { buildModel } from "../../generator/ir/build.js";
import { caseDocument, comparePages, generatedPages, realPages, realworldCases, type CaseComparison, type RealworldCase } from "../support/realworld.js";

const FLAVOR = "openapi-generator-rust";

/** What we know does not come out byte for byte: page → cause. */
interface Expected {
  readonly differing: Readonly<Record<string, string>>;
  readonly missing: Readonly<Record<string, string>>;
  readonly extra: Readonly<Record<string, string>>;
  /** Drift's warnings on the real pages, by code (errors must be zero). */
  readonly warnings: Readonly<Record<string, number>>;
}

/** Every case writes the crate README, which the footer links point at; the corpus compares `docs/` only. */
const README = { "README.md": "the crate README (ours lists the models only); the corpus holds docs/ pages" };

const EXPECTED: Readonly<Record<string, Expected>> = {
  "endoflife-date": { differing: {}, missing: {}, extra: README, warnings: {} },
  "minecraft-versions": { differing: {}, missing: {}, extra: README, warnings: {} },
  pokeapi: {
    differing: {},
    missing: {},
    extra: README,
    // 3.0's `nullable: true` in this 3.1 spec: the generator ignores it (no `Option<>`), drift does not.
    warnings: { "drift/nullable-mismatch": 17 },
  },
};

interface Measured {
  readonly comparison: CaseComparison;
  readonly findings: { readonly errors: readonly string[]; readonly warnings: Readonly<Record<string, number>> };
}

/** Renders the case, pairs the pages and audits every real page with drift; the spec is loaded once. */
async function measure(item: RealworldCase): Promise<Measured> {
  const document = await caseDocument(item);
  const real = realPages(item);
  const comparison = comparePages(real, await generatedPages(item, document));
  const model = buildModel(document, "all");
  const errors: string[] = [];
  const warnings: Record<string, number> = {};
  for (const [file, text] of real) {
    for (const finding of auditPage(file, text, { model, document }, { flavor: FLAVOR }).findings) {
      if (finding.severity === "error") errors.push(`${file}:${finding.line} ${finding.code} ${finding.message}`);
      else warnings[finding.code] = (warnings[finding.code] ?? 0) + 1;
    }
  }
  return { comparison, findings: { errors, warnings } };
}

function describeCase(item: RealworldCase, expected: Expected): void {
  describe(item.id, () => {
    let measured: Measured;
    beforeAll(async () => {
      measured = await measure(item);
    }, 60_000);

    it("writes every real page byte for byte, except the listed ones", () => {
      expect(measured.comparison.differing).toEqual(Object.keys(expected.differing));
      expect(measured.comparison.missing).toEqual(Object.keys(expected.missing));
      expect(measured.comparison.matched.length + Object.keys(expected.differing).length + Object.keys(expected.missing).length).toBe(realPages(item).size);
    });

    it("writes no page the generator did not, except the listed ones", () => {
      expect(measured.comparison.extra).toEqual(Object.keys(expected.extra));
    });

    it("reads every real page with drift: no error, the listed warnings", () => {
      expect(measured.findings.errors).toEqual([]);
      expect(measured.findings.warnings).toEqual(expected.warnings);
    });
  });
}

/**
 * Cases chatspec cannot read yet (OpenAPI 3.0 input), with the loader's message: once it reads
 * them, this fails and the case gets its lists above.
 */
const UNREADABLE: Readonly<Record<string, string>> = {
  openai: "unsupported version (openapi 3.0.0)",
  pinterest: "unsupported version (openapi 3.0.3)",
};

const cases = realworldCases(FLAVOR);

describe("tuned cases", () => {
  for (const item of cases.filter((candidate) => !candidate.heldOut)) {
    const unreadable = UNREADABLE[item.id];
    if (unreadable !== undefined) {
      it(`cannot read ${item.id} yet`, async () => {
        await expect(caseDocument(item)).rejects.toThrow(unreadable);
      });
      continue;
    }
    const expected = EXPECTED[item.id];
    if (expected === undefined) throw new Error(`no expectations for ${item.id}`);
    describeCase(item, expected);
  }
});
