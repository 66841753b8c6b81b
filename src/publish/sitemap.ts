/**
 * The sitemap (https://www.sitemaps.org/protocol.html), built from the archive's own lists
 * rather than from Eleventy's collection of every page: the archive knows every URL it makes,
 * and keeping 100,000 article pages in `collections.all` (`addAllPagesToCollections`) only to
 * list their URLs held every page's data, and its rendered content, in one more place.
 */
import type { Archive } from "../archive.ts";

/** At most 50,000 URLs a file, an index above that. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod?: string;
}

/**
 * Every page the archive's paginated templates make: the articles (with the day each last
 * changed), and each page of every list. These are the arrays `pages/*.njk` paginate over, so a
 * list page is in the sitemap exactly when it is built. Pages of one template each
 * (`/`, `/search/` …) come from Eleventy's collection instead: see {@link sitemapEntries}.
 * @example archivePageEntries(archive)[0] // { url: "/2018/01/24/denver-water/", lastmod: "2018-01-24" }
 */
export function archivePageEntries(archive: Pick<Archive, "articles" | "pages" | "dates">): SitemapEntry[] {
  const entries: SitemapEntry[] = archive.articles.map((a) => ({ url: a.url, lastmod: a.lastUpdated?.ymd ?? a.published.ymd }));
  for (const list of Object.values(archive.pages)) for (const page of list) entries.push({ url: page.url });
  for (const { url } of archive.dates.years) entries.push({ url });
  return entries;
}

/**
 * The sitemap's entries, sorted by URL: the archive's pages and the other HTML pages given
 * (those still in Eleventy's collection, without `sitemap: false`).
 */
export function sitemapEntries(archive: Pick<Archive, "articles" | "pages" | "dates">, others: readonly SitemapEntry[]): SitemapEntry[] {
  return [...archivePageEntries(archive), ...others].sort((a, b) => a.url.localeCompare(b.url));
}

/** Splits entries into sitemap files. @example sitemapChunks(["a", "b", "c"].map((url) => ({ url })), 2).length // 2 */
export function sitemapChunks(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}
