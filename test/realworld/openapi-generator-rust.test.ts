/**
 * The `openapi-generator-rust` flavor against the real-world corpus
 * (test/fixtures/realworld/openapi-generator-rust/): each case's spec rendered with the generator
 * settings its case.json records, paired with the model pages openapi-generator wrote from exactly
 * that spec. Every real page is byte-identical to ours except the ones listed here, each with its
 * cause; the pages we write that the generator did not are listed too. Drift reads every real page
 * with the flavor's reader and finds no error. The held-out cases (`heldOut` in their case.json)
 * were not looked at while tuning the flavor; they are measured in their own block.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/audit.js";
import { buildModel } from "../../generator/ir/build.js";
import { comparePages, loadCaseSpec, realPages, realworldCases, renderCase, type CaseComparison, type RealworldCase } from "../support/realworld.js";

const FLAVOR = "openapi-generator-rust";

/** What we know does not come out byte for byte: page → cause. */
interface Expected {
  readonly differing: Readonly<Record<string, string>>;
  readonly missing: Readonly<Record<string, string>>;
  readonly extra: Readonly<Record<string, string>>;
  /** Drift's warnings on the real pages, by code. */
  readonly warnings: Readonly<Record<string, number>>;
  /** Drift's errors on the real pages (`file:line code field`), each a finding we could not yet clear. */
  readonly errors: readonly string[];
}

/** Every case writes the crate README, which the footer links point at; the corpus compares `docs/` only. */
const README_PAGE = "the crate README (ours lists the models only); the corpus holds docs/ pages";
const README = { "README.md": README_PAGE };

/** Why a page does not come out byte for byte (or at all); each listed page names one. */
const PATH_DELETED =
  "an inline model of `/api/v2/pokemon/{pokemon_id}/encounters`, a path the case's generation deleted from the spec first (SOURCE.md); the committed spec still has it";
const ALLOF_INLINE =
  "an inline object inside an inline allOf member (`<Parent>_allOf_<prop>`) that a component declared earlier in the same shape: the tool names it after this parent, ours matches the earlier model";
const COPIED_TYPED_REF =
  "properties written `type: object` beside a `$ref`, in a model the resolver copied from an inline allOf member: the tool prints them free-form (`serde_json::Value`), ours the referenced model; the step of the resolver that drops the `$ref` was not found";
const ALLOF_MERGE =
  "an allOf-wrapped property the tool resolves its own way: the single inline member's description or default where the property states its own, or a primitive where ours links the member's enum";
const UNION_PAGE = "a oneOf/anyOf page: the tool's choice between the properties table and Enum Variants differs from ours here";
const DESCRIPTION_TEXT = "description whitespace: the tool's folding of this description differs";
const NULLABLE_REF_SIBLING =
  "a required `$ref` with a sibling `nullable: true` in a 3.0 document: 3.0 ignores a `$ref`'s siblings, so the tool prints no `Option<>`; the upgrade to 3.1 writes it as `anyOf: [$ref, {type: null}]`, which the IR reads as nullable, and the flavor only sees the upgraded document";
const ENUM_REF_DEFAULT =
  "a property wrapping a `$ref` to a primitive component in allOf (`type: boolean`, `allOf: [$ref]`): the tool prints the component's description, the IR follows only a bare `$ref` for it";

const EXPECTED: Readonly<Record<string, Expected>> = {
  "endoflife-date": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  "minecraft-versions": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  openai: {
    differing: {
      "docs/CreateChatCompletionRequest.md": DESCRIPTION_TEXT,
      "docs/RunObject.md": NULLABLE_REF_SIBLING,
    },
    missing: {},
    extra: README,
    warnings: {
      "drift/default-mismatch": 24,
      "drift/deprecated-not-marked": 1,
      "drift/nullable-mismatch": 3,
      "drift/range-mismatch": 2,
    },
    errors: [],
  },
  pinterest: {
    differing: {
      "docs/AdsAnalyticsCreateAsyncRequest.md": ALLOF_MERGE,
      "docs/AudienceCreateRequest.md": ALLOF_INLINE,
      "docs/CampaignCreateRequest.md": ENUM_REF_DEFAULT,
      "docs/DeletePartnersRequest.md": ALLOF_MERGE,
      "docs/OauthAccessTokenResponse.md": UNION_PAGE,
      "docs/PinMedia.md": UNION_PAGE,
      "docs/PinMediaWithImageAllOfImages.md": COPIED_TYPED_REF,
      "docs/TemplateResponse.md": ALLOF_MERGE,
    },
    missing: {
      "docs/AudienceCreateRequest1AudienceType.md": ALLOF_INLINE,
    },
    extra: {
      "README.md": README_PAGE,
    },
    warnings: { "drift/default-mismatch": 13, "drift/deprecated-not-marked": 9, "drift/unmapped-page": 4 },
    errors: [],
  },
  pokeapi: {
    differing: {},
    missing: {},
    extra: {
      "docs/PokemonEncountersRetrieve200ResponseInnerLocationArea.md": PATH_DELETED,
      "docs/PokemonEncountersRetrieve200ResponseInnerVersionDetailsInnerEncounterDetailsInnerConditionValuesInner.md": PATH_DELETED,
      "docs/PokemonEncountersRetrieve200ResponseInnerVersionDetailsInnerEncounterDetailsInnerMethod.md": PATH_DELETED,
      "docs/PokemonEncountersRetrieve200ResponseInnerVersionDetailsInnerEncounterDetailsInner.md": PATH_DELETED,
      "docs/PokemonEncountersRetrieve200ResponseInnerVersionDetailsInnerVersion.md": PATH_DELETED,
      "docs/PokemonEncountersRetrieve200ResponseInnerVersionDetailsInner.md": PATH_DELETED,
      "docs/PokemonEncountersRetrieve200ResponseInner.md": PATH_DELETED,
      "README.md": README_PAGE,
    },
    // 3.0's `nullable: true` in this 3.1 spec: the generator ignores it (no `Option<>`), drift does not.
    warnings: { "drift/nullable-mismatch": 17 },
    errors: [],
  },
};

