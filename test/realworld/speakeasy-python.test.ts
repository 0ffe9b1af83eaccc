/**
 * The speakeasy-python flavor against real Speakeasy Python SDKs (test/fixtures/realworld/speakeasy-python/):
 * each case's spec, rendered with the generator settings its case.json records, must give every
 * real model page byte for byte, except the pages listed here, grouped by why they differ, are
 * missing, or are extra. And `chatspec drift` reads every real page with the flavor's reader and
 * compares it with the same spec: the findings are pinned per page.
 *
 * The held-out SDKs (ding-python, pydataverse-gen-speakeasy, egain-api-python and sdk-python-clay)
 * are measured on their own: nothing was tuned on their pages. margen-python, deck-sdk-python and
 * emailr-python were measured once as held-out cases, then tuned on (emailr at 55 of 70 pages, with
 * 5 drift errors); easyreview-python (Speakeasy 2.225) was measured once held out at 16/56 pages (19
 * drift errors), then tuned on; mammoth-sdk-py (2.687) at 543/1085, then tuned on.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/audit.js";
import { buildModel } from "../../generator/ir/build.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import { type CaseComparison, comparePages, loadCaseSpec, type RealworldCase, realPages, realworldCases, renderCase } from "../support/realworld.js";

/** Pages grouped by the cause of their difference: cause → pages. */
type ByCause = Readonly<Record<string, readonly string[]>>;

