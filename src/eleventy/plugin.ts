/**
 * Eleventy glue that needs more than a line: the archive as global data, the article body
 * filter (which needs Eleventy's own `url` filter for the path prefix), the browser's scripts
 * bundled before each build, and search indexing after rebuilds in watch mode.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadArchive, type Archive } from "../archive.ts";
import { renderArticleBody } from "../content/markdown.ts";
import { indexSite } from "../search/pagefind.ts";
import { markBuild } from "../output.ts";
import { listItemKey } from "../incremental/keys.ts";
import type { EleventyConfig, Filter } from "./types.ts";
import type { Article, ArchivePages, JurisdictionView, PersonView, Redirect } from "../archive.ts";
import type { DateIndexes } from "../dates/index.ts";
import { articlesIndex, articlesOfYear, jurisdictionsApi, peopleApi } from "../publish/api.ts";
import { cite } from "../publish/cite.ts";
import { feedSpecs, jsonFeed, type FeedSpec } from "../publish/feeds.ts";
import { bundleScripts } from "../publish/scripts.ts";
import { decapConfigYaml } from "../editor/decap.ts";
import { scriptJson } from "../publish/json.ts";
import { articleJsonLd, personJsonLd, placeJsonLd } from "../publish/jsonld.ts";
import { sitemapChunks, sitemapEntries, type SitemapEntry } from "../publish/sitemap.ts";

/**
 * Eleventy's global data folder, relative to the archive's root as Eleventy wants it: a folder
 * of the code (`src/eleventy/data/`, which holds nothing and which only maintainers can change),
 * never `_data/`, where contributors write and where Eleventy would run any `.js` file it found.
 */
export const ELEVENTY_DATA_DIR = (root: string): string =>
  relative(resolve(root), join(dirname(fileURLToPath(import.meta.url)), "data")).split(sep).join("/");

// Kept on globalThis: Eleventy imports the configuration (and so this module) through Node's own
// loader, which under a test runner is a second instance of the module beside the caller's.
const preloaded = ((globalThis as Record<symbol, unknown>)[Symbol.for("morgue.preloadedArchives")] ??= new Map<string, Archive>()) as Map<string, Archive>;

/**
 * Hands the archive a build has just read and validated to the Eleventy run that follows, so
 * 10,000 articles are not read twice. Used once: watch-mode rebuilds read the files afresh.
 */
export function preloadArchive(root: string, archive: Archive): void {
  preloaded.set(resolve(root), archive);
}

/**
 * What one Eleventy run renders. A run renders the whole site unless told otherwise; a large
 * archive's build (src/build.ts) renders its article pages a search shard at a time, each in a
 * run of its own with a slice of its paged lists (people, places, days, months, feeds …), then
 * any slices left, then the site's single pages in one more, so that Eleventy's per-page state
 * is one run's, never the archive's.
 */
export interface RenderPass {
  /** only these articles' pages (and, with `lists`, those list pages): no other template, no static files, no scripts */
  articles?: readonly Article[];
  /** every template but the article pages */
  skipArticles?: boolean;
  /**
   * only the paged lists' pages (templates paginating `archive.lists`): the `part`th of `parts`
   * slices of each list, or (an incremental build's) the items in `only` (and, with `articles`,
   * those article pages); no other template, no static files
   */
  lists?: ListSelection;
  /** no paged list's pages (with `skipArticles`: the site's single pages, its static files and scripts) */
  skipLists?: boolean;
  /** the archive's images not copied: an incremental build copies only those that changed (src/incremental/apply.ts) */
  skipMedia?: boolean;
}

/** Which of each paged list's items a run renders: a slice of every list, or the items an incremental build chose. */
export type ListSelection = { part: number; parts: number } | { only: ReadonlySet<string> };

// On Eleventy's configuration object, which the build's `config` callback receives before
// eleventy.config.ts does (Eleventy runs the callback first).
const RENDER_PASS = Symbol.for("morgue.renderPass");

/** Tells eleventy.config.ts what this run renders; call from the Eleventy constructor's `config` callback. */
export function setRenderPass(eleventyConfig: EleventyConfig, pass: RenderPass): void {
  (eleventyConfig as unknown as Record<symbol, RenderPass>)[RENDER_PASS] = pass;
}

/** What this run renders: the whole site unless the build said otherwise. */
export function renderPass(eleventyConfig: EleventyConfig): RenderPass {
  return (eleventyConfig as unknown as Record<symbol, RenderPass | undefined>)[RENDER_PASS] ?? {};
}

/**
 * The paged list a template's front matter pages through (`pagination: data: archive.lists.people`
 * → "people"), or undefined.
 */
