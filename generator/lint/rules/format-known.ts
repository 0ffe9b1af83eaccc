/**
 * chatspec/format-known: a `format` the validators do not check (`ulid`, a vendor's own, a typo
 * such as `date_time`). In JSON Schema 2020-12 an unknown format is only an annotation, so
 * generation goes on: the docs show it and the validators check everything else about the value
 * (emitters/validators/ajv.ts declares it to AJV as ignored). The warning says so at the spec's
 * line, so a typo does not silently check nothing.
 */
import type { Oas3Rule } from "@redocly/openapi-core";
import { fullFormats } from "../../runtime/formats.js";
import { asRawSchema } from "./raw-schema.js";

export const FormatKnown: Oas3Rule = () => ({
  Schema: {
    enter(node, { report, location }) {
      const format = asRawSchema(node).format;
      if (typeof format !== "string" || Object.hasOwn(fullFormats, format)) return;
      report({
        message: `Format \`${format}\` is not one the validators check: it stays an annotation (shown in the docs, not validated).`,
        location: location.child(["format"]),
      });
    },
  },
});
