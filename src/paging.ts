/**
 * Long lists split into pages of at most {@link PAGE_SIZE}: the first at the list's own URL,
 * the rest at `<url>page/N/`. Computed once per build, then handed to Eleventy's pagination
 * with `size: 1`, so two-level pagination (every person × their pages) needs no nesting.
 */
export const PAGE_SIZE = 50;

export interface Page<O, T> {
  /** what the list belongs to: a person, a day ... */
  owner: O;
  items: T[];
  /** 1-based */
  number: number;
  total: number;
  url: string;
  prev?: string;
  next?: string;
  /** position of the first item, 1-based, for "articles 51 to 100 of 240" */
  first: number;
  count: number;
}

/**
 * @example paginate({ id: "ada" }, [1, 2, 3], "/people/ada/", 2).map((p) => p.url)
 *   // ["/people/ada/", "/people/ada/page/2/"]
 */
export function paginate<O, T>(owner: O, items: readonly T[], url: string, size = PAGE_SIZE): Page<O, T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? url : `${url}page/${n}/`);
  return Array.from({ length: total }, (_, i) => ({
    owner,
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
    url: urlOf(i + 1),
    prev: i > 0 ? urlOf(i) : undefined,
    next: i + 1 < total ? urlOf(i + 2) : undefined,
    first: i * size + 1,
    count: items.length,
  }));
}
