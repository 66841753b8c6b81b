/** Lists numbered from the oldest end (src/paging.ts): adding articles moves no numbered page. */
import { describe, expect, it } from "vitest";
import { paginateFromOldest } from "../../src/paging.ts";

/** A list of `n` articles, newest first, as an entity's list is: n, n − 1, … 1. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const pagesOf = (n: number) => paginateFromOldest(null, newestFirst(n), "/topics/x/", 50);

describe("a list paged from its oldest end", () => {
  it("keeps every numbered page's URL and articles as articles are added, changing only the list's own page", () => {
    for (let n = 1; n <= 260; n++) {
      const before = new Map(pagesOf(n).filter((p) => !p.landing).map((p) => [p.url, p.items]));
      const after = pagesOf(n + 1);
      for (const p of after.filter((q) => !q.landing && before.has(q.url))) expect(p.items, `${n} → ${n + 1}: ${p.url}`).toEqual(before.get(p.url));
      // Nor anything else on them: the whole page is the same, but for the link to a page that
      // has just been numbered.
      const whole = new Map(pagesOf(n).map((p) => [p.url, p]));
      const differ = after.filter((p) => !p.landing && whole.has(p.url) && JSON.stringify(p) !== JSON.stringify(whole.get(p.url)));
      expect(differ.length, `${n} → ${n + 1}`).toBeLessThanOrEqual(1);
      for (const p of differ) expect({ ...p, prev: undefined }, `${n} → ${n + 1}: ${p.url}`).toEqual({ ...whole.get(p.url)!, prev: undefined });
      // At most one numbered page is new, and none went away.
      const added = after.filter((p) => !p.landing && !before.has(p.url));
      expect(added.length).toBeLessThanOrEqual(1);
      for (const url of before.keys()) expect(after.some((p) => p.url === url)).toBe(true);
    }
  });

  it("holds every article once, newest first, pages linked newest to oldest", () => {
    const pages = pagesOf(173);
    expect(pages.map((p) => p.url)).toEqual(["/topics/x/", "/topics/x/page/2/", "/topics/x/page/1/"]);
    expect(pages.flatMap((p) => p.items)).toEqual(newestFirst(173));
    expect(pages.map((p) => p.items.length)).toEqual([73, 50, 50]);
    expect(pages[2]!.items.at(-1)).toBe(1);
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [undefined, "/topics/x/page/2/"],
      ["/topics/x/", "/topics/x/page/1/"],
      ["/topics/x/page/2/", undefined],
    ]);
    // Only the list's own page knows the list's length and where its articles stand from the newest end.
    expect(pages.map((p) => [p.first, p.count, p.total])).toEqual([[1, 173, 3], [undefined, undefined, undefined], [undefined, undefined, undefined]]);
    // Numbered from the oldest end: a numbered page k starts at 50k whatever the list's length.
    expect(pages.map((p) => p.rank)).toEqual([173, 100, 50]);
    expect(pagesOf(174).map((p) => p.rank)).toEqual([174, 100, 50]);
  });

  it("keeps a short list on one page", () => {
    expect(pagesOf(0).map((p) => p.items.length)).toEqual([0]);
    expect(pagesOf(99).map((p) => p.items.length)).toEqual([99]);
    expect(pagesOf(100).map((p) => p.items.length)).toEqual([50, 50]);
  });
});
