/**
 * A small seeded pseudo-random source (mulberry32) for the synthetic corpus: the same seed gives
 * the same sequence on every machine. Not for anything that needs unpredictability.
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** An item drawn in proportion to weight(item, index). */
  weighted: <T>(items: readonly T[], weight: (item: T, index: number) => number) => T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  };
  // Cumulative weights are cached per list so that drawing from 400 actors stays O(log n).
  const cumulative = new WeakMap<readonly unknown[], number[]>();
  const weighted = <T>(items: readonly T[], weight: (item: T, index: number) => number): T => {
    let sums = cumulative.get(items);
    if (sums === undefined) {
      let total = 0;
      sums = items.map((item, i) => (total += weight(item, i)));
      cumulative.set(items, sums);
    }
    const target = next() * (sums.at(-1) ?? 0);
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sums[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const item = items[lo];
    if (item === undefined) throw new Error('cannot draw from an empty list');
    return item;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick, weighted };
}
