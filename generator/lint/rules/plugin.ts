/**
 * chatspec's Redocly plugin: house rules that need code. Rules that can be expressed declaratively
 * are configurable `rule/…` entries in redocly.yaml instead. One file per rule id; redocly.yaml
 * loads the built copy, dist/generator/lint/rules/plugin.js.
 */
import type { Plugin } from "@redocly/openapi-core";
import { DeprecatedReplacement } from "./deprecated-replacement.js";
import { DiscriminatorMapping } from "./discriminator-mapping.js";
import { FormatKnown } from "./format-known.js";
import { MapKeysConstrained } from "./map-keys-constrained.js";
import { NumberRange } from "./number-range.js";
import { PatternSafe } from "./pattern-safe.js";
import { PatternValid } from "./pattern-valid.js";
import { PropertyDescription } from "./property-description.js";

export default function chatspecPlugin(): Plugin {
  return {
    id: "chatspec",
    rules: {
      oas3: {
        "property-description": PropertyDescription,
        "number-range": NumberRange,
        "map-keys-constrained": MapKeysConstrained,
        "discriminator-mapping": DiscriminatorMapping,
        "deprecated-replacement": DeprecatedReplacement,
        "pattern-valid": PatternValid,
        "pattern-safe": PatternSafe,
        "format-known": FormatKnown,
      },
    },
  };
}