function pagedListOf(text: string): string | undefined {
  if (!/^---\r?\n/.test(text)) return undefined;
  const end = text.indexOf("\n---", 3);
  const front = text.slice(0, end < 0 ? 0 : end);
  return /^[ \t]*data:[ \t]*archive\.lists\.(\w+)/m.exec(front)?.[1];
}

/**
 * The folders Eleventy walks: the pages, the layouts they extend, and the static files, which it
 * copies and, in `npm start`, watches (an ignored folder's changes would not reload the page).
 */
const WALKED_FOLDERS = new Set(["pages", "_includes", "assets"]);

/**
 * The folders of the archive's root that hold no template: every folder at the top but pages/,
 * _includes/ and assets/ (those there now, those of a build stopped midway among them), and
 * `always` (the content folders, ignored even before they exist).
 * @example templateFreeFolders(root, ["articles"]) // ["articles", "_data", "_site", "_site.tmp-4242-Ab12Cd", "media"]
 */
export function templateFreeFolders(root: string, always: readonly string[]): string[] {
  const present = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !WALKED_FOLDERS.has(entry.name)).map((entry) => entry.name);
  return [...new Set([...always, ...present])];
}

/**
 * Keeps out of a run the templates it does not render (the archive's templates are
 * `pages/*.njk`, eleventy.config.ts): in a run of article pages, every template but
 * `pages/article.njk`; in a run of list slices, every template but the paged lists'; in a run
 * without lists, the paged lists' templates.
 */
export function ignoreTemplatesOutside(eleventyConfig: EleventyConfig, pass: RenderPass, root: string, fromCwd: string): void {
  if (!pass.articles && !pass.lists && !pass.skipLists) return;
  for (const file of readdirSync(join(root, "pages"))) {
    if (!file.endsWith(".njk")) continue;
    const list = pagedListOf(readFileSync(join(root, "pages", file), "utf8")) !== undefined;
    const keep = pass.articles || pass.lists ? (pass.articles !== undefined && file === "article.njk") || (pass.lists !== undefined && list) : !list;
    if (!keep) eleventyConfig.ignores.add(fromCwd ? `${fromCwd}/pages/${file}` : `pages/${file}`);
  }
}

/** The archive each root's last Eleventy run rendered, for its search index after the run ({@link reindexOnRebuild}). */
const rendered = new Map<string, Archive>();

/** The archive as Eleventy global data: the preloaded one, or read now (and on every rebuild). */
export function archiveData(root: string, pass: RenderPass = {}): () => SiteData {
  return () => {
    const archive = preloaded.get(resolve(root)) ?? loadArchive(root);
    preloaded.delete(resolve(root));
    rendered.set(resolve(root), archive);
    return siteData(archive, pass.articles ?? (pass.skipArticles || pass.lists ? [] : archive.articles), pass.lists ?? (pass.articles || pass.skipLists ? "none" : "all"));
  };
}

/** What the templates receive: the archive, and what the publishing layer derives from it. */
export interface SiteData extends Archive {
  /** the site's feed and one per person, jurisdiction and topic */
  feeds: FeedSpec[];
  /** the articles whose pages this run renders (pages/article.njk paginates over them): all of them unless the build renders them in parts */
  articlePages: readonly Article[];
  /** the paged lists' pages this run renders (the list templates paginate over them): all of them unless the build renders them in slices */
  lists: PagedLists;
}

/** Every list a template pages through, one page an item: the archive's paged lists, its years, feeds and redirects. */
export interface PagedLists extends ArchivePages {
  years: DateIndexes["years"];
  feeds: FeedSpec[];
  redirects: Redirect[];
}

/**
 * @example siteData(archive).feeds[0].path // "/"
 * @example siteData(archive, [], { part: 0, parts: 4 }).lists.days // the first quarter of the day pages
 */
export function siteData(archive: Archive, articlePages: readonly Article[] = archive.articles, lists: "all" | "none" | ListSelection = "all"): SiteData {
  const all = allPagedLists(archive);
  const slice = (name: string, items: unknown[]): unknown[] =>
    lists === "all" ? items
    : lists === "none" ? []
    : "only" in lists ? items.filter((item) => lists.only.has(listItemKey(name, item)))
    : items.slice(Math.floor((lists.part * items.length) / lists.parts), Math.floor(((lists.part + 1) * items.length) / lists.parts));
  const run = Object.fromEntries(Object.entries(all).map(([name, items]) => [name, slice(name, items as unknown[])])) as unknown as PagedLists;
  const data = Object.assign(archive, { feeds: all.feeds, articlePages, lists: run });
  // Eleventy deep-copies every page's data, plain objects and arrays all the way down
  // (@11ty/eleventy-utils Merge.js, getMergedItem), and a class instance by reference: as a
  // plain object the archive was copied whole for every page, two thirds of a page's time at
  // 100,000 articles (BENCHMARKS.md). Templates read it the same either way.
  if (Object.getPrototypeOf(data) === Object.prototype) Object.setPrototypeOf(data, SiteDataObject.prototype);
  return data;
}

