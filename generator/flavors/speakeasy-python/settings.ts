/**
 * The Speakeasy generator settings that change the model pages, declared once for the flavor
 * (`Flavor.options`) and read once for the writer. The defaults are what the seeds show.
 */
import { acceptsValue, type FlavorSetting } from "../flavor.js";

export const SPEAKEASY_SETTINGS = {
  layout: {
    values: ["models", "components"],
    default: "models",
    summary:
      "`models`: every page in `docs/models/`, types as `models.X`; `components`: `docs/models/components/` with `components.X` links (gen.yaml `imports.paths.shared: models/components`)",
  },
  inlineNames: {
    values: ["qualified", "property", "feb2025"],
    default: "qualified",
    summary:
      "`qualified`: an inline shape is named parent + property (the seeds); `property`: the property's name alone, the component's name put in front only on a clash (Speakeasy's name resolution); `feb2025`: gen.yaml's `nameResolutionFeb2025`, for the components' and the operations' inline shapes together: a name two shapes ask for goes to neither (each puts its component's or operation's name in front, then its class's), a union member is named by the union and the value it is recognised by (`SourceText`), a one-value enum by its property and value (`TypeEnv`), an array's union by the property in the singular + `Union` (`BatchPayloadItemUnion`), without `Union` when its members are all components (`Select`)",
  },
  namingOrder: {
    values: ["components", "operations"],
    default: "components",
    summary:
      "with `inlineNames: property`: `components`: the components' inline shapes are named component by component in spec order; `operations`: gen.yaml `fixes.nameResolutionDec2023: false` (honeyhive, 2.428): in the order the operations reach the components (parameters, body, responses, each `$ref` followed depth first), and a component takes its name back from an inline shape named before it was reached, which moves to its next free name",
  },
  errorSchemas: {
    values: ["pages", "omitted", "apr2025", "errors"],
    default: "pages",
    summary:
      "`pages`: a schema only error responses use is a model page like any other (older SDKs); `errors`: it is a page of the `errors` module (`models/errors/`, `errors.X`), and so is all it alone reaches (ding, 2.390: gen.lock's `docs/models/errors/errorresponse.md` and `code.md`); `omitted`: it is an error class, with no model page, and so is all it alone reaches (r9s, `sharedErrorComponentsApr2025: false`); `apr2025`: only an error response's own body is an error class, the components it refers to and its inline shapes are model pages, an inline body's as `errorBodyShapes: written` says (deck, margen, mammoth: `sharedErrorComponentsApr2025: true` with the bodies in gen.lock's `docs/errors/`)",
  },
  refDescriptions: {
    values: ["sibling", "target"],
    default: "sibling",
    summary:
      "`sibling`: a `$ref` property shows the description written beside the `$ref` (the seeds); `target`: the referenced schema's, the sibling ignored (r9s, honeyhive)",
  },
  fieldOrder: {
    values: ["spec", "required-first"],
    default: "spec",
    summary:
      "`spec`: fields in the spec's order (the seeds; easyreview, Python core 4.4.0, Speakeasy 2.225; emissary, core 5.6.0, 2.438, and every later case); `required-first`: required fields first, each group in spec order (log10py, core 4.6.8, 2.338; honeyhive, core 5.5.7, 2.428)",
  },
  deprecatedSchemas: {
    values: ["plain", "struck"],
    default: "plain",
    summary:
      "`struck`: a deprecated schema's title is `~~struck~~`, with Speakeasy's warning after its description (log10py, Speakeasy 2.338); `plain`: no mark",
  },
  unionStyle: {
    values: ["typed", "named"],
    default: "typed",
    summary:
      "`typed`: a union member is headed by its Python type in code and held in `value` (the seeds); `named`: headed by its class name (nothing for a primitive), held in a variable named after the union, anonymous members named union + digit (log10py, Speakeasy 2.338)",
  },
  nullable: {
    values: ["shown", "hidden"],
    default: "shown",
    summary:
      "`shown`: a field that accepts null is `Nullable[…]`/`OptionalNullable[…]` (the seeds); `hidden`: never, and such a field is `Optional[…]` even when required (log10py, Speakeasy 2.338)",
  },
  sdkPages: {
    values: ["none", "written"],
    default: "none",
    summary: "`written`: also the pages every Speakeasy SDK has beside its schema models, `utils/retryconfig.md` and the `Security` model",
  },
  retryConfigPage: {
    values: ["written", "none"],
    default: "written",
    summary:
      "with `sdkPages: written`: `written`: `utils/retryconfig.md` too, where gen.lock's `features.python` records `retries` (every case that has the page); `none`: gen.lock records no `retries` feature, and Speakeasy wrote no such page (easyreview 2.225, log10py 2.338)",
  },
  operationPages: {
    values: ["none", "written"],
    default: "none",
    summary:
      "`written`: also each operation's classes: `<Operation>Request` (parameters, then the body), an inline `<Operation>RequestBody`, the response classes (`operationResponses`), `<Operation>Globals` and `internal/globals.md` (`x-speakeasy-globals`) and the inline shapes inside them; in `docs/models/operations/` with the `components` layout",
  },
  operationResponses: {
    values: ["body", "named-body", "envelope", "http-meta"],
    default: "body",
    summary:
      "with `operationPages: written`: `body`: an inline success body is `<Operation>ResponseBody`, with no wrapper (emissary); `named-body`: it is `<Operation>Response` (agentset, Speakeasy 2.7); `envelope`: `<Operation>Response` holds `content_type`, `status_code`, `raw_response` and the body (honeyhive); `http-meta`: it holds `http_meta` and the body, with an `HTTPMetadata` page (log10py)",
  },
  operationInlineNames: {
    values: ["property", "prefixed"],
    default: "property",
    summary:
      "with `operationPages: written`: `property`: an inline shape inside an operation's classes is named as inline shapes elsewhere (honeyhive `Mapping`); `prefixed`: the operation's name comes first; with `inlineNames: feb2025` neither: they are named with the components' inline shapes",
  },
  httpClient: {
    values: ["httpx", "requests"],
    default: "httpx",
    summary:
      "the HTTP library whose objects the operation pages name, as gen.lock's `features.python.core` says: `httpx`: `httpx.Response` (core 5 and later); `requests`: `requests.Response` and `requests.Request` (core 4: easyreview 4.4.0, log10py 4.6.8)",
  },
  errorBodyShapes: {
    values: ["none", "written"],
    default: "none",
    summary:
      "with `operationPages: written`: `written`: the inline shapes inside an error response's inline body get model pages, named with the body's class name in front (agentset `BadRequestError`, `BadRequestCode`), or for a body no `components/responses` entry names, with the operation's name, and the status's when several error bodies of the operation are inline (mammoth `AddDataviewNotFoundExtra`); the body itself is an error class, with no model page. `errorSchemas: apr2025` implies it",
  },
  errorBodyPages: {
    values: ["none", "written"],
    default: "none",
    summary:
      "with `operationPages: written`: `written`: an error response's inline body that no `components/responses` entry names is an error class with a page, `models/errors/<Operation>ResponseBody.md`: its fields, then `raw_response` (honeyhive, Speakeasy 2.428)",
  },
  parameterOrder: {
    values: ["spec", "path-first", "required-first"],
    default: "spec",
    summary:
      "with `operationPages: written`, gen.yaml's `fixes.parameterOrderingFeb2024`: `spec` (`true`): a request class holds the parameters in the spec's order, then the body (egain `AcceptGHSolutionRequest`: the `Accept-Language` header before `portal_id`); `path-first` (`false`): the path parameters first, then the others in spec order (honeyhive `GetExperimentComparisonRequest`); `required-first` (a gen.yaml with no such fix, Speakeasy 2.225): path parameters first, then required fields first (easyreview)",
  },
  flattenRequests: {
    values: ["off", "on"],
    default: "off",
    summary:
      "with `operationPages: written`, gen.yaml's `flattenRequests`: `on`: an inline body of an operation with no parameters is `<Operation>Request` (agentset, bolt); `off`: it is `<Operation>RequestBody` (emissary, honeyhive)",
  },
  requestBodyFieldName: {
    values: ["derived"],
    default: "derived",
    pattern: "^[a-z_][a-z0-9_]*$",
    summary:
      "with `operationPages: written`, gen.yaml's `generation.requestBodyFieldName`: `derived` (unset or empty): the body's field in `<Operation>Request` is named after its schema (`create_template_request`), an inline body `request_body`; any other name is the body's field, whatever the body (emailr, margen `body`)",
  },
  sseFlatResponse: {
    values: ["off", "on"],
    default: "off",
    summary:
      "gen.yaml's `sseFlatResponse`, for a response with several media types: `on`: an event stream yields each event's `data` (r9s `EventStream[models.ChatCompletionStreamEvent]`); `off`: the whole event",
  },
  enumPages: {
    values: ["table", "listed"],
    default: "table",
    summary:
      "`table`: an enum page has a `## Values` table of member names and values; `listed`: Python core 6 (Speakeasy 1.7xx, margen): an `## Example Usage` block importing the enum from `packageName` and setting its first value, then the values as a list of Python literals, an open enum noted (`openEnums`)",
  },
  openEnums: {
    values: ["none", "responses"],
    default: "none",
    summary:
      "with `enumPages: listed`: `none`: every enum is closed; `responses`: gen.yaml `forwardCompatibleEnumsByDefault: true`: an enum any response can carry is open, its page says so (margen `Code`), one only requests use is not",
  },
  methodArguments: {
    values: ["infer-optional-args", "require-security-and-request"],
    default: "infer-optional-args",
    summary:
      "with `sdkPages: written`, gen.yaml's `methodArguments`: `require-security-and-request`: the one scheme the whole API requires is a required field of the `Security` class, whatever its type (ding's `apiKey`, Speakeasy 2.390); `infer-optional-args`: only an `http` scheme is (r9s; an `apiKey` one is optional, emissary, clay)",
  },
  html: {
    values: ["raw", "escaped"],
    default: "raw",
    summary:
      "`raw`: HTML in spec text is copied as is, as Speakeasy does (egain's `<br>`, `<li>`, `<code>`); `escaped`: outside code spans `<` becomes `&lt;`, so no spec text can open an HTML tag on a page (for specs whose text is not trusted)",
  },
  packageName: {
    values: ["openapi"],
    default: "openapi",
    pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
    summary: "any Python package name: gen.yaml `python.packageName` (Speakeasy's default `openapi`), which `enumPages: listed` examples import from",
  },
} as const satisfies Readonly<Record<string, FlavorSetting>>;

