/**
 * What Pagefind files an article page under, and nothing a visitor sees: its filters, metadata and
 * sort, as the empty hidden elements Pagefind reads them from
 * (https://pagefind.app/docs/filtering/, /docs/metadata/, /docs/sorts/). The pages written to the
 * site do not carry them (issue 11, item 6: about 1.1 KB an article page that no visitor reads);
 * every copy of a page handed to the indexer has them put back by {@link indexedHtml}, made from
 * the archive, so the index is the one the pages used to make: the build's as it renders, an
 * incremental build's from the previous site's pages, watch mode's shard made again, and
 * `indexSite` for Eleventy's own `--serve`.
 *
 * - Filters person, jurisdiction, organization, topic and source hold "id|Name": the id keeps
 *   search URLs stable (?person=michael-hancock) and tells two places of one name apart; the name
 *   is what the search page shows. A jurisdiction lists the places containing the article's places
 *   too, so Colorado finds Denver. A person is anyone the person's page lists the article for:
 *   named, in the byline, in an event or behind a photograph.
 * - Filter month (2018-01) holds the buckets a date range is made of; the search page adds up a
 *   year's months for its year facet, so no year filter is downloaded too. Sort date (2018-01-24)
 *   orders newest and oldest first.
 * - Meta date, dateline, source, people and places are what a result shows; people and places are
 *   weighted above body text at search time (src/browser/search/main.ts, ranking.metaWeights).
 *
 * Filter values are written inline ("person:id|Name"), not as [data-value] attributes, on one line:
 * Pagefind takes everything after a filter's first colon as its value, commas and colons included
 * (its parser's parse_attr_string; test/browser/pagefind-markup.test.ts).
 */
import type { Archive, Article } from "../archive.ts";
import { slugify } from "../content/slug.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "\\": "&#92;" };

/** Text for an attribute, escaped as Nunjucks' autoescape escapes it, so the index reads what the template wrote. */
const attr = (text: string) => text.replace(/[&"'<>\\]/g, (ch) => ESCAPES[ch]!);

const span = (kind: "filter" | "meta" | "sort", value: string) => `<span data-pagefind-${kind}="${attr(value)}"></span>`;

/**
 * An article page's search markup: one hidden `<div>` of empty `<span>`s.
 * @example searchMarkup(article, archive) // '<div hidden><span data-pagefind-sort="date:2018-01-05" data-pagefind-meta="date:2018-01-05" data-pagefind-filter="month:2018-01"></span>…</div>'
 */
export function searchMarkup(article: Article, archive: Archive): string {
  const links = archive.links[article.id]!;
  const { ymd, year, month } = article.published;
  const names = (ids: readonly string[], of: Record<string, { name: string }>) => ids.map((id) => of[id]!.name).join(", ");
  const filters = (kind: string, ids: readonly string[], of: Record<string, { name: string }>) => ids.map((id) => span("filter", `${kind}:${id}|${of[id]!.name}`)).join("");
  const { source } = article;
  const parts = [
    `<span data-pagefind-sort="date:${attr(ymd)}" data-pagefind-meta="date:${attr(ymd)}" data-pagefind-filter="month:${attr(`${year}-${month}`)}"></span>`,
    article.dateline ? span("meta", `dateline:${article.dateline}`) : "",
    links.people.length ? span("meta", `people:${names(links.people.map((m) => m.id), archive.people)}`) : "",
    article.jurisdictions.length ? span("meta", `places:${names(article.jurisdictions, archive.jurisdictions)}`) : "",
    filters("person", links.peopleInvolved, archive.people),
    filters("jurisdiction", links.jurisdictionsWithin, archive.jurisdictions),
    filters("organization", links.organizationsInvolved, archive.organizations),
    filters("topic", article.topics, archive.topics),
    source ? span("meta", `source:${source.name}`) : "",
    // One outlet is one filter value even when articles spell its name differently.
    !source ? ""
    : source.organization ? span("filter", `source:${source.organization}|${archive.organizations[source.organization]!.name}`)
    : span("filter", `source:${slugify(source.name)}|${source.name}`),
  ];
  return `<div hidden>${parts.join("")}</div>`;
}

/**
 * The copy of a written article page that the indexer reads: its search markup put back at the
 * end of its `<main>`, where the template wrote it before it was left out of the page.
 * @example indexedHtml('<main data-pagefind-body>…</aside></main>', '<div hidden>…</div>') // '<main data-pagefind-body>…</aside><div hidden>…</div>\n</main>'
 */
export function indexedHtml(html: string, markup: string): string {
  const end = html.lastIndexOf("</main>");
  if (end < 0) throw new Error("search index: an article page with no </main> to put its search markup in");
  return `${html.slice(0, end)}${markup}\n${html.slice(end)}`;
}

/** An article page's path in the site, as the indexer is handed it: `/2018/05/01/slug/` → `2018/05/01/slug/index.html`. */
export const articlePageFile = (article: Pick<Article, "url">): string => `${article.url.replace(/^\/+/, "")}index.html`;

/** An article page's search markup by its path in the site, what every indexing path is given: see {@link searchMarkupByFile}. */
export type SearchMarkupOf = (file: string) => string;

/**
 * Each article page's search markup by its path in the site (`2018/05/01/slug/index.html`, as the
 * indexer is handed it), made when asked for: what every indexing path is given.
 */
export function searchMarkupByFile(archive: Archive): SearchMarkupOf {
  const byFile = new Map(archive.articles.map((article) => [articlePageFile(article), article]));
  return (file) => {
    const article = byFile.get(file);
    if (!article) throw new Error(`search index: ${file} is no article page of the archive`);
    return searchMarkup(article, archive);
  };
}