/** The site's data as Eleventy receives it: no plain object, so that Eleventy does not copy it for every page. */
class SiteDataObject {}

/** Every paged list of the archive, whole: what the runs of one build render between them. */
export function allPagedLists(archive: Archive): PagedLists {
  return { ...archive.pages, years: archive.dates.years, feeds: feedsOf(archive), redirects: archive.redirects };
}

/**
 * The paged list a template pages through (`pagination: data: archive.lists.people` → "people"),
 * or undefined for a template that pages through none.
 */
export function listOfTemplate(file: string): string | undefined {
  // A virtual template (the editor's page) has no file.
  if (!existsSync(file)) return undefined;
  return pagedListOf(readFileSync(file, "utf8"));
}

/** The number of pages the paged lists come to: what runs of list slices render in all. */
export function pagedListPages(archive: Archive): number {
  return Object.values(archive.pages).reduce((n, items) => n + items.length, 0) + archive.dates.years.length + feedsOf(archive).length + archive.redirects.length;
}

// The feeds of an archive, worked out once for the several runs of one build.
const feedsByArchive = new WeakMap<Archive, FeedSpec[]>();
function feedsOf(archive: Archive): FeedSpec[] {
  let feeds = feedsByArchive.get(archive);
  if (!feeds) feedsByArchive.set(archive, (feeds = feedSpecs(archive)));
  return feeds;
}

/**
 * Eleventy's `url` filter, fast for the site paths templates call it with ~80 times a page: the
 * built-in one first tries `new URL(path)`, whose exception for every relative path costs more
 * than the rest of the filter. Anything but a root-relative path goes to the built-in filter.
 * @example fastUrl(eleventyUrl)("/people/") // "/archive/people/" under the prefix /archive/
 */
export function fastUrl(original: (path: string) => string): (path: string) => string {
  let prefix: string | undefined;
  return (path) => {
    if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) return original(path);
    prefix ??= original("/");
    return prefix === "/" ? path : prefix + path.slice(1);
  };
}

/** Site paths to absolute URLs: `site.url` plus Eleventy's `url` filter, which adds the path prefix. */
function absoluteUrls(eleventyConfig: EleventyConfig) {
  const url = fastUrl(eleventyConfig.getFilter("url") as (path: string) => string);
  return (archive: Archive) => (path: string) => /^https?:\/\//.test(path) ? path : `${archive.site.url.replace(/(?<!\/)\/+$/, "")}${url(path)}`;
}

/**
 * Filters that need Eleventy's `url` filter (for the path prefix), registered by one loop in
 * eleventy.config.ts. Each takes the archive, so templates pass their inputs explicitly.
 */
export function publishFilters(eleventyConfig: EleventyConfig): Record<string, Filter> {
  const url = fastUrl(eleventyConfig.getFilter("url") as (path: string) => string);
  const absFor = absoluteUrls(eleventyConfig);
  return {
    url,
    /** `{{ article | articleBody(archive) | safe }}`; with `true`, links are absolute (for feeds) */
    articleBody: (article: Article, archive: Archive, absolute = false) =>
      renderArticleBody(article, { url: absolute ? absFor(archive) : url, personName: (id) => archive.people[id]?.name }),
    /** `{{ path | absoluteUrl(archive) }}` */
    absoluteUrl: (path: string, archive: Archive) => absFor(archive)(path),
    /** `{{ article | articleJsonLd(archive) | safe }}`: JSON-LD, escaped for a script element */
    articleJsonLd: (article: Article, archive: Archive) => scriptJson(articleJsonLd(article, archive, absFor(archive))),
    personJsonLd: (person: PersonView, archive: Archive) => scriptJson(personJsonLd(person, archive, absFor(archive))),
    placeJsonLd: (place: JurisdictionView, archive: Archive) => scriptJson(placeJsonLd(place, archive, absFor(archive))),
    /** `{% set c = article | citation(archive) %}` */
    citation: (article: Article, archive: Archive) =>
      cite({
        article,
        authors: article.authors.map((id) => archive.people[id]!),
        archiveUrl: absFor(archive)(article.url),
        archiveName: archive.site.title,
      }),
    /** JSON documents: `{{ archive | apiJson("people") | safe }}` */
    apiJson: (archive: Archive, which: string, year?: string) => {
      const abs = absFor(archive);
      const doc =
        which === "articles" ? articlesIndex(archive, abs)
        : which === "year" ? articlesOfYear(archive, year!, abs)
        : which === "people" ? peopleApi(archive, abs)
        : which === "jurisdictions" ? jurisdictionsApi(archive, abs)
        : which === "feed" ? jsonFeed(archive, abs)
        : undefined;
      if (!doc) throw new Error(`apiJson: unknown document "${which}"`);
      // Unindented: a year's file is a third smaller, and whoever reads it parses it.
      return JSON.stringify(doc);
    },
  };
}

