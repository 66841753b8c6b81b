/** List filters. */

/** The first `n` items (or the last `-n`). @example head([1, 2, 3], 2) // [1, 2] */
export function head<T>(list: readonly T[], n: number): T[] {
  return n < 0 ? list.slice(n) : list.slice(0, n);
}

/** Values of a record, sorted by a key. @example sortedValues({ b: { k: "b" }, a: { k: "a" } }, "k") // [{ k: "a" }, { k: "b" }] */
export function sortedValues<T extends Record<string, any>>(record: Record<string, T>, key: keyof T & string): T[] {
  return Object.values(record).sort((a, b) => String(a[key]).localeCompare(String(b[key]), "en"));
}
