import { describe, expect, it } from "vitest";
import { archivePageEntries, sitemapEntries } from "../../src/publish/sitemap.ts";
import type { Archive } from "../../src/archive.ts";

/** The parts of an archive the sitemap reads: two articles, a person's two pages, a month's two pages and a year. */
const archive = {
  articles: [
    { url: "/2018/02/01/b/", published: { ymd: "2018-02-01" }, lastUpdated: { ymd: "2018-03-05" } },
    { url: "/2018/01/24/a/", published: { ymd: "2018-01-24" } },
  ],
  pages: { people: [{ url: "/people/ada/" }, { url: "/people/ada/page/2/" }], topics: [], months: [{ url: "/2018/01/" }, { url: "/2018/01/page/2/" }] },
  dates: { months: [{ url: "/2018/01/" }], years: [{ url: "/2018/" }] },
} as unknown as Pick<Archive, "articles" | "pages" | "dates">;

describe("the sitemap from the archive", () => {
  it("lists every article with the day it last changed, and every page of every list", () => {
    expect(archivePageEntries(archive)).toEqual([
      { url: "/2018/02/01/b/", lastmod: "2018-03-05" },
      { url: "/2018/01/24/a/", lastmod: "2018-01-24" },
      { url: "/people/ada/" },
      { url: "/people/ada/page/2/" },
      { url: "/2018/01/" },
      { url: "/2018/01/page/2/" },
      { url: "/2018/" },
    ]);
  });

  it("adds the pages Eleventy still collects and sorts everything by URL", () => {
    const urls = sitemapEntries(archive, [{ url: "/" }, { url: "/search/" }]).map((e) => e.url);
    expect(urls).toEqual([...urls].sort((a, b) => a.localeCompare(b)));
    expect(urls).toContain("/search/");
    expect(urls).toHaveLength(9);
  });
});
