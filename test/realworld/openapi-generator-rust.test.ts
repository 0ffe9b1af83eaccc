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
const SINGLE_ALLOF_REF =
  "a component that is `allOf: [$ref]` with keywords of its own: the tool keeps it as a model of its own (and links to it), the IR reads it as the referenced schema";
const STRING_PROPERTIES = "a `type: string` schema with `properties`: the tool reads a string and writes no model, the IR reads an object";
const PROPERTIES_ONEOF =
  "an object with `properties` beside a `oneOf` of required-only branches: the tool models the properties (and names the inline models inside them), the IR reads a union";
const SINGLE_ONEOF = "a `oneOf` with a single `$ref` branch: the tool keeps it as an inline model of its own (`…Inner`), the IR reads the branch itself";
const PATH_DELETED =
  "an inline model of `/api/v2/pokemon/{pokemon_id}/encounters`, a path the case's generation deleted from the spec first (SOURCE.md); the committed spec still has it";
const ALLOF_INLINE = "an inline object inside an allOf member (`<Parent>_allOf_<prop>`): the IR merges allOf members and forgets where a property came from";
const ALLOF_MERGE = "an allOf merged differently: members that are themselves composed, the overriding member's order, descriptions or defaults";
const UNION_PAGE = "a oneOf/anyOf page: the tool's choice between the properties table and Enum Variants differs from ours here";
const DESCRIPTION_TEXT = "description whitespace: the tool's folding of this description differs";
const DESCRIPTION_DROPPED = "the tool drops this property's description (its composition resolves to a plain type); the IR no longer shows the composition";
const NULLABLE_ALLOF = "a required allOf-wrapped `$ref` with 3.0's `nullable: true`: the tool prints no `Option<>`, the upgraded anyOf reads as nullable";
const TITLE_CLASH = "a component and an inline schema titled `Static Chunking Strategy` share one model name; the tool's page is the inline one's";
const ENUM_REF_DEFAULT = "a default beside an allOf-wrapped enum `$ref` (or an enum property): the tool prints it, ours does not";

