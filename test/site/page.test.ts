/**
 * The site's pure parts without a browser: the offline finishing pass refuses pages that would reach
 * the network, union fields get their description onto every branch (Redoc 3 shows only the
 * selected branch's) without repeating a sentence, cross-field rules become words instead of "case N"
 * tabs, and array titles do not read "Array of Array of".
 */
import { describe, expect, it } from "vitest";
import { VIEW_TIME_FETCHES, finishSitePage, offlineProblem } from "../../generator/emitters/site/page.js";
import { RULES_HEADING, withCrossFieldRulesInWords } from "../../generator/emitters/site/cross-field-rules.js";
import { sentencesOf, withoutSaid } from "../../generator/emitters/site/repeated-sentences.js";
import { withReadableTypeLabels } from "../../generator/emitters/site/type-labels.js";
import { withUnionDescriptions } from "../../generator/emitters/site/union-descriptions.js";
import type { OpenApiDocument } from "../../generator/openapi.js";

/** The smallest page the finishing pass accepts: both logo URLs once, telemetry off. */
const PAGE = `<html><head></head><body><script type="module">const a = \`${VIEW_TIME_FETCHES.map(([url]) => url).join("` + `")}\`;
const __redoc_options = {"skipBundle":true,"disableTelemetry":true};</script></body></html>\r\n\r\n`;

describe("finishSitePage", () => {
  it("replaces the logo URLs with inline SVGs, normalises newlines and passes the offline check", () => {
    const page = finishSitePage(PAGE);
    expect(page).not.toContain("cdn.redoc.ly");
    expect(page.split("data:image/svg+xml,%3Csvg")).toHaveLength(3);
    expect(page.endsWith("</html>\n")).toBe(true);
    expect(page).not.toContain("\r");
  });

  it("fails when Redoc's bundle no longer references a known fetch exactly once", () => {
    expect(() => finishSitePage(PAGE.replace("logo-mini.svg", "logo-other.svg"))).toThrow(
      "site: expected Redoc's bundle to reference https://cdn.redoc.ly/redoc/logo-mini.svg once, found 0",
    );
  });

  it.each([
    ['<script src="https://cdn.redocly.com/redoc/v3/redoc.standalone.js"></script>', "a <script src> (Redoc was not inlined: is --inlineBundle set?)"],
    ['<link rel="modulepreload" href="https://cdn.redocly.com/x.js" />', "a <link> to another host (stylesheet, font or modulepreload)"],
    ['<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Roboto" />', "a <link> to another host (stylesheet, font or modulepreload)"],
    ["<style>@font-face { src: url(https://fonts.gstatic.com/a.woff2) }</style>", "a CSS url() to another host"],
  ])("names what would reach the network: %s", (fragment, problem) => {
    expect(offlineProblem(`${fragment}"disableTelemetry":true`)).toBe(problem);
  });

  it("refuses a page with Redocly telemetry on", () => {
    expect(offlineProblem('{"disableTelemetry":false}')).toBe("Redocly telemetry is on (set REDOCLY_TELEMETRY=off for build-docs)");
  });
});

