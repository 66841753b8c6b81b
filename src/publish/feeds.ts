/**
 * Feeds: the site's newest articles, and one feed per person, jurisdiction and topic. Atom is
 * rendered by a Nunjucks template (pages/feed.njk) from these specs and the articles' ISO dates;
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) is built here.
 */
import type { Archive, Article } from "../archive.ts";
import { renderArticleBody } from "../content/markdown.ts";
import type { Absolute } from "./jsonld.ts";

export const FEED_SIZE = 20;

export interface FeedSpec {
  /** the page the feed follows, e.g. `/people/ada/`; the feed is at `<path>feed.xml` */
  path: string;
  title: string;
  articles: Article[];
  /** whether entries carry the full text; the per-page feeds carry summaries and links only */
  fullText: boolean;
}

/** Every feed of the archive: the site's, then one per person, jurisdiction and topic (an empty feed is valid, and its page links it). */
export function feedSpecs(archive: Archive): FeedSpec[] {
  const title = archive.site.title;
  // Full text in hundreds of per-page feeds would repeat each article a dozen times over (a
  // 10,000-article archive's output doubled); those feeds point to the article instead.
  const of = (path: string, name: string, articles: Article[]) => ({ path, title: `${name} · ${title}`, articles: articles.slice(0, FEED_SIZE), fullText: false });
  return [
    { path: "/", title, articles: archive.articles.slice(0, FEED_SIZE), fullText: true },
    ...Object.values(archive.people).map((p) => of(p.url, p.name, p.articles)),
    ...Object.values(archive.jurisdictions).map((j) => of(j.url, j.name, j.articles)),
    ...Object.values(archive.topics).map((t) => of(t.url, t.name, t.articles)),
  ];
}

/** JSON Feed 1.1 of the site's newest articles. */
export function jsonFeed(archive: Archive, abs: Absolute) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: archive.site.title,
    home_page_url: abs("/"),
    feed_url: abs("/feed.json"),
    description: archive.site.description ?? archive.site.tagline,
    language: archive.site.language,
    items: archive.articles.slice(0, FEED_SIZE).map((a) => ({
      id: abs(a.url),
      url: abs(a.url),
      external_url: a.source?.url,
      title: a.title,
      summary: a.summary,
      content_html: renderArticleBody(a, { url: abs, personName: (id) => archive.people[id]?.name }),
      date_published: a.published.iso,
      date_modified: a.lastUpdated?.iso,
      authors: a.authors.map((id) => ({ name: archive.people[id]!.name, url: abs(archive.people[id]!.url) })),
      tags: a.topics.map((id) => archive.topics[id]!.name),
      language: archive.site.language,
    })),
  };
}
