/**
 * The static JSON API under `/api/`: articles (split by year once the archive is large),
 * people as Popolo persons and memberships, jurisdictions with their OCD ids.
 */
import type { Archive, Article } from "../archive.ts";
import type { Absolute } from "./jsonld.ts";

/** Above this many articles, `/api/articles.json` lists the yearly files instead of every article. */
export const ARTICLES_INLINE_LIMIT = 2000;

export function articleRecord(a: Article, archive: Archive, abs: Absolute) {
  return {
    id: a.id,
    url: abs(a.url),
    title: a.title,
    date: a.published.raw,
    updated: a.lastUpdated?.raw,
    summary: a.summary,
    dateline: a.dateline,
    authors: a.authors,
    source: a.source,
    people: a.people,
    jurisdictions: a.jurisdictions,
    jurisdictions_within: archive.links[a.id]!.jurisdictionsWithin,
    organizations: a.organizations,
    topics: a.topics,
    events: a.events,
    corrections: a.corrections,
    words: a.words,
  };
}

/** `/api/articles.json`: every article when small; otherwise the list of yearly files. */
export function articlesIndex(archive: Archive, abs: Absolute) {
  const years = archive.dates.years.map((y) => ({ year: y.year, count: y.count, url: abs(`/api/articles/${y.year}.json`) }));
  const inline = archive.articles.length <= ARTICLES_INLINE_LIMIT;
  return {
    count: archive.articles.length,
    years,
    articles: inline ? archive.articles.map((a) => articleRecord(a, archive, abs)) : undefined,
    note: inline ? undefined : `Over ${ARTICLES_INLINE_LIMIT} articles: fetch each year's file.`,
  };
}

/** `/api/articles/YYYY.json` */
export function articlesOfYear(archive: Archive, year: string, abs: Absolute) {
  const articles = archive.dates.years.find((y) => y.year === year)?.articles ?? [];
  return { year, count: articles.length, articles: articles.map((a) => articleRecord(a, archive, abs)) };
}

/** `/api/people.json`: Popolo persons, organizations, areas and memberships (https://www.popoloproject.com/specs/). */
export function peopleApi(archive: Archive, abs: Absolute) {
  const people = Object.values(archive.people);
  return {
    persons: people.map((p) => ({
      id: p.id,
      name: p.name,
      sort_name: p.sort_name,
      other_names: p.other_names.map((name) => ({ name })),
      summary: p.summary,
      identifiers: p.wikidata ? [{ scheme: "wikidata", identifier: p.wikidata }] : [],
      links: [{ url: abs(p.url), note: "archive page" }],
      article_count: p.articles.length,
    })),
    memberships: people.flatMap((p) =>
      p.roles.map((r, i) => ({
        id: `${p.id}-${i + 1}`,
        person_id: p.id,
        label: r.title,
        organization_id: r.organization,
        area_id: r.jurisdiction,
        start_date: r.start,
        end_date: r.end,
      })),
    ),
    organizations: Object.values(archive.organizations).map((o) => ({
      id: o.id,
      name: o.name,
      classification: o.classification,
      parent_id: o.parent,
      area_id: o.jurisdiction,
      other_names: o.aliases.map((name) => ({ name })),
      identifiers: o.wikidata ? [{ scheme: "wikidata", identifier: o.wikidata }] : [],
    })),
    areas: Object.values(archive.jurisdictions).map((j) => ({ id: j.id, name: j.name, classification: j.classification, parent_id: j.parent, identifier: j.ocd_id })),
  };
}

/** `/api/jurisdictions.json` */
export function jurisdictionsApi(archive: Archive, abs: Absolute) {
  return Object.values(archive.jurisdictions).map((j) => ({
    id: j.id,
    name: j.name,
    classification: j.classification,
    parent: j.parent,
    ancestors: j.ancestors,
    children: j.children,
    ocd_id: j.ocd_id,
    other_ocd_ids: j.other_ocd_ids,
    wikidata: j.wikidata,
    aliases: j.aliases,
    url: abs(j.url),
    article_count: j.articles.length,
    direct_article_count: j.direct.length,
  }));
}
