/**
 * A seeded pseudo-random generator for the synthetic archive. Benchmarks are only comparable
 * when every run builds the same corpus, so nothing here touches `Math.random` or the clock.
 */

/** Random choices drawn from one seeded stream. */
export interface Random {
  /** a float in [0, 1) */
  next(): number;
  /** an integer in [min, max], both included */
  int(min: number, max: number): number;
  /** true with probability `p` */
  chance(p: number): boolean;
  /** one item, uniformly */
  pick<T>(list: readonly T[]): T;
  /** one item, the first ones much more often (a rough Zipf curve, as names and places are in news) */
  skewed<T>(list: readonly T[], power?: number): T;
  /** up to `n` distinct items, drawn with `skewed` when `power` is given, else uniformly */
  sample<T>(list: readonly T[], n: number, power?: number): T[];
}

/**
 * mulberry32: tiny, fast and good enough for test data; its whole state is one 32-bit number.
 * @example createRandom(42).int(1, 6) // the same number on every machine
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (!list.length) throw new Error("cannot pick from an empty list");
    return list[Math.floor(next() * list.length)]!;
  };
  const skewed = <T>(list: readonly T[], power = 2): T => {
    if (!list.length) throw new Error("cannot pick from an empty list");
    return list[Math.floor(next() ** power * list.length)]!;
  };
  const sample = <T>(list: readonly T[], n: number, power?: number): T[] => {
    const wanted = Math.min(n, list.length);
    const chosen = new Set<T>();
    // Rejection sampling: lists are small next to the draws, and it keeps skewed draws skewed.
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      chosen.add(power ? skewed(list, power) : pick(list));
    }
    return [...chosen];
  };
  return { next, int, chance: (p) => next() < p, pick, skewed, sample };
}
