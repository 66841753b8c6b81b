/** Sitemaps (https://www.sitemaps.org/protocol.html): at most 50,000 URLs a file, an index above that. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod?: string;
}

/** Splits entries into sitemap files. @example sitemapChunks(["a", "b", "c"].map((url) => ({ url })), 2).length // 2 */
export function sitemapChunks(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}
