/**
 * The validators emitter's pure parts: the OpenAPI → JSON Schema bundle (discriminator checks, the
 * strict variant's placement of unevaluatedProperties), the ESM rewrite of AJV's requires, the
 * all-errors modules' linear gathering of errors, a call's context passed as arguments, the keywords
 * whose code is AJV's with a shortcut (anyOf, maxLength, minLength) held to AJV's own verdicts and
 * errors, and the shape of the emitted modules.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validatorsEmitter } from "../../generator/emitters/validators/emitter.js";
import type { EmitContext } from "../../generator/emitters/types.js";
import { rewriteRequiresToImports } from "../../generator/emitters/validators/esm-runtime.js";
import { appendCalleeErrors } from "../../generator/emitters/validators/all-errors-code.js";
import { passContextAsArguments } from "../../generator/emitters/validators/call-context.js";
import { compileSource, compileVariant } from "../../generator/emitters/validators/compile.js";
import { ALL_ERRORS } from "../../generator/emitters/validators/variant-source.js";
import { createAjv } from "../../generator/emitters/validators/ajv.js";
import { withoutProse } from "../../generator/emitters/validators/annotation-free.js";
import type { KeywordCxt } from "ajv/dist/2020.js";
import { validateUnion } from "ajv/dist/vocabularies/code.js";
import { rootSchemas } from "../../generator/openapi.js";
import { extensionKeywords, toJsonSchemaBundle } from "../../generator/emitters/validators/json-schema.js";
import { ChatspecError } from "../../generator/errors.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import { ROOT, loadCorpus, projectTempDir } from "../helpers.js";

const doc = (schemas: Record<string, unknown>): OpenApiDocument => ({ openapi: "3.1.0", components: { schemas } }) as OpenApiDocument;

const tagged = (tag: string) => ({ type: "object", required: ["kind"], properties: { kind: { type: "string", enum: [tag] } } });
const union = (mapping: Record<string, string>) => ({
  oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }],
  discriminator: { propertyName: "kind", mapping },
});

describe("toJsonSchemaBundle", () => {
  it("rewrites refs into $defs, keeps only reachable schemas, and reduces a checked discriminator", () => {
    const document = doc({
      Root: union({ a: "#/components/schemas/A", b: "#/components/schemas/B" }),
      A: tagged("a"),
      B: tagged("b"),
      Unused: { type: "string" },
    });
    expect(toJsonSchemaBundle(document, { id: "x", roots: ["Root"], strict: false })).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "x",
      $defs: {
        Root: { oneOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }], discriminator: { propertyName: "kind" }, type: "object" },
        A: tagged("a"),
        B: tagged("b"),
      },
    });
  });

  it("rejects a mapping that disagrees with a branch's tag, with the pointer", () => {
    const document = doc({ Root: union({ a: "#/components/schemas/B", b: "#/components/schemas/B" }), A: tagged("a"), B: tagged("b") });
    const error = (() => {
      try {
        toJsonSchemaBundle(document, { id: "x", roots: ["Root"], strict: false });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ChatspecError);
    expect((error as ChatspecError).toLine()).toBe(
      '#/components/schemas/Root/discriminator/mapping: discriminator mapping for "a" must be "#/components/schemas/A"',
    );
  });

  it("rejects OpenAPI 3.0 nullable with its pointer", () => {
    expect(() =>
      toJsonSchemaBundle(doc({ Root: { type: "object", properties: { a: { type: "string", nullable: true } } } }), { id: "x", roots: ["Root"], strict: false }),
    ).toThrow('`nullable` is OpenAPI 3.0; in 3.1 write `type: [X, "null"]`');
  });

  it("closes whole objects in the strict variant, but not partial subschemas, free-form objects or maps", () => {
    const document = doc({
      Root: {
        type: "object",
        properties: {
          nested: { type: "object", properties: { x: { type: "string" } } },
          free: { type: "object", additionalProperties: true, properties: { y: { type: "string" } } },
          map: { type: "object", additionalProperties: { type: "string" } },
          list: { type: "array", items: { type: "object", properties: { z: { type: "string" } } } },
        },
        allOf: [{ if: { properties: { a: { const: 1 } }, required: ["a"] }, then: { properties: { b: { const: 2 } } } }],
      },
    });
    const { $defs } = toJsonSchemaBundle(document, { id: "x", roots: ["Root"], strict: true });
    expect($defs.Root).toEqual({
      type: "object",
      properties: {
        nested: { type: "object", properties: { x: { type: "string" } }, unevaluatedProperties: false },
        free: { type: "object", additionalProperties: true, properties: { y: { type: "string" } } },
        map: { type: "object", additionalProperties: { type: "string" } },
        list: { type: "array", items: { type: "object", properties: { z: { type: "string" } }, unevaluatedProperties: false } },
      },
      allOf: [{ if: { properties: { a: { const: 1 } }, required: ["a"] }, then: { properties: { b: { const: 2 } } } }],
      unevaluatedProperties: false,
    });
  });

  it("finds the x- keywords AJV must declare", () => {
    expect(extensionKeywords({ a: { "x-one": 1, b: [{ "x-two": { "x-not-a-keyword-inside-a-value": 1 } }] } })).toEqual(["x-one", "x-two"]);
  });
});

describe("rewriteRequiresToImports", () => {
  it("imports the package's own ES modules for formats and string length, and AJV's CommonJS helpers as require() would", () => {
    const code = [
      `"use strict";export const v = validate1;`,
      `const func1 = require("ajv/dist/runtime/ucs2length").default;`,
      `const f = require("./runtime/formats.js").fullFormats.int64;`,
      `const func0 = require("ajv/dist/runtime/equal").default;`,
    ].join("\n");
    expect(rewriteRequiresToImports(code)).toBe(
      [
        `import * as runtime_formats from "./runtime/formats.js";`,
        `import * as runtime_equal_ns from "ajv/dist/runtime/equal.js";`,
        `const runtime_equal = runtime_equal_ns.default?.__esModule ? runtime_equal_ns.default : runtime_equal_ns;`,
        `import * as runtime_ucs2length from "./runtime/string-length.js";`,
        `export const v = validate1;`,
        `const func1 = runtime_ucs2length.default;`,
        `const f = runtime_formats.fullFormats.int64;`,
        `const func0 = runtime_equal.default;`,
      ].join("\n"),
    );
  });

  it("refuses any other require", () => {
    expect(() => rewriteRequiresToImports(`const x = require("fs");`)).toThrow('unexpected require("fs") in AJV standalone output');
    expect(() => rewriteRequiresToImports(`const f = require("ajv-formats/dist/formats").fullFormats;`)).toThrow(
      'unexpected require("ajv-formats/dist/formats")',
    );
  });
});

describe("generated/validators.js and validators-strict.js", () => {
  const code = readFileSync(path.join(ROOT, "generated/validators.js"), "utf8");
  const strictCode = readFileSync(path.join(ROOT, "generated/validators-strict.js"), "utf8");

  it("are ES modules that compile nothing at run time and import no CommonJS", () => {
    for (const module of [code, strictCode]) {
      expect(module).not.toMatch(/\brequire\(/);
      expect(module).not.toMatch(/new Ajv|\.compile\(|new Function|\beval\(/);
      // Only the package's own ES modules: no CommonJS to load on a cold start.
      const imports = [...module.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
      expect(imports).toEqual(["./runtime/formats.js", "./runtime/string-length.js"]);
    }
  });

  it("hold one variant each, so the default validators load without the strict code", () => {
    expect([...code.matchAll(/^export const (\w+) = /gm)].map((match) => match[1])).toEqual(["validateCreateChatCompletionRequest"]);
    expect([...strictCode.matchAll(/^export const (\w+) = /gm)].map((match) => match[1])).toEqual(["validateCreateChatCompletionRequestStrict"]);
    expect(code).not.toContain("unevaluatedProperties");
    expect(strictCode).toContain("unevaluatedProperties");
  });
});

/** Strings of `min` to `max` characters, each ASCII, astral (two UTF-16 units) or a lone surrogate. */
const codePoints = (min: number, max: number) =>
  fc.array(fc.constantFrom("a", "😀", "\uD800"), { minLength: min, maxLength: max }).map((chars) => chars.join(""));

