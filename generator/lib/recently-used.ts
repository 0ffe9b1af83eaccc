/**
 * A map that keeps the entries used last, within a budget: each entry weighs something (1 for a
 * compilation, its length for a text), and the least recently used go first once the weights add
 * up to more than the budget. For the caches a long-lived process turns on (`generate --watch`).
 */
export class RecentlyUsed<K, V> {
  readonly #entries = new Map<K, { readonly value: V; readonly weight: number }>();
  #weight = 0;

  constructor(
    private readonly budget: number,
    private readonly weigh: (key: K, value: V) => number = () => 1,
  ) {}

  /** The value for `key`, now the most recently used; undefined when it is not kept. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // A Map iterates in insertion order: most recently used last, so the first entry goes first.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` for `key` as the most recently used, dropping the least recently used over budget. */
  set(key: K, value: V): void {
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#entries.delete(key);
      this.#weight -= old.weight;
    }
    const weight = this.weigh(key, value);
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#weight <= this.budget) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
  }
}
