/**
 * Synthetic drift: one edit of each kind to a page chatspec generated (which on its own has zero
 * findings), and exactly the matching finding appears, nothing else. The edits are spread over all
 * five flavors, each in the flavor's own markup.
 */
import { describe, expect, it } from "vitest";
import { auditPage, type DriftFinding } from "../../generator/drift/index.js";
import { flavors } from "../../generator/flavors/registry.js";
import { renderFlavorFromSpec } from "../helpers.js";
import { CANONICAL_SPEC, canonicalSpec } from "./support.js";

const REQUEST = "/components/schemas/CreateChatCompletionRequest";

async function page(flavorId: string, pagePath: string): Promise<string> {
  const flavor = flavors.find((candidate) => candidate.id === flavorId);
  if (flavor === undefined) throw new Error(flavorId);
  const file = (await renderFlavorFromSpec(flavor, CANONICAL_SPEC)).find((candidate) => candidate.path === pagePath);
  if (file === undefined) throw new Error(pagePath);
  return file.contents;
}

/** Replaces `from` by `to` on the one line that contains `marker`; returns the text, the 1-based line and the column of `to`. */
function editLine(text: string, marker: string | RegExp, from: string, to: string): { text: string; line: number; column: number } {
  const lines = text.split("\n");
  const hits = lines.flatMap((line, index) => ((typeof marker === "string" ? line.includes(marker) : marker.test(line)) ? [index] : []));
  expect(hits, `exactly one line matches ${String(marker)}`).toHaveLength(1);
  const index = hits[0] as number;
  const line = lines[index] as string;
  expect(line.includes(from), `${JSON.stringify(from)} on line ${index + 1}`).toBe(true);
  lines[index] = line.replace(from, to);
  return { text: lines.join("\n"), line: index + 1, column: (lines[index] as string).indexOf(to) + 1 };
}

async function findings(file: string, text: string): Promise<readonly DriftFinding[]> {
  return auditPage(file, text, await canonicalSpec()).findings;
}