/** Request-shaped bodies, valid and not, for comparing a rewritten module with AJV's own compilation. */
const message = fc.record(
  {
    role: fc.constantFrom("user", "assistant", "tool", "robot", 5),
    content: fc.oneof(
      fc.string(),
      fc.constantFrom(null, 5, true),
      fc.array(fc.record({ type: fc.constantFrom("text", "image_url", "x"), text: fc.anything() })),
    ),
    refusal: fc.constantFrom(null, "no", 1),
  },
  { requiredKeys: [] },
);
const request = fc.record(
  {
    model: fc.oneof(fc.string(), fc.integer()),
    messages: fc.array(message, { maxLength: 6 }),
    n: fc.integer({ min: -2, max: 3 }),
    temperature: fc.double({ min: -1, max: 4, noNaN: true }),
    logit_bias: fc.dictionary(fc.oneof(fc.constant("12"), fc.string()), fc.integer({ min: -200, max: 200 })),
    stop: fc.anything(),
    tool_choice: fc.anything(),
    service_tier: fc.oneof(fc.constantFrom("auto", "x", null), fc.anything()),
    metadata: fc.dictionary(codePoints(50, 70), fc.oneof(codePoints(0, 10), codePoints(250, 520)), { maxKeys: 3 }),
    safety_identifier: fc.oneof(codePoints(30, 70), fc.constant(null)),
    function_call: fc.anything(),
    max_token: fc.integer(),
  },
  { requiredKeys: [] },
);

