/**
 * Which flavor a page is written in, from the constructs only that flavor's grammar has. Each
 * flavor's reader scores the page (the number of its signature constructs found); the highest
 * wins, ties going to the earlier flavor of the registry, and a page with no signature at all is
 * not detected (the caller asks for `--flavor`).
 */
import { flavors } from "../flavors/registry.js";

export interface Detection {
  readonly flavor: string | null;
  readonly scores: Readonly<Record<string, number>>;
}

export function detectFlavor(text: string): Detection {
  const scores: Record<string, number> = {};
  let best: string | null = null;
  for (const { id, reader } of flavors) {
    const score = reader.signatureScore(text);
    scores[id] = score;
    if (score > 0 && (best === null || score > (scores[best] ?? 0))) best = id;
  }
  return { flavor: best, scores };
}
