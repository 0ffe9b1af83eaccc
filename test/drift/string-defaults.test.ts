/**
 * A string default is written bare by the generators (`[default to false]`), so drift reads the page's
 * `false` as the spec's string "false" too: real specs give boolean fields `default: "false"`. A
 * different text is still a mismatch.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/index.js";
import { projectTempDir } from "../helpers.js";
import { loadDriftSpec } from "./support.js";

const SPEC = `openapi: 3.1.0
info: { title: Users, version: 1.0.0 }
paths: {}
components:
  schemas:
    NewUser:
      type: object
      properties:
        api_user:
          type: boolean
          default: "false"
          description: True for API-only users.
`;

const page = (written: string) => `# NewUser

## Properties

Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
**api_user** | Option<**bool**> | True for API-only users. | [optional][default to ${written}]

[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)

`;

describe("a string default written bare", () => {
  it("matches the page's text, and only that text", async () => {
    const specPath = path.join(projectTempDir("string-defaults"), "openapi.yaml");
    writeFileSync(specPath, SPEC);
    const spec = await loadDriftSpec(specPath);
    const codes = (written: string) =>
      auditPage("docs/NewUser.md", page(written), spec, { flavor: "openapi-generator-rust" }).findings.map((finding) => `${finding.code} ${finding.severity}`);
    expect(codes("false")).toEqual([]);
    expect(codes("true")).toEqual(["drift/default-mismatch error"]);
  });
});