describe("the all-errors modules", () => {
  const modules = ["validators-all-errors.js", "validators-strict-all-errors.js"].map((file) => readFileSync(path.join(ROOT, "generated", file), "utf8"));

  it("are ES modules like the fast ones, one variant each, exported as …AllErrors", () => {
    for (const module of modules) {
      expect(module).not.toMatch(/\brequire\(|new Ajv|\.compile\(|new Function|\beval\(/);
      expect([...module.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1])).toEqual(["./runtime/formats.js", "./runtime/string-length.js"]);
    }
    expect(modules.map((module) => [...module.matchAll(/^export const (\w+) = /gm)].map((match) => match[1]))).toEqual([
      ["validateCreateChatCompletionRequestAllErrors"],
      ["validateCreateChatCompletionRequestStrictAllErrors"],
    ]);
  });

  it("gather their callees' errors by appending, never by copying them all (appendCalleeErrors)", () => {
    for (const module of modules) {
      expect(module).not.toContain("vErrors.concat(");
      expect(module).toContain("else for (const calleeError of ");
    }
    expect(
      appendCalleeErrors(
        "if(!(validate4(data))){\nvErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);\nerrors = vErrors.length;\n}",
      ),
    ).toBe(
      "if(!(validate4(data))){\nif (vErrors === null) vErrors = validate4.errors; else for (const calleeError of validate4.errors) vErrors.push(calleeError);\nerrors = vErrors.length;\n}",
    );
    // A recursive reference calls through a wrapper; any other form is left as AJV wrote it.
    expect(appendCalleeErrors("vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);")).toBe(
      "if (vErrors === null) vErrors = wrapper0.validate.errors; else for (const calleeError of wrapper0.validate.errors) vErrors.push(calleeError);",
    );
    expect(appendCalleeErrors("vErrors = vErrors === null ? errs : vErrors.concat(errs);")).toBe("vErrors = vErrors === null ? errs : vErrors.concat(errs);");
  });

  it("report the errors AJV's own all-errors code reports, in the same order (corpus and 300 generated bodies)", async () => {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown };
    const spec = parse(readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8"));
    const roots = rootSchemas(spec);
    const generated = (await import(pathToFileURL(path.join(ROOT, "generated/validators-all-errors.js")).href)) as Record<string, Validate>;
    const generatedStrict = (await import(pathToFileURL(path.join(ROOT, "generated/validators-strict-all-errors.js")).href)) as Record<string, Validate>;
    const pairs: [Validate, Validate][] = [
      [
        generated.validateCreateChatCompletionRequestAllErrors as Validate,
        compileSource(compileVariant(spec, roots, "default"), ALL_ERRORS).validatorOf("CreateChatCompletionRequest"),
      ],
      [
        generatedStrict.validateCreateChatCompletionRequestStrictAllErrors as Validate,
        compileSource(compileVariant(spec, roots, "strict"), ALL_ERRORS).validatorOf("CreateChatCompletionRequest"),
      ],
    ];
    const agree = (body: unknown) => {
      for (const [rewritten, ajvOwn] of pairs) {
        expect(rewritten(body)).toBe(ajvOwn(body));
        expect(rewritten.errors ?? null).toEqual(ajvOwn.errors ?? null);
      }
    };
    for (const body of loadCorpus().values()) agree(body);
    fc.assert(fc.property(request, agree), { seed: 20260101, numRuns: 300 });
  });
});

describe("the context of a call passed as arguments (passContextAsArguments)", () => {
  const signature = `(data, {instancePath="", parentData, parentDataProperty, rootData=data}={})`;

  it("rewrites a function's definition and every call of it together, string literals and AJV's key escaping included", () => {
    const code = [
      `function validate2${signature}{`,
      `if(!(validate3(data["a,b}"], {instancePath:instancePath+"/a,b}",parentData:data,parentDataProperty:"a,b}",rootData}))){`,
      `vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);`,
      `}`,
      `if(!(validate3(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){}`,
      `}`,
      `function validate3${signature}{}`,
      `validate3.evaluated = {"props":true};`,
    ].join("\n");
    expect(passContextAsArguments(code).split("\n")).toEqual([
      "function validate2(data, instancePath, parentData, parentDataProperty, rootData){",
      `if(!(validate3(data["a,b}"], instancePath+"/a,b}", data, "a,b}", rootData))){`,
      "vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);",
      "}",
      `if(!(validate3(data[key0], instancePath+"/" + key0.replace(/~/g, "~0").replace(/\\//g, "~1"), data, key0, rootData))){}`,
      "}",
      "function validate3(data, instancePath, parentData, parentDataProperty, rootData){}",
      `validate3.evaluated = {"props":true};`,
    ]);
  });

  it("leaves a function alone when something else refers to it: an export, a wrapper, a call of another form", () => {
    const call = `validate5(data, {instancePath,parentData,parentDataProperty,rootData})`;
    for (const other of [
      `export const validateX = validate5;`,
      `const wrapper0 = {validate: validate5};`,
      `validate5(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors})`,
    ]) {
      const code = `function validate5${signature}{}\n${call}\n${other}`;
      expect(passContextAsArguments(code)).toBe(code);
    }
    // Text in a string and a property of that name are not the function, and stay as they are.
    const text = `const schema9 = {"enum":["validate5(data, {instancePath,parentData,parentDataProperty,rootData})","\\"validate5"]};`;
    expect(passContextAsArguments(`function validate5${signature}{}\n${text}\nif(data.validate5 !== undefined){}\n${call}`)).toBe(
      `function validate5(data, instancePath, parentData, parentDataProperty, rootData){}\n${text}\nif(data.validate5 !== undefined){}\nvalidate5(data, instancePath, parentData, parentDataProperty, rootData)`,
    );
    // A definition only in a string is none.
    const quoted = `const schema9 = {"const":"function validate5${signature.replace(/"/g, '\\"')}"};\n${call}`;
    expect(passContextAsArguments(quoted)).toBe(quoted);
    const rewritten = passContextAsArguments(`function validate5${signature}{}\n${call}`);
    expect(rewritten).toBe(
      "function validate5(data, instancePath, parentData, parentDataProperty, rootData){}\nvalidate5(data, instancePath, parentData, parentDataProperty, rootData)",
    );
  });

  it("leaves only the exported functions with AJV's signature in the canonical spec's modules", () => {
    for (const file of ["validators.js", "validators-strict.js", "validators-all-errors.js", "validators-strict-all-errors.js"]) {
      const module = readFileSync(path.join(ROOT, "generated", file), "utf8");
      expect(module.match(/rootData=data\}=\{\}\)/g)).toHaveLength(1);
      expect(module).not.toMatch(/\{instancePath[,:][^;\n]*rootData\}/);
    }
  });

  it("gives the verdicts and errors of AJV's own compilation (corpus and 300 generated bodies)", async () => {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown };
    const spec = parse(readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8"));
    const roots = rootSchemas(spec);
    const generated = (await import(pathToFileURL(path.join(ROOT, "generated/validators.js")).href)) as Record<string, Validate>;
    const generatedStrict = (await import(pathToFileURL(path.join(ROOT, "generated/validators-strict.js")).href)) as Record<string, Validate>;
    const pairs: [Validate, Validate][] = [
      [generated.validateCreateChatCompletionRequest as Validate, compileVariant(spec, roots, "default").validatorOf("CreateChatCompletionRequest")],
      [generatedStrict.validateCreateChatCompletionRequestStrict as Validate, compileVariant(spec, roots, "strict").validatorOf("CreateChatCompletionRequest")],
    ];
    const agree = (body: unknown) => {
      for (const [rewritten, ajvOwn] of pairs) {
        expect(rewritten(body)).toBe(ajvOwn(body));
        expect(rewritten.errors ?? null).toEqual(ajvOwn.errors ?? null);
      }
    };
    for (const body of loadCorpus().values()) agree(body);
    fc.assert(fc.property(request, agree), { seed: 20260102, numRuns: 300 });
  });
});