const EXPECTED: Readonly<Record<string, Expected>> = {
  "endoflife-date": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  "minecraft-versions": { differing: {}, missing: {}, extra: README, warnings: {}, errors: [] },
  openai: {
    differing: {
      "docs/CreateAssistantRequestToolResourcesFileSearch.md": UNION_PAGE,
      "docs/CreateChatCompletionRequest.md": DESCRIPTION_TEXT,
      "docs/CreateFineTuningJobRequestIntegrationsInner.md": DESCRIPTION_DROPPED,
      "docs/CreateThreadRequestToolResources.md": PROPERTIES_ONEOF,
      "docs/FineTuneChatCompletionRequestAssistantMessage.md": ALLOF_MERGE,
      "docs/FineTunePreferenceRequestInput.md": SINGLE_ONEOF,
      "docs/FineTuningJob.md": SINGLE_ONEOF,
      "docs/ModifyAssistantRequest.md": DESCRIPTION_DROPPED,
      "docs/RunObject.md": NULLABLE_ALLOF,
      "docs/StaticChunkingStrategy.md": TITLE_CLASH,
    },
    missing: {
      "docs/AutoChunkingStrategy.md": PROPERTIES_ONEOF,
      "docs/CreateAssistantRequestToolResourcesFileSearchVectorStoresInner.md": PROPERTIES_ONEOF,
      "docs/CreateAssistantRequestToolResourcesFileSearchVectorStoresInnerChunkingStrategy.md": PROPERTIES_ONEOF,
      "docs/CreateThreadRequestToolResourcesFileSearch.md": PROPERTIES_ONEOF,
      "docs/CreateThreadRequestToolResourcesFileSearchVectorStoresInner.md": PROPERTIES_ONEOF,
      "docs/FineTunePreferenceRequestInputPreferredCompletionInner.md": SINGLE_ONEOF,
      "docs/FineTuningJobIntegrationsInner.md": SINGLE_ONEOF,
      "docs/StaticChunkingStrategyStatic.md": PROPERTIES_ONEOF,
    },
    extra: README,
    // `logit_bias`'s prose states bounds the spec's schema does not, as the spec's own description does: a warning.
    warnings: {
      "drift/default-mismatch": 24,
      "drift/deprecated-not-marked": 1,
      "drift/nullable-mismatch": 3,
      "drift/range-mismatch": 1,
      "drift/unmapped-page": 2,
    },
    // The real pages are wrong here: `seed` is an int64 printed as i32; StaticChunkingStrategy and
    // CreateThreadRequestToolResourcesFileSearch are the inline models named after a title or an
    // operation (see TITLE_CLASH, PROPERTIES_ONEOF).
    errors: [
      "docs/CreateAssistantRequestToolResourcesFileSearch.md:8 drift/unknown-field vector_stores",
      "docs/CreateChatCompletionRequest.md:24 drift/type-mismatch seed",
      "docs/CreateCompletionRequest.md:5 drift/missing-field logit_bias",
      "docs/CreateCompletionRequest.md:17 drift/type-mismatch seed",
      "docs/CreateThreadRequestToolResourcesFileSearch.md:8 drift/unknown-field vector_stores",
      "docs/StaticChunkingStrategy.md:5 drift/missing-field max_chunk_size_tokens",
      "docs/StaticChunkingStrategy.md:5 drift/missing-field chunk_overlap_tokens",
      "docs/StaticChunkingStrategy.md:7 drift/unknown-field r#type",
      "docs/StaticChunkingStrategy.md:8 drift/unknown-field r#static",
    ],
  },
  pinterest: {
    differing: {
      "docs/AdGroupAudienceSizingRequest.md": ALLOF_MERGE,
      "docs/AdGroupCreateRequest.md": ENUM_REF_DEFAULT,
      "docs/AdsAnalyticsCreateAsyncRequest.md": ALLOF_MERGE,
      "docs/AdvancedAuctionItemsGetRequest.md": SINGLE_ALLOF_REF,
      "docs/AdvancedAuctionProcessedItem.md": ALLOF_MERGE,
      "docs/AudienceCreateRequest.md": ALLOF_INLINE,
      "docs/AudienceDefinition.md": ALLOF_MERGE,
      "docs/BulkDownloadRequest.md": ENUM_REF_DEFAULT,
      "docs/CampaignCreateRequest.md": ENUM_REF_DEFAULT,
      "docs/CatalogsCreativeAssetsAttributes.md": ALLOF_MERGE,
      "docs/CatalogsCreativeAssetsFeedsCreateRequest.md": ALLOF_MERGE,
      "docs/CatalogsFeedsCreateRequest.md": ALLOF_MERGE,
      "docs/CatalogsHotelAttributes.md": ALLOF_INLINE,
      "docs/CatalogsHotelFeedsCreateRequest.md": ALLOF_MERGE,
      "docs/CatalogsRetailFeedsCreateRequest.md": ALLOF_MERGE,
      "docs/ConversionEventsUserData.md": ALLOF_MERGE,
      "docs/ConversionTagCreate.md": ALLOF_MERGE,
      "docs/ConversionTagListResponse.md": SINGLE_ALLOF_REF,
      "docs/CreateMmmReportRequest.md": ALLOF_MERGE,
      "docs/CustomerListRequest.md": ENUM_REF_DEFAULT,
      "docs/DeletePartnersRequest.md": ALLOF_MERGE,
      "docs/InviteBusinessRoleBinding.md": ALLOF_MERGE,
      "docs/InviteResponse.md": ALLOF_MERGE,
      "docs/ItemAttributes.md": ALLOF_MERGE,
      "docs/ItemAttributesRequest.md": ALLOF_MERGE,
      "docs/ItemResponse.md": ALLOF_MERGE,
      "docs/MediaUpload.md": ALLOF_INLINE,
      "docs/OauthAccessTokenRequestClientCredentials.md": ALLOF_MERGE,
      "docs/OauthAccessTokenRequestCode.md": ALLOF_MERGE,
      "docs/OauthAccessTokenRequestRefresh.md": ALLOF_MERGE,
      "docs/OauthAccessTokenResponse.md": UNION_PAGE,
      "docs/OauthAccessTokenResponseCode.md": ALLOF_MERGE,
      "docs/OauthAccessTokenResponseEverlastingRefresh.md": ALLOF_MERGE,
      "docs/OauthAccessTokenResponseIntegrationRefresh.md": ALLOF_MERGE,
      "docs/PinMedia.md": UNION_PAGE,
      "docs/PinMediaWithImage.md": ALLOF_INLINE,
      "docs/PinMediaWithImageAndVideo.md": ALLOF_MERGE,
      "docs/PinMediaWithImages.md": ALLOF_MERGE,
      "docs/PinMediaWithVideo.md": ALLOF_MERGE,
      "docs/PinMediaWithVideos.md": ALLOF_MERGE,
      "docs/TargetingTemplateGetResponseData.md": ENUM_REF_DEFAULT,
      "docs/TargetingTemplateResponseData.md": ENUM_REF_DEFAULT,
      "docs/TemplateResponse.md": ALLOF_MERGE,
    },
    missing: {
      "docs/AdvancedAuctionItemsGetRecord.md": SINGLE_ALLOF_REF,
      "docs/AdvancedAuctionItemsSubmitDeleteRecord.md": SINGLE_ALLOF_REF,
      "docs/AudienceCreateRequest1AudienceType.md": ALLOF_INLINE,
      "docs/CampaignUpdateResponse.md": SINGLE_ALLOF_REF,
      "docs/CatalogsHotelAttributesAllOfMainImage.md": ALLOF_INLINE,
      "docs/ConversionTagResponse.md": SINGLE_ALLOF_REF,
      "docs/ItemAttributesRequestAllOfImageLink.md": ALLOF_INLINE,
      "docs/MediaUploadAllOfUploadParameters.md": ALLOF_INLINE,
      "docs/PinMediaWithImageAllOfImages.md": ALLOF_INLINE,
    },
    extra: {
      "docs/AudienceDefinitionScope.md": STRING_PROPERTIES,
      "docs/AudienceDefinitionType.md": STRING_PROPERTIES,
      "docs/CatalogsHotelAttributesMainImage.md": ALLOF_INLINE,
      "docs/ItemAttributesRequestImageLink.md": ALLOF_INLINE,
      "docs/MediaUploadUploadParameters.md": ALLOF_INLINE,
      "README.md": README_PAGE,
    },
    warnings: { "drift/default-mismatch": 13, "drift/deprecated-not-marked": 9, "drift/unmapped-page": 4 },
    // Fields the spec declares through compositions the IR does not merge (allOf members holding a
    // oneOf, allOf chains with inline members: unknown-field), enum defaults the tool writes as
    // variant names of integer enums (default-mismatch), and properties typed through a `type: string`
    // schema with properties or an allOf of a string and an enum `$ref` (type-mismatch).
    errors: [
      "docs/AdsAnalyticsCreateAsyncRequest.md:10 drift/default-mismatch click_window_days",
      "docs/AdsAnalyticsCreateAsyncRequest.md:11 drift/default-mismatch engagement_window_days",
      "docs/AdsAnalyticsCreateAsyncRequest.md:12 drift/default-mismatch view_window_days",
      "docs/AdsAnalyticsCreateAsyncRequest.md:13 drift/default-mismatch conversion_report_time",
      "docs/AdvancedAuctionProcessedItem.md:8 drift/unknown-field item_id",
      "docs/AdvancedAuctionProcessedItem.md:9 drift/unknown-field country",
      "docs/AdvancedAuctionProcessedItem.md:10 drift/unknown-field language",
      "docs/AdvancedAuctionProcessedItem.md:11 drift/unknown-field bid_options",
      "docs/AdvancedAuctionProcessedItem.md:12 drift/unknown-field update_mask",
      "docs/AudienceDefinition.md:8 drift/type-mismatch type",
      "docs/AudienceDefinition.md:9 drift/type-mismatch scope",
      "docs/ConversionTagCreate.md:8 drift/unknown-field aem_enabled",
      "docs/ConversionTagCreate.md:9 drift/unknown-field md_frequency",
      "docs/ConversionTagCreate.md:10 drift/unknown-field aem_fnln_enabled",
      "docs/ConversionTagCreate.md:11 drift/unknown-field aem_ph_enabled",
      "docs/ConversionTagCreate.md:12 drift/unknown-field aem_ge_enabled",
      "docs/ConversionTagCreate.md:13 drift/unknown-field aem_db_enabled",
      "docs/ConversionTagCreate.md:14 drift/unknown-field aem_loc_enabled",
      "docs/CreateMmmReportRequest.md:14 drift/unknown-field countries",
      "docs/DeletePartnersRequest.md:8 drift/type-mismatch partner_type",
      "docs/InviteBusinessRoleBinding.md:10 drift/unknown-field id",
      "docs/InviteBusinessRoleBinding.md:11 drift/unknown-field invite_data",
      "docs/InviteBusinessRoleBinding.md:12 drift/unknown-field is_received_invite",
      "docs/InviteResponse.md:12 drift/unknown-field id",
      "docs/InviteResponse.md:13 drift/unknown-field invite_data",
      "docs/InviteResponse.md:14 drift/unknown-field is_received_invite",
      "docs/InviteResponse.md:15 drift/unknown-field user",
      "docs/OauthAccessTokenRequestClientCredentials.md:8 drift/unknown-field scope",
      "docs/OauthAccessTokenRequestCode.md:8 drift/unknown-field code",
      "docs/OauthAccessTokenRequestCode.md:9 drift/unknown-field redirect_uri",
      "docs/OauthAccessTokenRequestRefresh.md:8 drift/unknown-field refresh_token",
      "docs/OauthAccessTokenRequestRefresh.md:9 drift/unknown-field scope",
      "docs/OauthAccessTokenRequestRefresh.md:10 drift/unknown-field refresh_on",
      "docs/OauthAccessTokenResponseCode.md:12 drift/unknown-field refresh_token",
      "docs/OauthAccessTokenResponseCode.md:13 drift/unknown-field refresh_token_expires_in",
      "docs/OauthAccessTokenResponseEverlastingRefresh.md:12 drift/unknown-field refresh_token",
      "docs/OauthAccessTokenResponseEverlastingRefresh.md:13 drift/unknown-field refresh_token_expires_in",
      "docs/OauthAccessTokenResponseEverlastingRefresh.md:14 drift/unknown-field refresh_token_expires_at",
      "docs/OauthAccessTokenResponseIntegrationRefresh.md:12 drift/unknown-field refresh_token",
      "docs/OauthAccessTokenResponseIntegrationRefresh.md:13 drift/unknown-field refresh_token_expires_in",
      "docs/TargetingTemplateGetResponseData.md:17 drift/default-mismatch status",
      "docs/TargetingTemplateResponseData.md:17 drift/default-mismatch status",
    ],
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
 * The held-out case, measured once after tuning (78 of 80 pages byte-identical) and not tuned on:
 * its two differences are left as found.
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
};

describe("held-out cases", () => {
  for (const item of cases.filter((candidate) => candidate.heldOut)) {
    const expected = HELD_OUT[item.id];
    if (expected === undefined) throw new Error(`no expectations for held-out ${item.id}`);
    describeCase(item, expected);
  }
});