export type SpeakeasySettingName = keyof typeof SPEAKEASY_SETTINGS;
export type SpeakeasySettings = {
  readonly [Name in SpeakeasySettingName]: (typeof SPEAKEASY_SETTINGS)[Name] extends { readonly pattern: string }
    ? string
    : (typeof SPEAKEASY_SETTINGS)[Name]["values"][number];
};

/** The writer's settings: each declared value as given, anything else (or nothing) as the default. */
export function speakeasySettings(given: Readonly<Record<string, string>> = {}): SpeakeasySettings {
  const pick = <Name extends SpeakeasySettingName>(name: Name): SpeakeasySettings[Name] => {
    const setting: FlavorSetting = SPEAKEASY_SETTINGS[name];
    const value = given[name];
    return (value !== undefined && acceptsValue(setting, value) ? value : setting.default) as SpeakeasySettings[Name];
  };
  return {
    layout: pick("layout"),
    inlineNames: pick("inlineNames"),
    namingOrder: pick("namingOrder"),
    errorSchemas: pick("errorSchemas"),
    refDescriptions: pick("refDescriptions"),
    fieldOrder: pick("fieldOrder"),
    deprecatedSchemas: pick("deprecatedSchemas"),
    unionStyle: pick("unionStyle"),
    nullable: pick("nullable"),
    sdkPages: pick("sdkPages"),
    retryConfigPage: pick("retryConfigPage"),
    operationPages: pick("operationPages"),
    operationResponses: pick("operationResponses"),
    operationInlineNames: pick("operationInlineNames"),
    httpClient: pick("httpClient"),
    errorBodyShapes: pick("errorBodyShapes"),
    errorBodyPages: pick("errorBodyPages"),
    parameterOrder: pick("parameterOrder"),
    flattenRequests: pick("flattenRequests"),
    requestBodyFieldName: pick("requestBodyFieldName"),
    sseFlatResponse: pick("sseFlatResponse"),
    enumPages: pick("enumPages"),
    openEnums: pick("openEnums"),
    methodArguments: pick("methodArguments"),
    html: pick("html"),
    packageName: pick("packageName"),
  };
}
