/**
 * Short-lived memory that may be shared: what the scheduler may skip and whom GitHub said
 * may act. Only ever a cache in front of GitHub: losing it costs a request, never a fact.
 * One process keeps it in a Map; replicas on Redis share it (queue/redis-memory.ts).
 */
export interface SharedMemory {
  get(key: string): Promise<string | undefined>;
  /** Keeps `value` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The one-process memory: entries expire by `clock`, and are dropped when read after that. */
export class LocalMemory implements SharedMemory {
  readonly #entries = new Map<string, { value: string; until: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until > this.clock()) return entry.value;
    this.#entries.delete(key);
    return undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.#entries.set(key, { value, until: this.clock() + ttlMs });
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
