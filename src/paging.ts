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
  /** 1-based; in a list numbered from its oldest end, the first page's number is the last */
  number: number;
  /** the page at the list's own URL */
  landing: boolean;
  /** numbered from the oldest end, newest first: its pager says "newer" and "older" */
  fromOldest?: boolean;
  /**
   * The page count, the first item's position from the list's start (1-based, for "articles 51
   * to 100 of 240") and the list's length. Absent on the numbered pages of a list numbered from
   * its oldest end, which hold nothing that changes as the list grows (see {@link paginateFromOldest}).
   */
  total?: number;
  url: string;
  prev?: string;
  next?: string;
  first?: number;
  count?: number;
  /**
   * The number shown beside the page's first item: its position from the list's start, or, in a
   * list numbered from its oldest end, from that end (the list counts down, `<ol reversed>`), so
   * that an added article renumbers no numbered page: page k of a list of 50 starts at 50k.
   */
  rank: number;
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
    landing: i === 0,
    total,
    url: urlOf(i + 1),
    prev: i > 0 ? urlOf(i) : undefined,
    next: i + 1 < total ? urlOf(i + 2) : undefined,
    first: i * size + 1,
    count: items.length,
    rank: i * size + 1,
  }));
}

/**
 * A list that grows at its newest end (an entity's or a day's articles, newest first), paged so
 * that no page moves when articles are added: pages are numbered from the oldest end, each
 * numbered page holding the same `size` articles for good (`<url>page/1/` the oldest), and the
 * list's own URL the newest articles, the ones not yet in a numbered page and the newest full
 * page's worth (between `size` and `2 × size − 1` of them once the list is that long). A new
 * article changes the list's own page; a numbered page is added when it fills, and none is renumbered.
 * Its articles are numbered from the oldest end too (`rank`), the newest carrying the list's length.
 * A numbered page has no page count, list length or position from the newest end, and its
 * owner is what `numberedOwner` makes of it for the page's items (an entity's record without
 * its lists of articles), so nothing on it changes when an article is added.
 * @example paginateFromOldest(null, [5, 4, 3, 2, 1], "/x/", 2).map((p) => [p.url, p.items])
 *   // [["/x/", [5, 4, 3]], ["/x/page/1/", [2, 1]]]
 */
export function paginateFromOldest<O, T>(owner: O, items: readonly T[], url: string, size = PAGE_SIZE, numberedOwner: (owner: O, items: T[]) => O = (o) => o): Page<O, T>[] {
  const n = items.length;
  const full = Math.floor(n / size);
  if (full <= 1) return paginate(owner, items, url, Math.max(size, n)).map((page) => ({ ...page, fromOldest: true, rank: n }));
  // Newest first: the list's own page, then page full − 1 down to page 1.
  const numbers = [full, ...Array.from({ length: full - 1 }, (_, i) => full - 1 - i)];
  const urlOf = (k: number) => (k === full ? url : `${url}page/${k}/`);
  return numbers.map((k, i) => {
    const start = k === full ? 0 : n - k * size;
    const end = n - (k - 1) * size;
    const page = {
      owner,
      items: items.slice(start, end),
      number: k,
      landing: k === full,
      url: urlOf(k),
      prev: i > 0 ? urlOf(numbers[i - 1]!) : undefined,
      next: i + 1 < numbers.length ? urlOf(numbers[i + 1]!) : undefined,
      rank: n - start,
      fromOldest: true,
    };
    // The list's own page knows the whole list; a numbered page only its own items, so that
    // what it shows cannot change when an article is added (an incremental build renders
    // again the pages whose data changed, src/incremental/fingerprints.ts).
    return page.landing ? { ...page, total: full, first: start + 1, count: n } : { ...page, owner: numberedOwner(owner, page.items) };
  });
}
