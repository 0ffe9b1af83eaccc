/**
 * Edit distance for near-miss suggestions: a misspelt field (`max_token`), a capitalised one
 * (`Messages`) or a typo'd word (`Arrray`). Shipped inside the generated package (the readable
 * errors' "did you mean") and imported by the drift audit, so both measure closeness the same way.
 * How close is close enough differs by caller and stays with the caller.
 */

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters, each one edit (`nmae` → `name` is 1, as it is for a human reader).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_row, i) =>
    Array.from({ length: b.length + 1 }, (_col, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The candidates nearest to a word, and how far they are. */
export interface Nearest {
  /** Every distinct candidate at the smallest distance, in candidate order (empty without candidates). */
  readonly names: readonly string[];
  /** That distance (Infinity without candidates). */
  readonly distance: number;
}

/** The candidates at the smallest case-insensitive edit distance from `word`. */
export function nearestByEditDistance(word: string, candidates: readonly string[]): Nearest {
  const lower = word.toLowerCase();
  let names: string[] = [];
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const candidateDistance = editDistance(lower, candidate.toLowerCase());
    if (candidateDistance < distance) {
      names = [candidate];
      distance = candidateDistance;
    } else if (candidateDistance === distance && !names.includes(candidate)) {
      names.push(candidate);
    }
  }
  return { names, distance };
}
