/** List filters. */

/** The first `n` items (or the last `-n`). @example head([1, 2, 3], 2) // [1, 2] */
export function head<T>(list: readonly T[], n: number): T[] {
  return n < 0 ? list.slice(n) : list.slice(0, n);
}