interface Measured {
  readonly comparison: CaseComparison;
  readonly findings: { readonly errors: readonly string[]; readonly warnings: Readonly<Record<string, number>> };
}

/** Renders the case, pairs the pages and audits every real page with drift; the spec is loaded once. */
async function measure(item: RealworldCase): Promise<Measured> {
  const document = await loadCaseSpec(item);
  const real = realPages(item);
  const comparison = comparePages(real, renderCase(item, document));
  const model = buildModel(document, "all");
  const errors: string[] = [];
  const warnings: Record<string, number> = {};
  for (const [file, text] of real) {
    for (const finding of auditPage(file, text, { model, document }, { flavor: FLAVOR }).findings) {
      if (finding.severity === "error") errors.push(`${file}:${finding.line} ${finding.code} ${finding.field}`);
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

    it("reads every real page with drift: only the listed errors and warnings", () => {
      expect(measured.findings.errors).toEqual(expected.errors);
      expect(measured.findings.warnings).toEqual(expected.warnings);
    });
  });
}

const cases = realworldCases(FLAVOR);

describe("tuned cases", () => {
  for (const item of cases.filter((candidate) => !candidate.heldOut)) {
    const expected = EXPECTED[item.id];
    if (expected === undefined) throw new Error(`no expectations for ${item.id}`);
    describeCase(item, expected);
  }
});

/**
 * The held-out cases, measured once after tuning and not tuned on. swaggy-jenkins (78 of 80 pages
 * byte-identical): its two differences are left as found. azureipranges (3 of 3, 7.18.0),
 * iplocation (2 of 2, 7.24.0) and swagger-aem (16 of 16, 7.24.0, a 3.0 spec) were added later.
 */
const HELD_OUT: Readonly<Record<string, Expected>> = {
  "swaggy-jenkins": {
    differing: {
      "docs/FreeStyleProject.md": "7.24 links a component by its schema name (`NullSCM.md`), ours by the folded model name (`NullScm.md`)",
      "docs/PipelineImpllinks.md":
        "property order: the tool lists `self` and `actions` before `runs` and `queue`, ours in spec order (runs, self, queue, actions); cause not found",
    },
    missing: {},
    extra: README,
    warnings: {},
    errors: [],
  },
  // Added later and measured once (each SOURCE.md gives the proof): every model page byte for byte.
  azureipranges: { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  iplocation: { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  "swagger-aem": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  // foundry-pool did not load until an example's unreadable `externalValue` stopped being an input
  // error; then measured once: every model page byte for byte. Its one drift error (a boolean's
  // `default: "false"` read against the page's bare `false`) was a drift bug, fixed for every flavor.
  "foundry-pool": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  // Added later and measured once, not analysed (each SOURCE.md gives the proof; both 7.24.0).
  "okta-ip-ranges": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  // ipify's one drift warning is the real page we do not write, which no model of ours maps to.
  ipify: {
    differing: {},
    missing: { "docs/GetIp200Response.md": "held out: measured, not analysed" },
    extra: README,
    warnings: { "drift/unmapped-page": 1 },
    errors: [],
  },
};

describe("held-out cases", () => {
  for (const item of cases.filter((candidate) => candidate.heldOut)) {
    const expected = HELD_OUT[item.id];
    if (expected === undefined) throw new Error(`no expectations for held-out ${item.id}`);
    describeCase(item, expected);
  }
});
