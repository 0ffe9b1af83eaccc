/**
 * Which schema a page is compared with when its title names none: the file name or the title with
 * case, separators and a module prefix folded away, then the overlap of its field names; and a page
 * that maps to nothing is one `unmapped-page` warning, never a comparison with another schema.
 */
import { describe, expect, it } from "vitest";
import { auditPage } from "../../generator/drift/index.js";
import { foldName, pageBaseName } from "../../generator/drift/page-target.js";
import { brief, canonicalSpec } from "./support.js";

/** A Speakeasy fields page with the given title and rows (name, Python type, required). */
function speakeasyPage(title: string, rows: readonly (readonly [string, string, boolean])[]): string {
  const body = rows.map(([name, type, required]) => `| \`${name}\` | ${type} | ${required ? ":heavy_check_mark:" : ":heavy_minus_sign:"} | N/A |`);
  return [`# ${title}`, "", "## Fields", "", "| Field | Type | Required | Description |", "| ----- | ---- | -------- | ----------- |", ...body].join("\n");
}

const STREAM_OPTIONS_ROWS = [["include_usage", "*Optional[bool]*", false]] as const;

describe("foldName and pageBaseName", () => {
  it.each([
    ["ChatCompletionStreamOptions", "chatcompletionstreamoptions"],
    ["components.ChatCompletionStreamOptions", "chatcompletionstreamoptions"],
    ["AssistantsNamedToolChoice_function", "assistantsnamedtoolchoicefunction"],
    ["logit-bias", "logitbias"],
  ])("%s folds to %s", (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it("takes the file name without folders and extension", () => {
    expect(pageBaseName("docs/models/components/chatcompletionstreamoptions.md")).toBe("chatcompletionstreamoptions");
    expect(pageBaseName("Foo_bar.md")).toBe("Foo_bar");
  });
});

describe("a page whose title names no schema", () => {
  it("maps by its file name, folded (Speakeasy's lower-case page files)", async () => {
    const audit = auditPage("docs/models/chatcompletionstreamoptions.md", speakeasyPage("StreamOpts", STREAM_OPTIONS_ROWS), await canonicalSpec());
    expect(audit.schemas).toEqual(["ChatCompletionStreamOptions"]);
    expect(audit.note).toBe("mapped to ChatCompletionStreamOptions by its file name");
    // Compared with that schema: the one field the page leaves out is reported, nothing else.
    expect(brief(audit.findings)).toEqual(["drift/missing-field include_obfuscation (error)"]);
  });

  it("maps by its title with a module prefix", async () => {
    const audit = auditPage("x.md", speakeasyPage("components.ChatCompletionStreamOptions", STREAM_OPTIONS_ROWS), await canonicalSpec());
    expect(audit.schemas).toEqual(["ChatCompletionStreamOptions"]);
    expect(audit.note).toBe("mapped to ChatCompletionStreamOptions by its title");
  });

  it("maps by the overlap of its field names when neither name matches", async () => {
    const rows = [
      ["type", '*Literal["json_schema"]*', true],
      ["json_schema", "[models.JSONSchema](../models/jsonschema.md)", true],
    ] as const;
    const audit = auditPage("docs/models/structuredoutput.md", speakeasyPage("StructuredOutput", rows), await canonicalSpec());
    expect(audit.schemas).toEqual(["ResponseFormatJsonSchema"]);
    expect(audit.note).toBe("mapped to ResponseFormatJsonSchema by its field names (2 of 2)");
  });

  it("is one unmapped-page warning when nothing matches, with no field compared", async () => {
    const rows = [
      ["invoice_id", "*str*", true],
      ["amount_cents", "*int*", true],
    ] as const;
    const audit = auditPage("docs/models/invoice.md", speakeasyPage("Invoice", rows), await canonicalSpec());
    expect(audit.schemas).toEqual([]);
    expect(audit.findings).toEqual([
      {
        code: "drift/unmapped-page",
        severity: "warning",
        message: 'the page documents no schema of the spec: neither "Invoice" nor its field names match one (pass --schema to name it)',
        file: "docs/models/invoice.md",
        line: 1,
        column: 3,
        pointer: "",
        field: "Invoice",
      },
    ]);
  });
});