const limitLength = (createRequire(import.meta.url)("ajv/dist/vocabularies/validation/limitLength") as { default: { code: (cxt: KeywordCxt) => void } })
  .default;

/** `createAjv`'s instance with AJV's own code put back for the keywords it extends (any-of.ts, limit-length.ts). */
function stockKeywords(ajv: ReturnType<typeof createAjv>): ReturnType<typeof createAjv> {
  for (const [keyword, code] of [
    ["anyOf", validateUnion],
    ["maxLength", limitLength.code],
    ["minLength", limitLength.code],
  ] as const) {
    const rule = ajv.RULES.all[keyword];
    if (typeof rule !== "object" || !("code" in rule.definition)) throw new Error(`no ${keyword} rule`);
    rule.definition.code = code;
  }
  return ajv;
}

describe("maxLength and minLength, the length tried first (limit-length.ts)", () => {
  it("count code points as AJV does, on either side of both limits", () => {
    const schema = { type: "string", minLength: 3, maxLength: 5 };
    const ours = createAjv([], { ownProperties: false, trackEvaluated: false, optimize: true }).compile(schema);
    const stock = stockKeywords(createAjv([], { ownProperties: false, trackEvaluated: false, optimize: true })).compile(schema);
    expect(ours.toString()).toContain(".length > 5 && ");
    expect(ours.toString()).toContain(".length < 3 || ");
    expect(["ab", "😀😀", "😀😀😀", "abcde", "😀😀😀😀😀", "😀😀😀😀😀😀", "\uD800\uD800\uD800"].map((text) => ours(text))).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      true,
    ]);
    fc.assert(
      fc.property(codePoints(0, 12), (text) => {
        expect(ours(text)).toBe(stock(text));
        expect(ours.errors ?? null).toEqual(stock.errors ?? null);
      }),
      { seed: 20260104, numRuns: 500 },
    );
  });
});

