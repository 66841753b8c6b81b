/**
 * How the build's manifest (src/incremental/manifest.ts) and a run of chosen pages
 * (src/eleventy/plugin.ts `RenderPass`) name a page: by what it shows, not by object identity,
 * since Eleventy's configuration and the build may hold two copies of the archive's derived lists.
 */
import type { Article } from "../archive.ts";

/** The key of a paged list's item in the build's manifest: the list's name and the item's address. */
export function listItemKey(list: string, item: unknown): string {
  const { url, path, from } = item as { url?: unknown; path?: unknown; from?: unknown };
  const address = typeof url === "string" ? url : typeof path === "string" ? path : typeof from === "string" ? from : undefined;
  if (address === undefined) throw new Error(`a page of the list ${list} has no url, path or from to know it by`);
  return `${list} ${address}`;
}

/** The key of an article page in the build's manifest. */
export const articleKey = (article: Pick<Article, "url">): string => `article ${article.url}`;

