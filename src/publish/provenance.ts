/** Where an archived article came from: its original address and the Internet Archive's copy. */
import type { Article } from "../content/articles.ts";

/**
 * The Wayback Machine's address for the capture nearest the day it was retrieved (or published).
 * @example waybackUrl({ source: { url: "https://a.example/x", retrieved: "2018-01-25" }, published: { ymd: "2018-01-24" } })
 *   // "https://web.archive.org/web/20180125/https://a.example/x"
 */
export function waybackUrl(article: Pick<Article, "source"> & { published: { ymd: string } }): string | undefined {
  const url = article.source?.url;
  if (!url) return undefined;
  const when = (article.source?.retrieved ?? article.published.ymd).slice(0, 10).replaceAll("-", "");
  return `https://web.archive.org/web/${when}/${url}`;
}
