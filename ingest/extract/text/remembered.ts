/**
 * A pure function of a string, remembered for the names it was last asked about. The entity rules ask the same
 * questions of the same name once for every mention and again while names are linked ("is 'Veneto Region' a state
 * body?"), and a few of those questions are long patterns. The memory is small and emptied when full, so it holds the
 * names of the article at hand, not of every article read. (lru-cache would do it too; a Map emptied when full is
 * all this needs, and costs less per call than an LRU's bookkeeping on a path taken for every mention.)
 */
export function remembered<T>(answer: (name: string) => T, capacity = 1024): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    const hit = known.get(name);
    if (hit !== undefined || known.has(name)) return hit as T;
    if (known.size >= capacity) known.clear();
    const value = answer(name);
    known.set(name, value);
    return value;
  };
}

/** A value worked out the first time it is asked for, then kept (for questions of an article that most articles never ask). */
export function lazy<T>(work: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: work() }).v;
}
