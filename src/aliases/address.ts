/**
 * An article's old addresses (`aliases` in its front matter): the paths it was published at
 * before its date or slug was corrected, which the build keeps working as redirects. What one
 * alias may be is checked here, pure, so the schema can use it; whether another article or
 * alias, or a page of the site, claims it is checked with the whole archive (src/archive/read.ts).
 */

/** The longest alias, in characters: a `_redirects` line (alias, address, status) stays under Cloudflare's 1,000. */
export const MAX_ALIAS_LENGTH = 300;

/**
 * The site's own top-level folders, which no alias may lie in: the pages of `pages/*.njk` that are
 * not dated, the static files (`assets/`, `media/`), the search index (`pagefind/`) and the
 * address a site's administration is usually looked for at (`admin/`). Year folders hold the
 * articles, whose addresses are checked with the archive (src/archive/aliases.ts), and the year,
 * month and day pages ({@link DATE_PAGE}). test/build/aliases.test.ts fails when a build writes a
 * top-level name that is neither here nor a year.
 */
export const RESERVED_FOLDERS: readonly string[] = [
  "admin",
  "api",
  "archive",
  "assets",
  "jurisdictions",
  "media",
  "on-this-day",
  "organizations",
  "pagefind",
  "people",
  "search",
  "sitemaps",
  "timeline",
  "topics",
];

/** Top-level files an alias may not be: the ones the build writes that an alias's form allows. */
const RESERVED_FILES = ["404.html", "index.html", "index.htm"];

/** The form of the year, month and day pages and their later pages: `/2018/`, `/2018/01/23/page/2/`. */
export const DATE_PAGE = /^\/\d{4}\/(?:\d{2}\/(?:\d{2}\/)?)?(?:page\/\d+\/)?$/;

const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
const PAGE_FILE = /\.html?$/i;
const EXAMPLE = "/2018/01/23/old-slug/";

/**
 * What is wrong with an alias as written, or `undefined` when it is a path this site may
 * redirect from: `/` then folders of letters, digits, hyphens, underscores, dots and tildes,
 * ending in `/` (or with no ending, which becomes `/`) or in a `.html` file.
 * @example aliasProblem("/2018/01/23/old-slug/") // undefined
 * @example aliasProblem("https://evil.example/") // "an alias is a path on this site, …"
 */
export function aliasProblem(alias: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(alias) || alias.startsWith("//")) {
    return `an alias is a path on this site, such as ${EXAMPLE}, never an address with a scheme or a host; write only the path`;
  }
  if (alias.includes("\\")) return "an alias may not contain a backslash (browsers read /\\ as another host)";
  if (alias.includes("?")) return "an alias may not have a query string (?…): hosts redirect a path, whatever its query";
  if (alias.includes("#")) return "an alias may not have a fragment (#…): browsers never send it to the host";
  if (!alias.startsWith("/")) return `an alias is a path from the site's root, starting with /, e.g. ${EXAMPLE}`;
  const segments = alias.slice(1).split("/");
  if (segments.at(-1) === "") segments.pop();
  if (!segments.length) return "an alias may not be the home page, /";
  if (segments.some((s) => s === ".." || s === ".")) return "an alias may not contain . or .. folders";
  if (segments.includes("")) return "an alias may not contain an empty folder (//)";
  if (!segments.every((s) => SEGMENT.test(s))) {
    return `an alias is made of letters, digits, hyphens, underscores, dots and tildes, with / between folders and no folder starting with a dot (no spaces, no %, no <, no :), e.g. ${EXAMPLE}`;
  }
  const last = alias.endsWith("/") ? undefined : segments.at(-1)!;
  if (last?.includes(".") && !PAGE_FILE.test(last)) return `an alias is a page's address, ending in / or .html, not a ${last.slice(last.lastIndexOf("."))} file`;
  const first = segments[0]!;
  if (RESERVED_FOLDERS.includes(first.toLowerCase())) return `an alias may not be in /${first}/, which is the site's own`;
  if (first.startsWith("_")) return "an alias may not start with _: hosts read such names at the root as their settings (_headers, _redirects)";
  if (segments.length === 1 && RESERVED_FILES.includes(first.toLowerCase())) return `an alias may not be /${first}, which is the site's own`;
  if (DATE_PAGE.test(normalizeAlias(alias))) return "an alias may not be the address of a year, month or day page; an article's old address ends in its slug";
  return undefined;
}

/**
 * The alias as the site's address for it: a folder ends in `/`, and `…/index.html` is its folder.
 * @example normalizeAlias("/2018/01/23/old-slug") // "/2018/01/23/old-slug/"
 * @example normalizeAlias("/news/old.html") // "/news/old.html"
 */
export function normalizeAlias(alias: string): string {
  const path = alias.replace(/\/index\.html?$/i, "/");
  return path.endsWith("/") || PAGE_FILE.test(path) ? path : `${path}/`;
}

/**
 * Where a static host finds the page of an address: a folder's `index.html`, or the file itself.
 * @example aliasKey("/2018/01/23/Old/") // "/2018/01/23/old/index.html"
 */
export function aliasKey(path: string): string {
  return (path.endsWith("/") ? `${path}index.html` : path).toLowerCase();
}