/**
 * In `--serve`/`--watch` runs, re-index after each rebuild so search stays current (each page's
 * search markup made from the archive the run rendered, src/search/markup.ts), and mark the
 * folder as a build's so that `npm run build` may replace it afterwards.
 */
export function reindexOnRebuild(eleventyConfig: EleventyConfig, root: string): void {
  eleventyConfig.on("eleventy.after", async ({ dir, runMode }) => {
    if (runMode === "build") return;
    await indexSite(dir.output, rendered.get(resolve(root)) ?? loadArchive(root));
    markBuild(dir.output);
  });
}

interface CollectionItem {
  url: string | false;
  outputPath: string | false;
  data: { archive?: Archive; sitemap?: boolean };
}

/**
 * The sitemap's files, in chunks of at most 50,000 URLs: the archive's own pages (articles and
 * every paged list, which are kept out of Eleventy's collections) and the HTML pages still in
 * the collection (`/`, `/search/` …) unless they say `sitemap: false`. The archive is the global
 * data those pages carry; Eleventy's collection API hands a collection nothing else.
 */
export function sitemapCollection(api: { getAll(): CollectionItem[] }): SitemapEntry[][] {
  const items = api.getAll();
  const archive = items.find((item) => item.data.archive)?.data.archive;
  if (!archive) throw new Error("sitemap: no page in Eleventy's collection carries the archive; pages/index.njk should be there");
  const others = items
    .filter((item) => item.url && typeof item.outputPath === "string" && item.outputPath.endsWith(".html") && item.data.sitemap !== false)
    .map((item) => ({ url: item.url as string }));
  return sitemapChunks(sitemapEntries(archive, others));
}

/**
 * Before every build, watch-mode rebuilds included, the browser's scripts are bundled into the
 * output (src/publish/scripts.ts). Only when Eleventy writes files: a `--to=json` run has no site.
 */
export function bundleScriptsOnBuild(eleventyConfig: EleventyConfig, options: { editor?: boolean } = {}): void {
  eleventyConfig.on("eleventy.before", async ({ directories, outputMode }: { directories: { output: string }; outputMode: string }) => {
    if (outputMode === "fs") await bundleScripts(directories.output, options);
  });
}

/** Decap's prebuilt bundle in node_modules: the script, the chunks it loads from beside itself, its WebAssembly and licences. */
const DECAP_DIST = dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));

/**
 * The browser editor at `/admin/` (src/editor/), for a site whose `_data/site.yaml` names the
 * repository: its page and `config.yml` as virtual templates (https://www.11ty.dev/docs/virtual-templates/),
 * kept out of collections and so of the sitemap, and Decap's files copied from the npm package,
 * never loaded from a CDN. Its script is bundled with the others (`bundleScriptsOnBuild`).
 */
export function addEditor(eleventyConfig: EleventyConfig): void {
  const data = { eleventyExcludeFromCollections: true, sitemap: false };
  eleventyConfig.addTemplate("admin/index.njk", EDITOR_PAGE, { ...data, permalink: "/admin/index.html" });
  eleventyConfig.addTemplate("admin/config.njk", "{{ archive | decapConfig | safe }}", { ...data, permalink: "/admin/config.yml" });
  eleventyConfig.addFilter("decapConfig", (archive: Archive) =>
    decapConfigYaml({ editor: archive.site.editor!, years: archive.articles.map((a) => a.published.year), today: archive.today, siteUrl: archive.site.url }),
  );
  eleventyConfig.addPassthroughCopy({ [`${DECAP_DIST}/*decap-cms.js`]: "admin", [`${DECAP_DIST}/*.wasm`]: "admin", [`${DECAP_DIST}/decap-cms.js.LICENSE.txt`]: "admin" });
}

/** The editor's page: its own policy (src/publish/csp.ts), kept from search engines, Morgue's script before Decap's. */
const EDITOR_PAGE = `<!doctype html>
<html lang="{{ archive.site.language }}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp.adminMeta | safe }}">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Editor · {{ archive.site.title }}</title>
<link href="{{ '/admin/config.yml' | url }}" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="{{ '/admin/morgue.js' | url }}"></script>
<script src="{{ '/admin/decap-cms.js' | url }}"></script>
</body>
</html>
`;
