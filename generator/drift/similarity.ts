/**
 * Near misses between doc labels and spec names: a misspelt field (`max_token`), a capitalised one
 * (`Messages`) or a typo'd type word (`Arrray`). The distance itself is the package runtime's
 * (generator/runtime/edit-distance.ts), shared with the readable errors' "did you mean".
 *
 * The threshold is the audit's own and stricter than the runtime's: a match here turns into a
 * finding that claims a doc names a spec field wrongly, so a short word (under 4 characters) gets no
 * more than one edit, and a tie between two candidates is no match at all. The runtime's
 * suggestion is only a hint after an error that stands anyway, so it may guess more freely.
 */
import { nearestByEditDistance } from "../runtime/edit-distance.js";

/** Edits allowed for a word of this length to still count as a near miss. */
export function tolerance(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * The closest candidate by case-insensitive edit distance, if it is within the word's tolerance
 * (at least one edit) and strictly closer than any other candidate; null otherwise.
 */
export function closest(word: string, candidates: readonly string[]): string | null {
  const { names, distance } = nearestByEditDistance(word, candidates);
  return names.length === 1 && distance <= Math.max(1, tolerance(word)) ? (names[0] as string) : null;
}
