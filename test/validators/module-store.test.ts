/**
 * The validator module store (emitters/validators/module-store.ts): with one in use, the validators
 * emitter and the request-example check look their work up before compiling. A prose edit then
 * compiles nothing and writes the same modules; a constraint edit compiles and stores new ones; the
 * output is the same bytes as without a store; a failed example check is never remembered.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { resolveConfig } from "../../generator/config.js";
import { validatorsEmitter } from "../../generator/emitters/validators/emitter.js";
import { useModuleStore, type ModuleStore } from "../../generator/emitters/validators/module-store.js";
import { isCompiled } from "../../generator/emitters/validators/variant-source.js";
import { emitContext } from "../../generator/index.js";
import { loadAssets } from "../../generator/io/load-templates.js";
import { requestExampleProblems } from "../../generator/lint/request-examples.js";
import type { OpenApiDocument } from "../../generator/openapi.js";
import { ROOT } from "../helpers.js";

const canonicalText = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");
const spec = (edit: (text: string) => string = (text) => text): OpenApiDocument => parse(edit(canonicalText)) as OpenApiDocument;
const reworded = (text: string) => text.replace("Model ID used to generate the response", "The model that answers");
const rebound = (text: string) => text.replace("          maximum: 20\n        user:", "          maximum: 21\n        user:");

/** A store in memory that counts what it was asked. */
function memoryStore(): ModuleStore & { entries: Map<string, string>; reads: string[]; writes: string[] } {
  const entries = new Map<string, string>();
  const reads: string[] = [];
  const writes: string[] = [];
  return {
    entries,
    reads,
    writes,
    read(key) {
      reads.push(key);
      return entries.get(key) ?? null;
    },
    write(key, text) {
      writes.push(key);
      entries.set(key, text);
    },
  };
}

function using(store: ModuleStore): void {
  useModuleStore(store);
  // Test files share a process: the next test compiles without a store, as a library call does.
  onTestFinished(() => useModuleStore(null));
}

const emitValidators = (document: OpenApiDocument) => validatorsEmitter.emit(emitContext(document, resolveConfig(ROOT), loadAssets()));

describe("the validators emitter with a module store", () => {
  it("stores four modules, finds all four after a prose edit, and compiles again after a constraint edit", async () => {
    const withoutStore = await emitValidators(spec());
    const store = memoryStore();
    using(store);
    const first = await emitValidators(spec());
    expect(first).toEqual(withoutStore);
    expect(store.writes).toHaveLength(4);
    expect(store.writes.every((key) => /^module-[0-9a-f]{64}$/.test(key))).toBe(true);

    const afterProse = await emitValidators(spec(reworded));
    expect(store.writes).toHaveLength(4);
    // The modules are the same bytes; schema.json carries the new description.
    const contents = (files: typeof first, name: string) => files.find((file) => file.path === name)?.contents;
    for (const name of ["validators.js", "validators-strict.js", "validators-all-errors.js", "validators-strict-all-errors.js"])
      expect(contents(afterProse, name)).toBe(contents(first, name));
    expect(contents(afterProse, "schema.json")).toContain("The model that answers");

    const afterBound = await emitValidators(spec(rebound));
    expect(store.writes).toHaveLength(8);
    useModuleStore(null);
    expect(afterBound).toEqual(await emitValidators(spec(rebound)));
    expect(contents(afterBound, "validators.js")).toContain(`message:"must be <= 21"`);
  });

  it("writes what the store gives back for a key, compiling nothing", async () => {
    const store = memoryStore();
    using(store);
    await emitValidators(spec());
    for (const key of store.entries.keys()) store.entries.set(key, `// stored under ${key.slice(0, 15)}\n`);
    const files = await emitValidators(spec());
    const fast = files.find((file) => file.path === "validators.js")?.contents ?? "";
    expect(fast).toMatch(/\/\/ stored under module-[0-9a-f]{8}\n$/);
  });
});

describe("the request-example check with a module store", () => {
  it("remembers a pass and skips the compilation the next time; a reworded spec passes from the store too", async () => {
    const store = memoryStore();
    using(store);
    const first = await requestExampleProblems(spec(), { forGeneration: true });
    expect(first.problems).toEqual([]);
    expect(first.preparedValidators !== null && isCompiled(first.preparedValidators)).toBe(true);
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]).toMatch(/^pass-[0-9a-f]{64}$/);
    const document = spec(reworded);
    const again = await requestExampleProblems(document, { forGeneration: true });
    expect(again.problems).toEqual([]);
    expect(store.writes).toHaveLength(1);
    // Nothing compiled: the emitter gets the source the check converted for its key, and writes the
    // same files from it as from nothing.
    const source = again.preparedValidators;
    if (source === null) throw new Error("the check handed over nothing");
    expect(isCompiled(source)).toBe(false);
    expect([source.variant, source.roots]).toEqual(["default", ["CreateChatCompletionRequest"]]);
    const config = resolveConfig(ROOT);
    const handed = await validatorsEmitter.emit(emitContext(document, config, loadAssets(), source));
    expect(handed).toEqual(await validatorsEmitter.emit(emitContext(document, config, loadAssets())));
  });

  it("hands nothing over without forGeneration (chatspec lint)", async () => {
    using(memoryStore());
    await requestExampleProblems(spec(), { forGeneration: false });
    expect(await requestExampleProblems(spec(), { forGeneration: false })).toEqual({ problems: [], preparedValidators: null });
  });

  it("never remembers a failure: each check reports it again", async () => {
    const store = memoryStore();
    using(store);
    const broken = (): OpenApiDocument => {
      const document = spec() as any;
      document.paths["/chat/completions"].post.requestBody.content["application/json"].example = { model: 5, messages: [{ role: "user", content: "Hi" }] };
      return document;
    };
    const expected = [
      {
        pointer: "#/paths/~1chat~1completions/post/requestBody/content/application~1json/example/model",
        message: "Example value must conform to the schema: /model: must be string (got 5).",
      },
    ];
    expect((await requestExampleProblems(broken(), { forGeneration: false })).problems).toEqual(expected);
    expect((await requestExampleProblems(broken(), { forGeneration: false })).problems).toEqual(expected);
    expect(store.writes).toEqual([]);
  });
});