describe("withUnionDescriptions", () => {
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    components: {
      schemas: {
        Stop: { title: "Stop", description: "Stop sequences.", anyOf: [{ type: "string", description: "One sequence." }, { type: "null" }] },
        Text: { type: "object", description: "Plain text." },
        Request: {
          type: "object",
          properties: {
            stop: { description: "Where to stop.", $ref: "#/components/schemas/Stop" },
            format: {
              description: "The output format.",
              type: "object",
              oneOf: [{ $ref: "#/components/schemas/Text" }],
              discriminator: { propertyName: "type", mapping: { text: "#/components/schemas/Text" } },
            },
            plain: { description: "Not a union.", type: "string" },
          },
        },
      },
    },
  };

  it("puts the field's description in front of each branch's, inlines a $ref'd union and drops the discriminator", () => {
    const schemas = (withUnionDescriptions(document).components as { schemas: Record<string, { properties?: object }> }).schemas;
    expect(schemas.Request?.properties).toEqual({
      stop: {
        title: "Stop",
        description: "Where to stop.",
        anyOf: [
          { type: "string", description: "Where to stop.\n\nOne sequence." },
          { type: "null", description: "Where to stop." },
        ],
      },
      format: {
        description: "The output format.",
        type: "object",
        oneOf: [{ $ref: "#/components/schemas/Text", description: "The output format.\n\nPlain text." }],
      },
      plain: { description: "Not a union.", type: "string" },
    });
  });

  it("leaves the input and the shared component schemas unchanged", () => {
    const before = JSON.stringify(document);
    const schemas = (withUnionDescriptions(document).components as { schemas: Record<string, unknown> }).schemas;
    expect(JSON.stringify(document)).toBe(before);
    expect(schemas.Stop).toEqual((document.components as { schemas: Record<string, unknown> }).schemas.Stop);
  });
});

describe("withUnionDescriptions without repeated sentences", () => {
  it("leaves out of a branch's text the sentences (and list items) the field's description already says", () => {
    const document: OpenApiDocument = {
      openapi: "3.1.0",
      components: {
        schemas: {
          Tier: {
            type: "string",
            description: "Picks the tier.\n\n- If set to `flex`, it is slower.\n- When not set, the default is `auto`.",
            enum: ["auto", "flex"],
          },
          Request: {
            type: "object",
            properties: {
              tier: { description: "The tier. When not set, the default is `auto`.", anyOf: [{ $ref: "#/components/schemas/Tier" }, { type: "null" }] },
            },
          },
        },
      },
    };
    const schemas = (withUnionDescriptions(document).components as { schemas: Record<string, { properties?: Record<string, { anyOf: unknown[] }> }> }).schemas;
    expect(schemas.Request?.properties?.tier?.anyOf).toEqual([
      {
        $ref: "#/components/schemas/Tier",
        description: "The tier. When not set, the default is `auto`.\n\nPicks the tier.\n\n- If set to `flex`, it is slower.",
      },
      { type: "null", description: "The tier. When not set, the default is `auto`." },
    ]);
  });
});

describe("repeated sentences", () => {
  it("splits markdown into sentences as rendered", () => {
    expect(sentencesOf("Use [tools](https://x.test/a.b) instead. Deprecated!\n\n- `auto` is the default.")).toEqual([
      "Use tools instead.",
      "Deprecated!",
      "auto is the default.",
    ]);
  });

  it("keeps a text whole when nothing in it was said", () => {
    expect(withoutSaid("One. Two.", "Three.")).toBe("One. Two.");
    expect(withoutSaid("One. Two.", "Two. One.")).toBe("");
  });
});

