/**
 * A small in-process cache of async results: at most `maxEntries` (least
 * recently used go first), each for `ttlMs`, and one load per key at a time —
 * callers asking for a key that is being loaded share that load. A failed load
 * is not kept. Bounded on purpose (memory, never disk), so keys chosen by
 * anyone on the internet cannot grow it.
 */
export interface Memo<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Forgets everything (after a change readers can see). */
  clear(): void;
  readonly size: number;
}

export function createMemo<V>({ maxEntries, ttlMs, now = Date.now }: { maxEntries: number; ttlMs: number; now?: () => number }): Memo<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, { value: Promise<V>; expires: number }>();

  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit && hit.expires > now()) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      entries.delete(key);
      const value = load();
      const entry = { value, expires: now() + ttlMs };
      entries.set(key, entry);
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear() {
      // A load still running keeps its callers, but is no longer found here.
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
