/**
 * "Did you mean": the known property name an unknown one was probably meant to be. The distance is
 * the one the drift audit uses too (edit-distance.ts); the threshold is this caller's own. It is
 * lenient (a third of the name's length, at least one edit, the first name on a tie) because the
 * suggestion only follows an error that stands anyway: a loose guess costs a reader a glance,
 * while a missing one leaves them hunting for the right spelling.
 */
import { nearestByEditDistance } from "./edit-distance.js";

/** Edits a misspelt name of this length may be away from the name it was meant to be. */
function suggestionReach(name: string): number {
  return Math.max(1, Math.floor(name.length / 3));
}

/** The known name closest to `name` (case-insensitive), or null when none is close enough. */
export function suggestPropertyName(name: string, known: readonly string[]): string | null {
  const { names, distance } = nearestByEditDistance(name, known);
  return distance <= suggestionReach(name) ? (names[0] ?? null) : null;
}
