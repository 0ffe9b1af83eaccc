/**
 * The canonical spec beside OpenAI's: from `CreateChatCompletionRequest`, through everything it
 * reaches, every default, enum, const, numeric/length/items/properties bound and
 * `additionalProperties: false` must be OpenAI's (test/support/schema-facts.ts pairs the two
 * documents by path). OpenAI's schemas are the reachable subset of its official spec,
 * test/fixtures/reference/openai-chat-request.yaml (written by scripts/reference-subset.ts).
 *
 * Every difference is listed in DELIBERATE with its reason; any other, in either direction, fails
 * with its path and fact, and so does a listed one that is gone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateCreateChatCompletionRequest as validate } from "../generated/index.js";
import { ROOT } from "./helpers.js";
import { OPENAI_REQUEST_SCHEMAS, openaiRequestValidator } from "./support/openai-validator.js";
import { compareSchemaFacts, type FactDifference, type FactKeyword, type Side } from "./support/schema-facts.js";

const ROOT_SCHEMA = "CreateChatCompletionRequest";
const ours = parse(readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8"));
const theirs = parse(readFileSync(OPENAI_REQUEST_SCHEMAS, "utf8"));

const side = (document: any): Side => ({ schemas: document.components.schemas, root: ROOT_SCHEMA });

interface Deliberate {
  readonly path: string;
  readonly fact: FactKeyword;
  /** The value on each side (`undefined`: not stated); may be an asymmetric matcher. */
  readonly ours: unknown;
  readonly theirs: unknown;
  readonly why: string;
}

/** OpenAI writes the rule in the description only; the canonical spec states it as a schema rule. */
const PROSE = "OpenAI states it only in prose (the field's description); the canonical spec states it as a schema rule.";

const DELIBERATE: readonly Deliberate[] = [
  {
    path: "$.model|string#2",
    fact: "enum",
    ours: undefined,
    theirs: expect.arrayContaining(["gpt-4o", "o3"]),
    why: "OpenAI's model is `anyOf: [string, string with an enum of known model IDs]`, so any string passes either way; the canonical spec writes the free string alone and names models only in its examples, instead of a list that ages with every release.",
  },
  { path: "$.metadata", fact: "maxProperties", ours: 16, theirs: undefined, why: `${PROSE} "Set of 16 key-value pairs".` },
  { path: "$.metadata{}", fact: "maxLength", ours: 512, theirs: undefined, why: `${PROSE} "Values are strings with a maximum length of 512 characters".` },
  { path: "$.metadata<keys>", fact: "maxLength", ours: 64, theirs: undefined, why: `${PROSE} "Keys are strings with a maximum length of 64 characters".` },
  { path: "$.prompt_cache_options.ttl", fact: "default", ours: "30m", theirs: undefined, why: `${PROSE} "Defaults to \`30m\`".` },
  { path: "$.prompt_cache_options.mode", fact: "default", ours: "implicit", theirs: undefined, why: `${PROSE} "Defaults to \`implicit\`".` },
  { path: "$.modalities", fact: "default", ours: ["text"], theirs: undefined, why: `${PROSE} "text, which is the default: \`["text"]\`".` },
  {
    path: "$.stop|string#1",
    fact: "default",
    ours: undefined,
    theirs: "<|endoftext|>",
    why: "Both specs give `stop` the default null on the union; OpenAI's string branch also carries `<|endoftext|>`, the model's own end-of-text token, which no request sends in place of null. One field would show two defaults.",
  },
  { path: "$.logit_bias{}", fact: "minimum", ours: -100, theirs: undefined, why: `${PROSE} "an associated bias value from -100 to 100".` },
  { path: "$.logit_bias{}", fact: "maximum", ours: 100, theirs: undefined, why: `${PROSE} "an associated bias value from -100 to 100".` },
  {
    path: "$.stream_options.include_usage",
    fact: "default",
    ours: false,
    theirs: undefined,
    why: `${PROSE} The usage chunk is streamed only "if set".`,
  },
  {
    path: "$.stream_options.include_obfuscation",
    fact: "default",
    ours: true,
    theirs: undefined,
    why: `${PROSE} "These obfuscation fields are included by default".`,
  },
  {
    path: "$.tools",
    fact: "maxItems",
    ours: 128,
    theirs: undefined,
    why: 'OpenAI\'s API accepts at most 128 tools, the bound its spec writes for the legacy `functions` (maxItems: 128, "a max of 128 functions"); for `tools` it states none.',
  },
  {
    path: "$.tools[]|type=custom.custom.format",
    fact: "default",
    ours: { type: "text" },
    theirs: undefined,
    why: `${PROSE} "Default is unconstrained text".`,
  },
];

