/** The one content hash: the manifest's file hashes, its input hashes and the prebuilt runtime's keys. */
import { createHash } from "node:crypto";

/** SHA-256 of a text (UTF-8), hex. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