describe("one edit, one finding", () => {
  it("a changed type (speakeasy-python): temperature as str", async () => {
    const file = "docs/speakeasy-python/models/createchatcompletionrequest.md";
    const original = await page("speakeasy-python", file);
    expect(await findings(file, original)).toEqual([]);
    const edit = editLine(original, "| `temperature`", "*OptionalNullable[float]*", "*OptionalNullable[str]*");
    expect(await findings(file, edit.text)).toEqual([
      {
        file,
        line: edit.line,
        column: edit.column,
        pointer: `${REQUEST}/properties/temperature`,
        severity: "error",
        field: "temperature",
        code: "drift/type-mismatch",
        message: "`temperature` is documented as `*OptionalNullable[str]*`: documented as string, but the spec's type is number",
      },
    ]);
  });

  it("a dropped field (openapi-generator-rust): presence_penalty's row removed", async () => {
    const file = "docs/openapi-generator-rust/docs/CreateChatCompletionRequest.md";
    const original = await page("openapi-generator-rust", file);
    expect(await findings(file, original)).toEqual([]);
    const lines = original.split("\n");
    const header = lines.indexOf("Name | Type | Description | Notes") + 1;
    const text = lines.filter((line) => !line.startsWith("**presence_penalty** |")).join("\n");
    expect(text).not.toBe(original);
    expect(await findings(file, text)).toEqual([
      {
        file,
        line: header,
        column: 1,
        pointer: `${REQUEST}/properties/presence_penalty`,
        severity: "error",
        field: "presence_penalty",
        code: "drift/missing-field",
        message: "`presence_penalty` is in the spec but not documented",
      },
    ]);
  });

  it("a flipped required (mkdocs-material): model without its required span", async () => {
    const file = "docs/mkdocs-material/create-chat-completion-request.md";
    const original = await page("mkdocs-material", file);
    expect(await findings(file, original)).toEqual([]);
    const edit = editLine(original, /^`model` \+\+"string"\+\+ </, ' <span class="required" markdown>++"required"++</span>', "");
    expect(await findings(file, edit.text)).toEqual([
      {
        file,
        line: edit.line,
        column: 12,
        pointer: `${REQUEST}/properties/model`,
        severity: "error",
        field: "model",
        code: "drift/required-mismatch",
        message: "`model` is documented as optional, but the spec makes it required",
      },
    ]);
  });

  it("a changed default (typedoc-markdown): frequency_penalty's Default Value tag", async () => {
    const file = "docs/typedoc-markdown/interfaces/CreateChatCompletionRequest.md";
    const original = await page("typedoc-markdown", file);
    expect(await findings(file, original)).toEqual([]);
    const lines = original.split("\n");
    const member = lines.indexOf("### frequency\\_penalty?");
    const tag = lines.findIndex((line, index) => index > member && line === "#### Default Value");
    expect(lines[tag + 2]).toBe("`0`");
    lines[tag + 2] = "`0.5`";
    expect(await findings(file, lines.join("\n"))).toEqual([
      {
        file,
        line: tag + 3,
        column: 1,
        pointer: `${REQUEST}/properties/frequency_penalty`,
        severity: "error",
        field: "frequency_penalty",
        code: "drift/default-mismatch",
        message: "`frequency_penalty` is documented with the default `0.5`, but the spec's default is 0",
      },
    ]);
  });

  it("a removed deprecation marker (speakeasy-python): max_tokens without strike-through and warning", async () => {
    const file = "docs/speakeasy-python/models/createchatcompletionrequest.md";
    const original = await page("speakeasy-python", file);
    const struck = editLine(original, "| ~~`max_tokens`~~", "~~`max_tokens`~~", "`max_tokens`    ");
    const edit = editLine(
      struck.text,
      "| `max_tokens`",
      ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.<br/><br/>",
      "",
    );
    expect(await findings(file, edit.text)).toEqual([
      {
        file,
        line: edit.line,
        column: 3,
        pointer: `${REQUEST}/properties/max_tokens`,
        severity: "warning",
        field: "max_tokens",
        code: "drift/deprecated-not-marked",
        message: "`max_tokens` is deprecated in the spec, but the doc does not mark it deprecated",
      },
    ]);
  });

  it("a field renamed by case (reference): Top_P", async () => {
    const file = "docs/reference/CreateChatCompletionRequest.md";
    const original = await page("reference", file);
    expect(await findings(file, original)).toEqual([]);
    const edit = editLine(original, "| [`top_p`](#field-top_p) |", "[`top_p`]", "[`Top_P`]");
    expect(await findings(file, edit.text)).toEqual([
      {
        file,
        line: edit.line,
        column: edit.column + 2,
        pointer: `${REQUEST}/properties`,
        severity: "error",
        field: "Top_P",
        code: "drift/unknown-field",
        message: "`Top_P` is not a field of CreateChatCompletionRequest; did you mean `top_p`?",
      },
    ]);
  });

  it("a field renamed by case (mkdocs-material): Stream, facts still checked against stream", async () => {
    const file = "docs/mkdocs-material/create-chat-completion-request.md";
    const original = await page("mkdocs-material", file);
    const edit = editLine(original, /^`stream` \+\+/, "`stream`", "`Stream`");
    expect(await findings(file, edit.text)).toEqual([
      {
        file,
        line: edit.line,
        column: 2,
        pointer: `${REQUEST}/properties`,
        severity: "error",
        field: "Stream",
        code: "drift/unknown-field",
        message: "`Stream` is not a field of CreateChatCompletionRequest; did you mean `stream`?",
      },
    ]);
  });

  it("a narrowed integer (openapi-generator-rust): seed as i32 against its int64 range", async () => {
    const file = "docs/openapi-generator-rust/docs/CreateChatCompletionRequest.md";
    const original = await page("openapi-generator-rust", file);
    const edit = editLine(original, /^\*\*seed\*\* \|/, "Option<**i64**>", "Option<**i32**>");
    expect(await findings(file, edit.text)).toEqual([
      {
        file,
        line: edit.line,
        column: edit.column,
        pointer: `${REQUEST}/properties/seed`,
        severity: "error",
        field: "seed",
        code: "drift/type-mismatch",
        message:
          "`seed` is documented as `Option<**i32**>`: documented as a 32-bit integer, narrower than the spec's int64 integer, from -9223372036854776000 to 9223372036854776000",
      },
    ]);
  });
});
