/**
 * The site's pure parts without a browser: the offline finishing pass refuses pages that would reach
 * the network, and union fields get their description onto every branch (Redoc 3 shows only the
 * selected branch's).
 */
import { describe, expect, it } from "vitest";
import { VIEW_TIME_FETCHES, finishSitePage, offlineProblem } from "../../generator/emitters/site/page.js";
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