describe("withCrossFieldRulesInWords", () => {
  const rule = (description: string | undefined, trigger: string, needed: string, value?: boolean) => ({
    ...(description === undefined ? {} : { description }),
    if: { required: [trigger] },
    then: { required: [needed], ...(value === undefined ? {} : { properties: { [needed]: { const: value } } }) },
  });
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    paths: {
      "/chat": {
        post: {
          requestBody: { description: "The request.", content: { "application/json": { schema: { $ref: "#/components/schemas/Request" } } } },
          responses: { "200": { description: "OK" } },
        },
      },
    },
    components: {
      schemas: {
        Request: {
          type: "object",
          description: "A request.",
          properties: {
            top_logprobs: { type: "integer", description: "How many. Requires `logprobs: true`." },
            logprobs: { type: "boolean", description: "Whether to return them." },
            modalities: { type: "array", items: { type: "string" } },
            audio: { type: "object", description: "Audio output; required when `modalities` has audio." },
          },
          allOf: [
            rule(undefined, "top_logprobs", "logprobs", true),
            rule("`modalities` with audio requires `audio`.", "modalities", "audio"),
            { required: ["logprobs"] },
          ],
        },
      },
    },
  };
  const shown = withCrossFieldRulesInWords(document) as {
    paths: { "/chat": { post: { requestBody: { description: string } } } };
    components: { schemas: { Request: { description: string; allOf?: unknown[]; properties: Record<string, { description?: string }> } } };
  };
  const request = shown.components.schemas.Request;
  const list = `${RULES_HEADING}\n\n- \`top_logprobs\` requires \`logprobs: true\`.\n- \`modalities\` with audio requires \`audio\`.`;

  it("takes the rules out of allOf and keeps any other member", () => {
    expect(request.allOf).toEqual([{ required: ["logprobs"] }]);
  });

  it("lists the rules in the schema's and the body's description", () => {
    expect(request.description).toBe(`A request.\n\n${list}`);
    expect(shown.paths["/chat"].post.requestBody.description).toBe(`The request.\n\n${list}`);
  });

  it("adds a rule's sentence to each field it names whose description does not already name the other field", () => {
    expect(request.properties.top_logprobs?.description).toBe("How many. Requires `logprobs: true`.");
    expect(request.properties.logprobs?.description).toBe("Whether to return them.\n\n`top_logprobs` requires `logprobs: true`.");
    expect(request.properties.modalities?.description).toBe("`modalities` with audio requires `audio`.");
    expect(request.properties.audio?.description).toBe("Audio output; required when `modalities` has audio.");
  });

  it("leaves the input unchanged", () => {
    expect((document.components as { schemas: { Request: { allOf: unknown[] } } }).schemas.Request.allOf).toHaveLength(3);
  });
});

describe("withReadableTypeLabels", () => {
  it('drops an array title\'s own "Array of", which Redoc writes in front of it', () => {
    const document: OpenApiDocument = {
      openapi: "3.1.0",
      components: {
        schemas: {
          Content: {
            anyOf: [
              { type: "string", title: "Text" },
              { type: "array", title: "Array of content parts", items: {} },
            ],
          },
        },
      },
    };
    const shown = withReadableTypeLabels(document) as { components: { schemas: { Content: { anyOf: { title: string }[] } } } };
    expect(shown.components.schemas.Content.anyOf.map((branch) => branch.title)).toEqual(["Text", "Content parts"]);
  });
});

describe("withUnionDescriptions and defaults Redoc does not show", () => {
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    components: {
      schemas: {
        Tier: { type: "string", enum: ["auto", "flex"], default: "auto" },
        Format: { type: "object", properties: { type: { type: "string" } } },
        Request: {
          type: "object",
          properties: {
            tier: { description: "The tier.", anyOf: [{ $ref: "#/components/schemas/Tier" }, { type: "null" }] },
            said: { description: "The tier. Defaults to `auto`.", anyOf: [{ $ref: "#/components/schemas/Tier" }, { type: "null" }] },
            format: { description: "The format.", anyOf: [{ $ref: "#/components/schemas/Format" }], default: { type: "text" } },
            options: { description: "The options.", anyOf: [{ $ref: "#/components/schemas/Format" }, { type: "null" }], default: null },
          },
        },
      },
    },
  };
  // Redoc shows the selected branch's description: that is where the field's text, and the default, go.
  const shown = (name: string): string[] => {
    const schemas = (
      withUnionDescriptions(document).components as { schemas: Record<string, { properties: Record<string, { anyOf: { description: string }[] }> }> }
    ).schemas;
    return (schemas.Request?.properties[name]?.anyOf ?? []).map((branch) => branch.description);
  };

  it("says a branch's default in the field's description", () => {
    expect(shown("tier")).toEqual(["The tier.\n\nDefaults to `auto`.", "The tier.\n\nDefaults to `auto`."]);
  });

  it("leaves a description that says the default, an object default Redoc shows on the object's fields, and a null default", () => {
    expect(shown("said")).toEqual(["The tier. Defaults to `auto`.", "The tier. Defaults to `auto`."]);
    expect(shown("format")).toEqual(["The format."]);
    expect(shown("options")).toEqual(["The options.", "The options."]);
  });
});
