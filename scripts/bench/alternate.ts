/**
 * Alternating measurement: with candidates A and B, the order is A B A B …, warm-up rounds first
 * and discarded. Run time drifts on a shared machine (other jobs, thermal, caches); alternating puts
 * both candidates under the same drift, and the paired ratio (stats.ts) cancels most of it.
 */

export interface Candidate<T> {
  readonly name: string;
  /** One measurement; `round` counts from 0, warm-ups included. */
  readonly run: (round: number) => Promise<T>;
}

export interface AlternateOptions {
  readonly warmup: number;
  readonly runs: number;
}

/** Measurements by candidate name, in round order, warm-ups dropped. */
export async function alternate<T>(candidates: readonly Candidate<T>[], options: AlternateOptions): Promise<Map<string, T[]>> {
  const results = new Map<string, T[]>(candidates.map((candidate) => [candidate.name, []]));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (const candidate of candidates) {
      const value = await candidate.run(round);
      if (round >= options.warmup) results.get(candidate.name)?.push(value);
    }
  }
  return results;
}