describe("anyOf with a type-only branch (any-of.ts)", () => {
  it("shortcuts a value of that type, and is AJV's own anyOf otherwise", () => {
    const spec = parse(readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8"));
    const code = readFileSync(path.join(ROOT, "generated/validators.js"), "utf8");
    expect(code).toContain('let valid1 = typeof data1 === "string";');
    expect(code).toMatch(/let valid\d+ = data\d+ === null;/);
    // An assistant message's content: a string, an array of parts, or null.
    expect(code).toContain('let valid1 = (typeof data1 === "string") || (data1 === null);');
    expect(compileVariant(spec, rootSchemas(spec), "default").ajv.RULES.all.anyOf).toMatchObject({
      definition: { code: expect.not.objectContaining({ name: "validateUnion" }) },
    });
  });

  it("gives the verdicts and errors of AJV's own keywords, both variants, fast and all-errors (corpus and 300 generated bodies)", () => {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown };
    const spec = parse(readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8"));
    const roots = rootSchemas(spec);
    const cases = [
      ["default", false],
      ["strict", false],
      ["default", true],
      ["strict", true],
    ] as const;
    const pairs = cases.map(([variant, allErrors]): [Validate, Validate] => {
      const fast = compileVariant(spec, roots, variant);
      const ours = allErrors ? compileSource(fast, ALL_ERRORS) : fast;
      const compiled = withoutProse(ours.bundle);
      const stock = stockKeywords(
        createAjv(extensionKeywords(compiled.$defs), { ownProperties: false, trackEvaluated: variant === "strict", optimize: false, allErrors }),
      );
      stock.addSchema(compiled);
      const reference = stock.getSchema(`${compiled.$id}#/$defs/CreateChatCompletionRequest`);
      if (reference === undefined) throw new Error("no reference validator");
      return [ours.validatorOf("CreateChatCompletionRequest"), reference];
    });
    const agree = (body: unknown) => {
      for (const [shortcut, ajvOwn] of pairs) {
        expect(shortcut(body)).toBe(ajvOwn(body));
        expect(shortcut.errors ?? null).toEqual(ajvOwn.errors ?? null);
      }
    };
    for (const body of loadCorpus().values()) agree(body);
    fc.assert(fc.property(request, agree), { seed: 20260103, numRuns: 300 });
  });
});

describe("evaluated-property tracking", () => {
  it("is compiled only into the strict validators for the canonical spec (no bookkeeping on the default happy path)", () => {
    expect(readFileSync(path.join(ROOT, "generated/validators.js"), "utf8")).not.toMatch(/\.evaluated\b|\bprops\d+\b/);
    expect(readFileSync(path.join(ROOT, "generated/validators-strict.js"), "utf8")).toMatch(/\.evaluated\b/);
  });

  it("stays on in the default validators when the spec itself uses unevaluatedProperties", async () => {
    // `Base` declares `id`; `Item` adds `name` through allOf and closes with unevaluatedProperties,
    // which is only right if AJV tracks what the allOf member evaluated.
    const document = doc({
      Item: { type: "object", allOf: [{ $ref: "#/components/schemas/Base" }], properties: { name: { type: "string" } }, unevaluatedProperties: false },
      Base: { type: "object", properties: { id: { type: "integer" } } },
      // A property *named* unevaluatedProperties is not the keyword.
      Note: { type: "object", properties: { unevaluatedProperties: { type: "string" } } },
    });
    const files = await validatorsEmitter.emit({ document, roots: ["Item", "Note"] } as unknown as EmitContext);
    const dir = projectTempDir("unevaluated");
    for (const file of files.filter((entry) => entry.path.endsWith(".js"))) writeFileSync(path.join(dir, file.path), file.contents);
    type Validate = (data: unknown) => boolean;
    const module = (await import(pathToFileURL(path.join(dir, "validators.js")).href)) as { validateItem: Validate; validateNote: Validate };
    expect([module.validateItem({ id: 1, name: "a" }), module.validateItem({ id: 1, name: "a", extra: true }), module.validateItem({ id: "x" })]).toEqual([
      true,
      false,
      false,
    ]);
    expect(module.validateNote({ unevaluatedProperties: "x", other: 1 })).toBe(true);
    expect(files.find((file) => file.path === "validators.js")?.contents).toMatch(/\.evaluated\b/);
  });
});
