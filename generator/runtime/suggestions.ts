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

/**
 * The known name closest to `name` (case-insensitive), or null when none is close enough. Names
 * whose length differs by more than the reach are not measured: the distance is at least that
 * difference, so they could not be suggested, and an unknown key of 200,000 characters then costs
 * nothing instead of a minute of edit distances.
 */
export function suggestPropertyName(name: string, known: readonly string[]): string | null {
  const reach = suggestionReach(name);
  const length = name.toLowerCase().length;
  const inReach = known.filter((candidate) => Math.abs(candidate.toLowerCase().length - length) <= reach);
  const { names, distance } = nearestByEditDistance(name, inReach);
  return distance <= reach ? (names[0] ?? null) : null;
}