interface Expected {
  /** How many real model pages the case has. */
  readonly total: number;
  /** Real pages chatspec writes, but not byte for byte. */
  readonly differing: ByCause;
  /** Real pages chatspec does not write. */
  readonly missing: ByCause;
  /** Pages chatspec writes that Speakeasy did not. */
  readonly extra: ByCause;
  /** Error-level drift findings on the real pages, by page. */
  readonly driftErrors: Readonly<Record<string, number>>;
  /** Warning-level drift findings on all real pages (mostly unmapped pages: wrappers and error bodies no schema or operation class documents). */
  readonly driftWarnings: number;
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  "agentset-python": {
    total: 169,
    differing: {},
    missing: {},
    extra: {
      "a primitive alias: Speakeasy writes no page (we write a Supported Types page for every definition)": ["models/paginationcursor.md"],
    },
    driftErrors: {},
    // Five prose defaults ("Defaults to basic") that the spec's own description states too: warnings, as the spec contradicts itself
    // (DocumentConfigOutput's two are read since its page maps to the class it shares with ingest-job-configOutput).
    driftWarnings: 26,
  },
  "bolt-python-sdk": {
    total: 27,
    differing: {},
    missing: {},
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "deck-sdk-python": {
    total: 58,
    differing: {
      "a description with `\\r\\n` line ends: Speakeasy pads the table as if each `\\r` were still there (two columns wider than the `<br/>` text); we drop the `\\r` before measuring":
        ["models/update.md"],
    },
    missing: {},
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "emailr-python": {
    total: 70,
    differing: {
      // With `&lt;` the Example column is wider too (createtemplaterequest.md).
      "a `<` in an example: Speakeasy leaves it raw (`<h1>Hello</h1>`, `<message-id@domain.com>`); we write `&lt;`, as the flavor lets no spec text open an HTML tag (held by the hostile-text property test)":
        ["models/createtemplaterequest.md", "models/replyto.md", "models/sendemailrequest.md"],
    },
    missing: {},
    // No models/error.md: its settings follow gen.yaml's `sharedErrorComponentsApr2025: true` and the
    // gen.lock's `docs/errors/` files (errorSchemas: apr2025), read from those two files, not from its pages.
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "easyreview-python": {
    total: 56,
    differing: {},
    missing: {},
    extra: {},
    driftErrors: {},
    // 41 operation pages (`models/operations/`, not audited) and the Security page map to no schema; Speakeasy 2.225
    // writes no `Nullable` (`nullable: hidden`), so 15 nullable fields read as `Optional[…]` without null.
    driftWarnings: 57,
  },
  "emissary-python": {
    total: 62,
    differing: {},
    missing: {},
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "honeyhive-python-sdk": {
    total: 195,
    differing: {},
    missing: {},
    extra: {
      "a primitive alias: Speakeasy writes no page (we write a Supported Types page for every definition)": ["models/components/uuidtype.md"],
    },
    driftErrors: {},
    driftWarnings: 98,
  },
  log10py: {
    total: 100,
    differing: {},
    missing: {},
    extra: {
      "an array or free-form alias: Speakeasy writes no page (we write a Supported Types page for every definition)": [
        "models/components/chatcompletionmessagetoolcalls.md",
        "models/components/functionparameters.md",
      ],
    },
    // logit_bias's range, which the spec's own description states but its schema does not, is a warning
    driftErrors: {},
    driftWarnings: 55,
  },
  "margen-python": {
    total: 27,
    differing: {
      "the one scheme the global security names (`bearerAuth`, http) is optional here but required in r9s and honeyhive; margen's gen.yaml has `securityFeb2025: true` (theirs false), but one case cannot tell that fix from the version (1.789) or from the unused second scheme":
        ["models/security.md"],
    },
    missing: {},
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "que-python-sdk": {
    total: 38,
    differing: {
      "a `<` in a description: Speakeasy leaves it raw; we write `&lt;`, as the flavor lets no spec text open an HTML tag (`custom:<url>` opens `<url>` in CommonMark; held by the hostile-text property test)":
        ["models/cawgidentitydto.md"],
    },
    missing: {},
    // No models/problemresponse.md: errorSchemas apr2025, from gen.yaml's `sharedErrorComponentsApr2025: true` and gen.lock's `docs/errors/problemresponseerror.md`.
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "r9s-python": {
    total: 212,
    differing: {},
    missing: {},
    extra: {},
    driftErrors: {},
    driftWarnings: 2,
  },
  "mammoth-sdk-py": {
    total: 1085,
    differing: {
      "a `$ref` property's `examples` (beside the `$ref`, or its target's): Speakeasy shows them, we show none": [
        "models/automationconditionschema.md",
        "models/batchespatchoperation.md",
        "models/createthirdpartydataset.md",
        "models/datasetdetails.md",
        "models/dsconfigpatchdata.md",
        "models/fileinfo.md",
        "models/filesstandardschema.md",
        "models/getconditionschema.md",
        "models/globalschema.md",
        "models/internaldsinfo.md",
        "models/jobresponse.md",
        "models/projectcreate.md",
        "models/taskschema.md",
        "models/tpsourceinfo.md",
        "models/webhookinfo.md",
        "models/weburlinfo.md",
        "models/workspaceuserssettingspatchop.md",
      ],
      "a nullable `oneOf: [null, $ref]` property: Speakeasy shows the description written on the wrapper, we the target's or none": [
        "models/automationtaskschema.md",
        "models/batchespostrequest.md",
        "models/custompromptparams.md",
        "models/itemexportpatch.md",
        "models/patchautomationtaskschema.md",
        "models/pipelineinfo.md",
        "models/scheduledetails.md",
        "models/scheduleproperties.md",
        "models/thirdpartysource.md",
      ],
      "a nullable `oneOf` string property's examples: Speakeasy shows none for some and the wrapper's for others (rule not inferred)": [
        "models/selffieldschema.md",
        "models/userfieldschema.md",
        "models/userfullschema.md",
        "models/workspacefieldschema.md",
        "models/workspacefullschema.md",
      ],
      "a nullable date-time `oneOf` is `str` to Speakeasy, a union class of ours (`CreatedAt`, extra)": ["models/dataviewinfo.md"],
      "a `$ref` to a schema whose `oneOf` holds `null`, in a request body: Speakeasy writes `Nullable[\u2026]`": ["models/adddataviewrequest.md"],
      "a parameter with the name of a body field is `<name>_param` in the request class": ["models/addexportrequest.md", "models/addtaskrequest.md"],
      "the spec's order of success responses: JSON objects put integer-like status keys in ascending order, so 201 listed before 200 comes after it here": [
        "models/aisuggestionsresponsebody1.md",
        "models/aisuggestionsresponsebody2.md",
        "models/createscheduleresponse.md",
        "models/deletetaskresponse.md",
        "models/fetchhostedpageresponsebody1.md",
        "models/fetchhostedpageresponsebody2.md",
        "models/generatesqlresponse.md",
        "models/previewresponse.md",
      ],
      "an inline union's name (`Item`, `Result`, `User`, `Sources`, `Params`, `Invites`, a union's `\u2026ValueUnion` and its `\u2026ValueEnum` member, the anonymous member `ResponseBody`): Speakeasy's rule for unions and their members not inferred":
        [
          "models/automationpatchdata.md",
          "models/automationpatchdatavalue.md",
          "models/clientappslist.md",
          "models/dsinfo.md",
          "models/generatesqlresponsebodyunion.md",
          "models/pipelineitemspaginated.md",
          "models/schedulepatchdatavalueunion.md",
          "models/selfpatchdata.md",
          "models/selfpatchdatavalue.md",
          "models/unifiedpromptspec.md",
          "models/userlist.md",
          "models/webhookpatchdata.md",
          "models/workspaceusergetresponse.md",
        ],
      "a property in capitals: Speakeasy keeps them in a prefixed class name (`AddTaskSpecCONDITION`), we capitalise the word; `FORMATINFO` is `FormatInfo` there (rule not inferred)":
        ["models/addtaskspec.md", "models/addtaskspeccondition.md", "models/displaypropertiesresponse.md", "models/formatinfo.md"],
      "a `null` example is Go's `<nil>` there, none here": ["models/reportschema.md"],
      "the order of query parameters (`fields` after the others there)": ["models/getexternalkeyrequest.md"],
      "an inline request body class shows its schema's description there": ["models/saveconnectionrequestbody.md"],
    },
    missing: {
      "an inline union's name (`Item`, `Result`, `User`, `Sources`, `Params`, `Invites`, a union's `\u2026ValueUnion` and its `\u2026ValueEnum` member, the anonymous member `ResponseBody`): Speakeasy's rule for unions and their members not inferred":
        [
          "models/automationpatchdatavalueunion.md",
          "models/invites.md",
          "models/item.md",
          "models/params.md",
          "models/responsebody.md",
          "models/result.md",
          "models/schedulepatchdatavalueenum.md",
          "models/selfpatchdatavalueunion.md",
          "models/sources.md",
          "models/user.md",
          "models/webhookpatchdatavalueenum.md",
          "models/webhookpatchdatavalueunion.md",
        ],
    },
    extra: {
      "an inline union's name (`Item`, `Result`, `User`, `Sources`, `Params`, `Invites`, a union's `\u2026ValueUnion` and its `\u2026ValueEnum` member, the anonymous member `ResponseBody`): Speakeasy's rule for unions and their members not inferred":
        [
          "models/automationpatchdatavalue2.md",
          "models/generatesqlresponsebodyunion2.md",
          "models/invite.md",
          "models/itemunion.md",
          "models/resultunion.md",
          "models/schedulepatchdatavalue.md",
          "models/selfpatchdatavalue2.md",
          "models/sourceunion.md",
          "models/unifiedpromptspecparams.md",
          "models/userunion.md",
          "models/webhookpatchdatavalue.md",
          "models/webhookpatchdatavalue2.md",
        ],
      "a nullable date-time `oneOf` is `str` to Speakeasy, a union class of ours (`CreatedAt`, extra)": [
        "models/createdat.md",
        "models/dataupdatedat.md",
        "models/updatedat.md",
      ],
    },
    // `CreateDataview` is `Nullable[…]` on the real page while the spec's body is not nullable (the
    // cause above); `dataview_id_param` is the `_param` rename above, which drift does not know;
    // `numericformat.md`'s description "(e.g., int, float)" is read as an enum list by the reader.
    driftErrors: {
      "models/adddataviewrequest.md": 1,
      "models/addexportrequest.md": 2,
      "models/addtaskrequest.md": 2,
      "models/numericformat.md": 1,
    },
    driftWarnings: 5,
  },
  // Measured once held out at 543/1085 (Speakeasy 2.687, settings from its gen.yaml and gen.lock),
  // then tuned on: a required parameter with a default stays required, inline error bodies' shapes
  // are models named by operation and status, inline enums' titles name them, a clashing request
  // class takes `Request` again, several success bodies make one union, Go's JSON escaping.
};

/**
 * Held-out cases added after emailr-python, each measured once with settings chosen from its
 * gen.yaml and gen.lock alone before measuring (its SOURCE.md says how): easyreview-python (2.225,
 * the `components` layout, since tuned on: in EXPECTED); then ding-python (2.390, `components`, the v1 template),
 * pydataverse-gen-speakeasy (2.493, `components`, the v1 template), mammoth-sdk-py (2.687, since
 * tuned on, in EXPECTED), egain-api-python (2.723) and sdk-python-clay (2.928, Python core 6), measured together. Their
 * pages were not studied, so their causes are not analysed. ding-python and pydataverse were
 * measured again once the settings for Python core 4 existed (httpClient, retryConfigPage,
 * parameterOrder), set from their gen.lock and gen.yaml: ding 12 → 16 of 24 pages, pydataverse
 * 388 → 837 of 851. Then again once `namingOrder` and `requestBodyFieldName` existed, set from
 * their gen.yaml (ding's nameResolutionDec2023: false; clay's requestBodyFieldName: body), with
 * the rules emailr-python brought: ding 20/24, clay 85/93 (no drift error), mammoth 545/1085.
 */
const MORE_HELD_OUT_EXPECTED: Readonly<Record<string, Expected>> = {
  "ding-python": {
    total: 24,
    differing: {
      "held out: measured, not analysed": ["models/components/security.md", "models/operations/feedbackresponse.md"],
    },
    missing: {
      "held out: measured, not analysed": ["models/errors/code.md", "models/errors/errorresponse.md"],
    },
    extra: {
      "held out: measured, not analysed": ["models/components/code.md", "models/components/errorresponse.md"],
    },
    // held out: not analysed
    driftErrors: {
      "models/components/status.md": 1,
    },
    driftWarnings: 10,
  },
  "pydataverse-gen-speakeasy": {
    total: 851,
    differing: {
      "held out: measured, not analysed": [
        "models/components/security.md",
        "models/operations/accessdatafileauxiliarygetresponse.md",
        "models/operations/getdatafilebundleresponse.md",
        "models/operations/getdatafilemetadataresponse.md",
        "models/operations/getdatafilemetaddiresponse.md",
        "models/operations/getdatafilemetaresponse.md",
        "models/operations/getdatasetmetadata1response.md",
        "models/operations/getdataversecardimageresponse.md",
        "models/operations/getdscardimageresponse.md",
        "models/operations/getfilecardimageresponse.md",
        "models/operations/getingesttestfileresponse.md",
        "models/operations/getsolrschemaresponse.md",
        "models/operations/mydataretrieveresponse.md",
      ],
    },
    missing: {
      "held out: measured, not analysed": ["models/errors/errorresponse.md"],
    },
    extra: {
      "held out: measured, not analysed": ["models/components/errorresponse.md"],
    },
    // held out: not analysed
    driftErrors: {},
    driftWarnings: 847,
  },
  "egain-api-python": {
    total: 386,
    differing: {
      "held out: measured, not analysed": [
        "models/acceptghsolutionrequest.md",
        "models/accessibleportal.md",
        "models/actionsearch.md",
        "models/addasreferencerequest.md",
        "models/addbookmarkrequest.md",
        "models/additionalsnippets.md",
        "models/addsuggestioncommentrequest.md",
        "models/addtoreplyrequest.md",
        "models/aisearchrequest.md",
        "models/aitopicsummary.md",
        "models/allaccessibleportals.md",
        "models/article.md",
        "models/articleaisearchresult.md",
        "models/articlelist.md",
        "models/articlelistresult.md",
        "models/articlerating.md",
        "models/articleratingsresponse.md",
        "models/articleresult.md",
        "models/articletypeinfo.md",
        "models/articlewitheditions.md",
        "models/attachment.md",
        "models/attachmentsummary.md",
        "models/bookmark.md",
        "models/case.md",
        "models/casebase.md",
        "models/casebaseresult.md",
        "models/caselistresult.md",
        "models/caselistresults.md",
        "models/clusterresults.md",
        "models/compliancearticleresult.md",
        "models/complianceforarticle.md",
        "models/complyarticlerequest.md",
        "models/componentsschemastag.md",
        "models/componentsschemastagcategory.md",
        "models/componentsschemastaggroup.md",
        "models/createbookmark.md",
        "models/createfederatedsearchresulteventrequest.md",
        "models/createquickpickrequest.md",
        "models/createsearchresulteventforconnectorsrequest.md",
        "models/createsignedurlrequest.md",
        "models/createviewedsearchresultseventforconnectorsrequest.md",
        "models/deletebookmarkrequest.md",
        "models/deletesuggestionrequest.md",
        "models/detailfield.md",
        "models/displayfield.md",
        "models/edition.md",
        "models/editionpublishprofile.md",
        "models/executepromptrequest.md",
        "models/executepromptresponse.md",
        "models/exportcontentrequest.md",
        "models/exportstatusrequest.md",
        "models/getacknowledgedcompliancearticlesrequest.md",
        "models/getallarticlelistsrequest.md",
        "models/getallarticletypesrequest.md",
        "models/getallcasebasesreleasesrequest.md",
        "models/getallcasesrequest.md",
        "models/getallportalsrequest.md",
        "models/getallprofilesinportalrequest.md",
        "models/getallquickpicksrequest.md",
        "models/getalltopicsrequest.md",
        "models/getalluserprofilesrequest.md",
        "models/getancestortopicsrequest.md",
        "models/getannouncementarticlesrequest.md",
        "models/getarticleattachmentbyidrequest.md",
        "models/getarticlebyidrequest.md",
        "models/getarticlebyidwitheditionsrequest.md",
        "models/getarticleeditiondetailsrequest.md",
        "models/getarticlelistdetailsrequest.md",
        "models/getarticlepermissionsbyidrequest.md",
        "models/getarticlepersonalizationrequest.md",
        "models/getarticlepersonalizationworkflowmilestone.md",
        "models/getarticleratingsrequest.md",
        "models/getarticlesintopicrequest.md",
        "models/getattachmentbyidinportalrequest.md",
        "models/getbestanswerrequest.md",
        "models/getbookmarkrequest.md",
        "models/getcasebasereleasebyidrequest.md",
        "models/getcasebyidrequest.md",
        "models/getchildtopicsrequest.md",
        "models/getclusterbycasebasereleaseidrequest.md",
        "models/getmyportalsrequest.md",
        "models/getmysubscriptionrequest.md",
        "models/getpendingcompliancearticlesrequest.md",
        "models/getpopulararticlesrequest.md",
        "models/getportaldetailsbyidrequest.md",
        "models/getprompttemplatebyidrequest.md",
        "models/getprompttemplatesrequest.md",
        "models/getrelatedarticlesforsuggestionrequest.md",
        "models/getrelatedarticlesrequest.md",
        "models/getsuggestionattachmentbyidrequest.md",
        "models/getsuggestionattachmentsrequest.md",
        "models/getsuggestioncommentsrequest.md",
        "models/getsuggestionrequest.md",
        "models/gettagcategoriesforinterestforportalrequest.md",
        "models/gettopicbreadcrumbforarticlerequest.md",
        "models/getuserdetailsrequest.md",
        "models/getusermilestonesrequest.md",
        "models/getvalidationhooksrequest.md",
        "models/ghsearchrequest.md",
        "models/ghsearchresult.md",
        "models/ghstepsearchrequest.md",
        "models/importstatus.md",
        "models/kblanguage.md",
        "models/knowledgeexport.md",
        "models/link.md",
        "models/makesuggestionrequest.md",
        "models/milestones.md",
        "models/modifysuggestionattachments.md",
        "models/modifysuggestionsrequest.md",
        "models/name.md",
        "models/portal.md",
        "models/portalresult.md",
        "models/profile.md",
        "models/publishprofile.md",
        "models/publishview.md",
        "models/publishviews.md",
        "models/quickpickrating.md",
        "models/quickpickresults.md",
        "models/ratearticlerequest.md",
        "models/referenceresponse.md",
        "models/rejectghsolutionrequest.md",
        "models/relatedarticleforcreateupdatedeletesuggestion.md",
        "models/restorequickpickrequest.md",
        "models/retrievechunksrequest.md",
        "models/retrieveresponse.md",
        "models/retrieveresponseanswer.md",
        "models/scheduletime.md",
        "models/schemaslink.md",
        "models/schemastagcategory.md",
        "models/searchresult.md",
        "models/searchsuggestionrequest.md",
        "models/selectuserprofilerequest.md",
        "models/shorturl.md",
        "models/startghsearchrequest.md",
        "models/stepghsearchrequest.md",
        "models/subscribearticlerequest.md",
        "models/suggestion.md",
        "models/suggestionattachment.md",
        "models/suggestionl10nstring.md",
        "models/topic.md",
        "models/topicsummary.md",
        "models/unsubscribearticlerequest.md",
        "models/userdetails.md",
        "models/userprofile.md",
        "models/userprofiles.md",
      ],
    },
    missing: {
      "held out: measured, not analysed": [
        "models/acceptlanguage.md",
        "models/articleadditionalattributes.md",
        "models/articleresultadditionalattributes.md",
        "models/articlesort.md",
        "models/articlesortorder.md",
        "models/attachmentadditionalattributes.md",
        "models/caseadditionalattributes.md",
        "models/compliancearticleresultadditionalattributes.md",
        "models/createddateandtime.md",
        "models/createimportjobresponse.md",
        "models/createimportvalidationjobresponse.md",
        "models/duedatedateandtime.md",
        "models/eventtyperequestbody.md",
        "models/executeprompt.md",
        "models/executepromptresponseeventtype.md",
        "models/exportcontentresponse.md",
        "models/hooktypeparam.md",
        "models/kblanguagecode1.md",
        "models/languagecodeparameter.md",
        "models/languagecoderequestbody.md",
        "models/languagequeryparameter.md",
        "models/lastmodifieddateandtime.md",
        "models/mandatorylanguagequeryparameter.md",
        "models/order.md",
        "models/requiredlanguagecode.md",
        "models/sortidname.md",
        "models/sortidnamedepartment.md",
        "models/startdatedateandtime.md",
        "models/suggestionadditionalattributes.md",
        "models/topicadditionalattributes.md",
        "models/workflowmilestone.md",
      ],
    },
    extra: {
      "held out: measured, not analysed": [
        "models/acceptghsolutionacceptlanguage.md",
        "models/addasreferenceaccept.md",
        "models/addasreferenceacceptlanguage.md",
        "models/addbookmarkacceptlanguage.md",
        "models/addbookmarkcontenttype.md",
        "models/addsuggestioncommentacceptlanguage.md",
        "models/addsuggestioncommentcontenttype.md",
        "models/addtoreplyaccept.md",
        "models/addtoreplyacceptlanguage.md",
        "models/aisearchlang.md",
        "models/articleadditionalattribute.md",
        "models/articletypes.md",
        "models/attachmentadditionalattribute.md",
        "models/caseadditionalattribute.md",
        "models/casebaseid.md",
        "models/casebasereleaseid.md",
        "models/code.md",
        "models/complianceforarticledateandtime1.md",
        "models/complianceforarticledateandtime2.md",
        "models/complyarticleacceptlanguage.md",
        "models/createddate.md",
        "models/createfederatedsearchresulteventacceptlanguage.md",
        "models/createfederatedsearchresulteventcontenttype.md",
        "models/createquickpickacceptlanguage.md",
        "models/createquickpicklang.md",
        "models/createsearchresulteventforconnectorsacceptlanguage.md",
        "models/createsearchresulteventforconnectorscontenttype.md",
        "models/createsignedurlacceptlanguage.md",
        "models/createviewedsearchresultseventforconnectorsacceptlanguage.md",
        "models/createviewedsearchresultseventforconnectorscontenttype.md",
        "models/deletebookmarkacceptlanguage.md",
        "models/deletesuggestionacceptlanguage.md",
        "models/eventtype.md",
        "models/executeprompteventtype.md",
        "models/executepromptlanguagecode.md",
        "models/executepromptrequestbody.md",
        "models/exportcontentacceptlanguage.md",
        "models/exportstatusacceptlanguage.md",
        "models/fileobjects.md",
        "models/getacknowledgedcompliancearticlesacceptlanguage.md",
        "models/getacknowledgedcompliancearticlescompliancearticleresultadditionalattribute.md",
        "models/getacknowledgedcompliancearticleslang.md",
        "models/getallarticlelistsacceptlanguage.md",
        "models/getallarticlelistslang.md",
        "models/getallarticletypesacceptlanguage.md",
        "models/getallcasebasesreleasesacceptlanguage.md",
        "models/getallcasebasesreleaseslang.md",
        "models/getallcasesacceptlanguage.md",
        "models/getallcaseslang.md",
        "models/getallportalsacceptlanguage.md",
        "models/getallportalslang.md",
        "models/getallprofilesinportalacceptlanguage.md",
        "models/getallquickpicksacceptlanguage.md",
        "models/getallquickpickslang.md",
        "models/getalltopicsacceptlanguage.md",
        "models/getalltopicslang.md",
        "models/getalltopicstopicadditionalattribute.md",
        "models/getalluserprofilesacceptlanguage.md",
        "models/getalluserprofileslang.md",
        "models/getancestortopicsacceptlanguage.md",
        "models/getancestortopicslang.md",
        "models/getancestortopicstopicadditionalattribute.md",
        "models/getannouncementarticlesacceptlanguage.md",
        "models/getannouncementarticlesarticleresultadditionalattribute.md",
        "models/getannouncementarticleslang.md",
        "models/getannouncementarticlesworkflowmilestone.md",
        "models/getarticleattachmentbyidacceptlanguage.md",
        "models/getarticlebyidacceptlanguage.md",
        "models/getarticlebyidlang.md",
        "models/getarticlebyidwitheditionsacceptlanguage.md",
        "models/getarticlebyidwitheditionslang.md",
        "models/getarticlebyidworkflowmilestone.md",
        "models/getarticleeditiondetailsacceptlanguage.md",
        "models/getarticleeditiondetailslang.md",
        "models/getarticlelistdetailsacceptlanguage.md",
        "models/getarticlelistdetailsarticleresultadditionalattribute.md",
        "models/getarticlelistdetailslang.md",
        "models/getarticlepermissionsbyidacceptlanguage.md",
        "models/getarticlepersonalizationacceptlanguage.md",
        "models/getarticlepersonalizationlang.md",
        "models/getarticleratingsacceptlanguage.md",
        "models/getarticleratingslang.md",
        "models/getarticlesintopicacceptlanguage.md",
        "models/getarticlesintopicarticleresultadditionalattribute.md",
        "models/getarticlesintopiclang.md",
        "models/getarticlesintopicorder.md",
        "models/getarticlesintopicsort.md",
        "models/getarticlesintopicworkflowmilestone.md",
        "models/getattachmentbyidinportalacceptlanguage.md",
        "models/getattachmentbyidinportallang.md",
        "models/getbestanswerlang.md",
        "models/getbookmarkacceptlanguage.md",
        "models/getcasebasereleasebyidacceptlanguage.md",
        "models/getcasebasereleasebyidlang.md",
        "models/getcasebyidacceptlanguage.md",
        "models/getcasebyidlang.md",
        "models/getchildtopicsacceptlanguage.md",
        "models/getchildtopicslang.md",
        "models/getchildtopicstopicadditionalattribute.md",
        "models/getclusterbycasebasereleaseidacceptlanguage.md",
        "models/getclusterbycasebasereleaseidlang.md",
        "models/getmyportalsacceptlanguage.md",
        "models/getmyportalslang.md",
        "models/getmyportalsorder.md",
        "models/getmyportalssort.md",
        "models/getmysubscriptionacceptlanguage.md",
        "models/getmysubscriptionarticleresultadditionalattribute.md",
        "models/getmysubscriptionworkflowmilestone.md",
        "models/getpendingcompliancearticlesacceptlanguage.md",
        "models/getpendingcompliancearticlescompliancearticleresultadditionalattribute.md",
        "models/getpendingcompliancearticleslang.md",
        "models/getpopulararticlesacceptlanguage.md",
        "models/getpopulararticlesarticleresultadditionalattribute.md",
        "models/getpopulararticleslang.md",
        "models/getportaldetailsbyidacceptlanguage.md",
        "models/getportaldetailsbyidlang.md",
        "models/getprompttemplatebyidacceptlanguage.md",
        "models/getprompttemplatesacceptlanguage.md",
        "models/getrelatedarticlesacceptlanguage.md",
        "models/getrelatedarticlesarticleresultadditionalattribute.md",
        "models/getrelatedarticlesforsuggestionacceptlanguage.md",
        "models/getrelatedarticlesforsuggestionarticleresultadditionalattribute.md",
        "models/getrelatedarticleslang.md",
        "models/getrelatedarticlesworkflowmilestone.md",
        "models/getsuggestionacceptlanguage.md",
        "models/getsuggestionattachmentbyidacceptlanguage.md",
        "models/getsuggestionattachmentsacceptlanguage.md",
        "models/getsuggestioncommentsacceptlanguage.md",
        "models/gettagcategoriesforinterestforportalacceptlanguage.md",
        "models/gettagcategoriesforinterestforportallang.md",
        "models/gettopicbreadcrumbforarticleacceptlanguage.md",
        "models/gettopicbreadcrumbforarticlelang.md",
        "models/getuserdetailsacceptlanguage.md",
        "models/getusermilestonesacceptlanguage.md",
        "models/getvalidationhookstype.md",
        "models/id.md",
        "models/kblanguagename.md",
        "models/makesuggestionacceptlanguage.md",
        "models/makesuggestioncontenttype.md",
        "models/modifieddate.md",
        "models/modifysuggestionsacceptlanguage.md",
        "models/modifysuggestionscontenttype.md",
        "models/profileid.md",
        "models/ratearticleacceptlanguage.md",
        "models/ratearticlelang.md",
        "models/rejectghsolutionacceptlanguage.md",
        "models/replacements.md",
        "models/restorequickpickacceptlanguage.md",
        "models/restorequickpicklang.md",
        "models/retrievechunkslang.md",
        "models/schemastagcategorydateandtime1.md",
        "models/schemastagcategorydateandtime2.md",
        "models/searchsuggestionacceptlanguage.md",
        "models/searchsuggestionorder.md",
        "models/searchsuggestionsort.md",
        "models/selectuserprofileacceptlanguage.md",
        "models/startghsearchacceptlanguage.md",
        "models/startghsearchcontenttype.md",
        "models/startghsearchlang.md",
        "models/stepghsearchacceptlanguage.md",
        "models/stepghsearchcontenttype.md",
        "models/stepghsearchlang.md",
        "models/stopdatetime.md",
        "models/subscribearticleacceptlanguage.md",
        "models/suggestionadditionalattribute.md",
        "models/unsubscribearticleacceptlanguage.md",
      ],
    },
    // held out: not analysed
    driftErrors: {
      "models/acceptghsolutionrequest.md": 3,
      "models/addasreferencerequest.md": 4,
      "models/addbookmarkrequest.md": 4,
      "models/addsuggestioncommentrequest.md": 4,
      "models/addtoreplyrequest.md": 4,
      "models/aisearchrequest.md": 10,
      "models/complyarticlerequest.md": 3,
      "models/createfederatedsearchresulteventrequest.md": 4,
      "models/createquickpickrequest.md": 5,
      "models/createsearchresulteventforconnectorsrequest.md": 4,
      "models/createviewedsearchresultseventforconnectorsrequest.md": 4,
      "models/deletebookmarkrequest.md": 3,
      "models/deletesuggestionrequest.md": 3,
      "models/executepromptrequest.md": 2,
      "models/getacknowledgedcompliancearticlesrequest.md": 7,
      "models/getallarticlelistsrequest.md": 5,
      "models/getallcasebasesreleasesrequest.md": 7,
      "models/getallcasesrequest.md": 7,
      "models/getallportalsrequest.md": 7,
      "models/getallprofilesinportalrequest.md": 5,
      "models/getallquickpicksrequest.md": 7,
      "models/getalltopicsrequest.md": 9,
      "models/getalluserprofilesrequest.md": 5,
      "models/getancestortopicsrequest.md": 9,
      "models/getannouncementarticlesrequest.md": 9,
      "models/getarticlebyidrequest.md": 7,
      "models/getarticlebyidwitheditionsrequest.md": 3,
      "models/getarticleeditiondetailsrequest.md": 2,
      "models/getarticlelistdetailsrequest.md": 7,
      "models/getarticlepermissionsbyidrequest.md": 3,
      "models/getarticlepersonalizationrequest.md": 5,
      "models/getarticleratingsrequest.md": 7,
      "models/getarticlesintopicrequest.md": 13,
      "models/getattachmentbyidinportalrequest.md": 5,
      "models/getbestanswerrequest.md": 8,
      "models/getbookmarkrequest.md": 3,
      "models/getcasebasereleasebyidrequest.md": 6,
      "models/getcasebyidrequest.md": 5,
      "models/getchildtopicsrequest.md": 9,
      "models/getclusterbycasebasereleaseidrequest.md": 7,
      "models/getmyportalsrequest.md": 6,
      "models/getmysubscriptionrequest.md": 5,
      "models/getpendingcompliancearticlesrequest.md": 7,
      "models/getpopulararticlesrequest.md": 11,
      "models/getportaldetailsbyidrequest.md": 5,
      "models/getrelatedarticlesforsuggestionrequest.md": 3,
      "models/getrelatedarticlesrequest.md": 9,
      "models/getsuggestionattachmentbyidrequest.md": 3,
      "models/getsuggestionattachmentsrequest.md": 3,
      "models/getsuggestioncommentsrequest.md": 3,
      "models/getsuggestionrequest.md": 5,
      "models/gettagcategoriesforinterestforportalrequest.md": 5,
      "models/gettopicbreadcrumbforarticlerequest.md": 5,
      "models/makesuggestionrequest.md": 4,
      "models/modifysuggestionsrequest.md": 4,
      "models/ratearticlerequest.md": 5,
      "models/rejectghsolutionrequest.md": 3,
      "models/restorequickpickrequest.md": 5,
      "models/retrievechunksrequest.md": 8,
      "models/searchsuggestionrequest.md": 7,
      "models/selectuserprofilerequest.md": 3,
      "models/startghsearchrequest.md": 6,
      "models/stepghsearchrequest.md": 6,
      "models/subscribearticlerequest.md": 3,
      "models/unsubscribearticlerequest.md": 3,
    },
    driftWarnings: 18,
  },
  "sdk-python-clay": {
    total: 93,
    differing: {
      "held out: measured, not analysed": ["models/cellresult.md", "models/filterpredicate.md", "models/structuredquery.md"],
    },
    missing: {
      "held out: measured, not analysed": ["models/select.md", "models/value1.md", "models/value2.md"],
    },
    extra: {
      "held out: measured, not analysed": ["models/nestedpath.md", "models/selectunion.md", "models/value.md", "models/valueunion.md"],
    },
    // held out: not analysed
    driftErrors: {},
    driftWarnings: 2,
  },
};

/** Every held-out case: id → what it was measured at. */
const HELD_OUT_BY_ID: Readonly<Record<string, Expected>> = MORE_HELD_OUT_EXPECTED;

const cases = realworldCases("speakeasy-python");
const HELD_OUT = Object.keys(HELD_OUT_BY_ID);

function pagesOf(groups: ByCause): string[] {
  return Object.values(groups).flat().sort();
}

interface Measured {
  readonly comparison: CaseComparison;
  readonly errors: Record<string, number>;
  readonly warnings: number;
}

/** Renders the case and audits every real page, from one load of its spec. */
function measure(item: RealworldCase, document: OpenApiDocument): Measured {
  const real = realPages(item);
  const comparison = comparePages(real, renderCase(item, document));
  const model = buildModel(document, "all");
  const errors: Record<string, number> = {};
  let warnings = 0;
  for (const [file, text] of real) {
    for (const finding of auditPage(file, text, { model, document }, { flavor: "speakeasy-python" }).findings) {
      if (finding.severity === "error") errors[file] = (errors[file] ?? 0) + 1;
      else warnings++;
    }
  }
  return { comparison, errors, warnings };
}

function expectMeasured(measured: Measured, expected: Expected, total: number): void {
  const { comparison } = measured;
  expect(total).toBe(expected.total);
  expect([...comparison.differing].sort()).toEqual(pagesOf(expected.differing));
  expect([...comparison.missing].sort()).toEqual(pagesOf(expected.missing));
  expect([...comparison.extra].sort()).toEqual(pagesOf(expected.extra));
  expect(comparison.matched.length).toBe(total - comparison.differing.length - comparison.missing.length);
  expect(measured.errors).toEqual(expected.driftErrors);
  expect(measured.warnings).toBe(expected.driftWarnings);
}

describe("speakeasy-python on real Speakeasy SDKs", () => {
  it("has a case.json for every case this test expects", () => {
    expect(cases.map((item) => item.id).sort()).toEqual([...Object.keys(EXPECTED), ...HELD_OUT].sort());
    expect(cases.filter((item) => item.heldOut).map((item) => item.id)).toEqual([...HELD_OUT].sort());
  });

  for (const item of cases.filter((candidate) => candidate.id in EXPECTED)) {
    describe(item.id, () => {
      let measured: Measured;
      let total: number;
      beforeAll(async () => {
        measured = measure(item, await loadCaseSpec(item));
        total = realPages(item).size;
      });

      it("writes every real page byte for byte but the listed ones, and drift on the real pages finds only the listed", () => {
        expectMeasured(measured, EXPECTED[item.id] as Expected, total);
      });
    });
  }
});

describe("speakeasy-python on the held-out SDKs", () => {
  for (const item of cases.filter((candidate) => candidate.id in HELD_OUT_BY_ID)) {
    describe(item.id, () => {
      let measured: Measured;
      let total: number;
      beforeAll(async () => {
        measured = measure(item, await loadCaseSpec(item));
        total = realPages(item).size;
      });

      it("writes every real page byte for byte but the listed ones, and drift on the real pages finds only the listed", () => {
        expectMeasured(measured, HELD_OUT_BY_ID[item.id] as Expected, total);
      });
    });
  }
});