const key = (entry: { readonly path: string; readonly fact: FactKeyword }): string => `${entry.path} ${entry.fact}`;

const show = (value: unknown): string => (value === undefined ? "(not stated)" : JSON.stringify(value));

/** One line per difference: where, what, and both values. */
const describeDifference = (difference: FactDifference): string =>
  `${difference.path}: ${difference.fact} is ${show(difference.ours)} in the canonical spec, ${show(difference.theirs)} in OpenAI's`;

describe("the canonical spec beside OpenAI's", () => {
  const differences = compareSchemaFacts(side(ours), side(theirs));

  it("differs only where DELIBERATE says, and says why", () => {
    const listed = new Set(DELIBERATE.map(key));
    expect(differences.filter((difference) => !listed.has(key(difference))).map(describeDifference)).toEqual([]);
    for (const entry of DELIBERATE) expect(entry.why.length, key(entry)).toBeGreaterThan(40);
  });

  it.each(DELIBERATE)("$path: $fact differs as listed", (entry) => {
    const found = differences.find((difference) => key(difference) === key(entry));
    expect(found, `${key(entry)} no longer differs: remove it from DELIBERATE`).toBeDefined();
    expect({ ours: found?.ours, theirs: found?.theirs }).toEqual({ ours: entry.ours, theirs: entry.theirs });
  });

  it("keeps the request open and closes the objects OpenAI closes", () => {
    expect(ours.components.schemas[ROOT_SCHEMA].additionalProperties).toBeUndefined();
    for (const name of ["CustomToolFormatText", "CustomToolFormatGrammar", "CustomVoice"]) {
      expect([name, ours.components.schemas[name].additionalProperties]).toEqual([name, false]);
    }
  });

  it("gives a body with an unknown key the verdict OpenAI's schemas give it, closed object or open", () => {
    const openai = openaiRequestValidator();
    const base = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] };
    const customTool = (format: object) => ({ ...base, tools: [{ type: "custom", custom: { name: "lookup", format } }] });
    const voice = (value: unknown) => ({ ...base, modalities: ["text", "audio"], audio: { format: "wav", voice: value } });
    const grammar = { definition: "start: WORD", syntax: "lark" };
    const bodies: Record<string, object> = {
      "request with an unknown key": { ...base, top_k: 5, safe_prompt: true },
      "text format": customTool({ type: "text" }),
      "text format with an unknown key": customTool({ type: "text", grammar }),
      "grammar format": customTool({ type: "grammar", grammar }),
      "grammar format with an unknown key": customTool({ type: "grammar", grammar, strict: true }),
      "grammar with an unknown key (open in both)": customTool({ type: "grammar", grammar: { ...grammar, flags: "i" } }),
      "custom voice": voice({ id: "voice_1234" }),
      "custom voice with an unknown key": voice({ id: "voice_1234", name: "Narrator" }),
    };
    const verdicts = (check: (body: unknown) => boolean) => Object.entries(bodies).map(([name, body]) => [name, check(structuredClone(body))]);
    const expected = [
      ["request with an unknown key", true],
      ["text format", true],
      ["text format with an unknown key", false],
      ["grammar format", true],
      ["grammar format with an unknown key", false],
      ["grammar with an unknown key (open in both)", true],
      ["custom voice", true],
      ["custom voice with an unknown key", false],
    ];
    expect(verdicts((body) => openai(body))).toEqual(expected);
    expect(verdicts((body) => validate(body))).toEqual(expected);
  });

  it("holds service_tier's default, auto, as OpenAI's", () => {
    expect(differences.filter((difference) => difference.path.startsWith("$.service_tier"))).toEqual([]);
    expect(ours.components.schemas.ServiceTier.default).toBe("auto");
  });

  it("names what a change to the canonical spec would break", () => {
    const edited = structuredClone(ours);
    delete edited.components.schemas.ServiceTier.default;
    delete edited.components.schemas.CustomVoice.additionalProperties;
    edited.components.schemas.CustomToolFormatGrammar.properties.grammar.properties.syntax.enum.push("ebnf");
    edited.components.schemas.CreateChatCompletionRequest.properties.n.maximum = 64;
    edited.components.schemas.CreateChatCompletionRequest.additionalProperties = false;
    const listed = new Set(DELIBERATE.map(key));
    expect(
      compareSchemaFacts(side(edited), side(theirs))
        .filter((difference) => !listed.has(key(difference)))
        .map(describeDifference),
    ).toEqual([
      "$: additionalProperties is false in the canonical spec, (not stated) in OpenAI's",
      '$.service_tier: default is (not stated) in the canonical spec, "auto" in OpenAI\'s',
      "$.audio.voice|object#1: additionalProperties is (not stated) in the canonical spec, false in OpenAI's",
      "$.n: maximum is 64 in the canonical spec, 128 in OpenAI's",
      '$.tools[]|type=custom.custom.format|type=grammar.grammar.syntax: enum is ["lark","regex","ebnf"] in the canonical spec, ["lark","regex"] in OpenAI\'s',
    ]);
  });
});

