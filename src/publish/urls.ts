/** Absolute URLs for feeds, JSON-LD, sitemaps and the API: the site's `url` plus the path prefix. */

/**
 * @example absolute("https://example.org", "/archive/", "/people/ada/") // "https://example.org/archive/people/ada/"
 */
export function absolute(siteUrl: string, pathPrefix: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  const base = siteUrl.replace(/(?<!\/)\/+$/, "");
  const prefix = pathPrefix.replace(/(?<!\/)\/+$/, "");
  return `${base}${prefix}${path.startsWith("/") ? path : `/${path}`}`;
}
