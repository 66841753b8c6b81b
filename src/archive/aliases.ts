/**
 * Articles' old addresses across the archive: each alias belongs to one article and is no
 * article's address, and becomes a redirect (`archive.redirects`). What one alias may be on its
 * own, the site's other pages' addresses among it, is the schema's (src/aliases/address.ts).
 */
import type { Article, References } from "../content/articles.ts";
import type { Problem } from "../content/problems.ts";
import { aliasKey } from "../aliases/address.ts";
import type { Redirect } from "./types.ts";

/** One article's well-formed aliases, read even when its other fields are wrong (src/content/articles.ts). */
export type AliasClaim = Pick<References, "file" | "url" | "aliases">;

/**
 * Every alias that an article's address, an earlier file's alias or an earlier entry of the same
 * list already claims, addresses compared as a static host finds their file (`/a/` is
 * `/a/index.html`) and ignoring case (a case-insensitive file system writes both to one file).
 * `articles` are every article file's address, from its name, its other fields right or wrong.
 * @example claimProblems(articles, claims)[0].message // "/2018/01/23/old/ is already an alias of articles/2018/…"
 */
export function claimProblems(articles: readonly Pick<Article, "file" | "url">[], claims: readonly AliasClaim[]): Problem[] {
  const problems: Problem[] = [];
  const addresses = new Map(articles.map((a) => [aliasKey(a.url), a.file]));
  const claimed = new Map<string, { file: string; index: number; line: number }>();
  for (const { file, url, aliases } of claims) {
    for (const { alias, index, line } of aliases) {
      const at = { file, line, field: `aliases[${index}]` };
      const key = aliasKey(alias);
      const owner = addresses.get(key);
      const earlier = claimed.get(key);
      if (url && key === aliasKey(url)) problems.push({ ...at, message: `${alias} is the article's own address; an alias is an address it had before` });
      else if (owner) problems.push({ ...at, message: `${alias} is the address of ${owner}; an address belongs to one article only` });
      else if (earlier?.file === file) problems.push({ ...at, message: `${alias} is listed twice, as aliases[${earlier.index}] too (addresses ignore case)` });
      else if (earlier) {
        problems.push({ ...at, message: `${alias} is already an alias of ${earlier.file} (line ${earlier.line}); an old address can send visitors to one article only` });
      } else claimed.set(key, { file, index, line });
    }
  }
  return problems;
}

/**
 * The redirects of the (published) articles, by old address.
 * @example redirectsOf(articles)[0] // { from: "/2018/01/23/old-slug/", to: "/2018/01/24/new-slug/", title: "…" }
 */
export function redirectsOf(articles: readonly Article[]): Redirect[] {
  return articles.flatMap((a) => a.aliases.map((from) => ({ from, to: a.url, title: a.title }))).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