describe("the pairing of two documents by path", () => {
  const compare = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    compareSchemaFacts({ schemas: a, root: "Root" }, { schemas: b, root: "Root" }).map(describeDifference);

  it("reads nullability, $ref, allOf and a union of unions as the same place", () => {
    const a = {
      Root: {
        type: "object",
        properties: {
          tier: { anyOf: [{ $ref: "#/components/schemas/Tier" }, { type: "null" }] },
          size: { type: ["integer", "null"], minimum: 1, enum: [1, 2, null] },
          choice: { anyOf: [{ type: "string", enum: ["none"] }, { $ref: "#/components/schemas/Choice" }] },
        },
      },
      Tier: { type: "string", enum: ["auto", "flex"], default: "auto" },
      Choice: { oneOf: [{ type: "object", properties: { type: { enum: ["x"] }, n: { maximum: 3 } } }] },
    };
    const b = {
      Root: {
        allOf: [
          { type: "object", properties: { tier: { anyOf: [{ type: "string", enum: ["flex", "auto"], default: "auto" }, { type: "null" }] } } },
          { type: "object", properties: { size: { type: "integer", nullable: true, minimum: 1, enum: [2, 1] } } },
        ],
        properties: {
          choice: {
            anyOf: [
              { type: "string", enum: ["none"] },
              { type: "object", properties: { type: { enum: ["x"] }, n: { maximum: 3 } } },
            ],
          },
        },
      },
    };
    expect(compare(a, b)).toEqual([]);
  });

  it("pairs union members by discriminator value whatever their order, and names a closed member", () => {
    const member = (tag: string, extra: Record<string, unknown> = {}) => ({ type: "object", properties: { kind: { type: "string", enum: [tag] } }, ...extra });
    const a = { Root: { oneOf: [member("a"), member("b")], discriminator: { propertyName: "kind" } } };
    const b = { Root: { oneOf: [member("b", { additionalProperties: false }), member("a", { maxProperties: 2 })] } };
    expect(compare(a, b)).toEqual([
      "$|kind=a: maxProperties is (not stated) in the canonical spec, 2 in OpenAI's",
      "$|kind=b: additionalProperties is (not stated) in the canonical spec, false in OpenAI's",
    ]);
  });

  it("refuses a schema that contains itself instead of walking forever", () => {
    const tree = { Root: { type: "object", properties: { child: { $ref: "#/components/schemas/Root" } } } };
    expect(() => compare(tree, tree)).toThrow(/^\$(\.child)+: deeper than 32 levels; a recursive schema is not compared$/);
  });

  it("reports a member or property only one side has, with its facts", () => {
    const a = { Root: { type: "object", properties: { x: { type: "integer", default: 0 } } } };
    const b = { Root: { type: "object", properties: { y: { anyOf: [{ type: "string" }, { type: "number", exclusiveMinimum: 0 }] } } } };
    expect(compare(a, b)).toEqual([
      "$.x: default is 0 in the canonical spec, (not stated) in OpenAI's",
      "$.y|number#1: exclusiveMinimum is (not stated) in the canonical spec, 0 in OpenAI's",
    ]);
  });
});
