/**
 * Eleventy glue that needs more than a line: the archive as global data, the article body
 * filter (which needs Eleventy's own `url` filter for the path prefix), and search indexing
 * after rebuilds in watch mode.
 */
import { loadArchive, type Archive } from "../archive.ts";
import { renderArticleBody } from "../content/markdown.ts";
import { indexSite } from "../search/pagefind.ts";
import type { EleventyConfig, Filter } from "./types.ts";
import type { Article, JurisdictionView, PersonView } from "../archive.ts";
import { articlesIndex, articlesOfYear, jurisdictionsApi, peopleApi } from "../publish/api.ts";
import { cite } from "../publish/cite.ts";
import { jsonFeed } from "../publish/feeds.ts";
import { scriptJson } from "../publish/json.ts";
import { articleJsonLd, personJsonLd, placeJsonLd } from "../publish/jsonld.ts";
import { sitemapChunks, type SitemapEntry } from "../publish/sitemap.ts";

/** Reads the archive once per build; Eleventy calls it again on every rebuild in watch mode. */
export function archiveData(root: string): () => Archive {
  return () => loadArchive(root);
}

/** Site paths to absolute URLs: `site.url` plus Eleventy's `url` filter, which adds the path prefix. */
function absoluteUrls(eleventyConfig: EleventyConfig) {
  const url = eleventyConfig.getFilter("url") as (path: string) => string;
  return (archive: Archive) => (path: string) => /^https?:\/\//.test(path) ? path : `${archive.site.url.replace(/\/+$/, "")}${url(path)}`;
}

/**
 * Filters that need Eleventy's `url` filter (for the path prefix), registered by one loop in
 * eleventy.config.ts. Each takes the archive, so templates pass their inputs explicitly.
 */
export function publishFilters(eleventyConfig: EleventyConfig): Record<string, Filter> {
  const url = eleventyConfig.getFilter("url") as (path: string) => string;
  const absFor = absoluteUrls(eleventyConfig);
  return {
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
      return JSON.stringify(doc, null, 1);
    },
    /** `{{ value | json | safe }}` inside JSON documents and CSL-JSON blocks */
    json: (value: unknown) => scriptJson(value),
  };
}

/** In `--serve`/`--watch` runs, re-index after each rebuild so search stays current. */
export function reindexOnRebuild(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ dir, runMode }) => {
    if (runMode !== "build") await indexSite(dir.output);
  });
}

interface CollectionItem {
  url: string | false;
  outputPath: string | false;
  data: { article?: Article; eleventyExcludeFromCollections?: boolean; sitemap?: boolean };
}

/** The sitemap's files: every HTML page Eleventy writes, in chunks of at most 50,000. */
export function sitemapCollection(api: { getAll(): CollectionItem[] }): SitemapEntry[][] {
  const entries = api
    .getAll()
    .filter((item) => item.url && typeof item.outputPath === "string" && item.outputPath.endsWith(".html") && item.data.sitemap !== false)
    .map((item) => ({ url: item.url as string, lastmod: item.data.article?.lastUpdated?.ymd ?? item.data.article?.published.ymd }))
    .sort((a, b) => a.url.localeCompare(b.url));
  return sitemapChunks(entries);
}
