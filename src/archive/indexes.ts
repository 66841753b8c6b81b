/**
 * Indexing the archive: one pass over the articles, newest first, fills every index the pages
 * need (people, places with roll-up, organizations, topics, dates, paginated lists), so no
 * template ever filters the archive.
 */
import type { Article } from "../content/articles.ts";
import type { RegistryEntry } from "../content/registries.ts";
import { redirectsOf } from "./aliases.ts";
import { indexDates } from "../dates/index.ts";
import { childrenOf } from "../jurisdictions/tree.ts";
import { paginate, paginateFromOldest } from "../paging.ts";
import { familySortKey } from "../people/names.ts";
import { rolesAt, rolesByStart } from "../people/roles.ts";
import type { Jurisdiction, Organization, Person, Site, Topic } from "../schema.ts";
import type { Archive, ArchivePages, ArticleLinks, JurisdictionView, Mention, OrganizationView, PersonView, Relation, TopicView } from "./types.ts";

/** A person's, place's, organization's or topic's fields that its articles make: they grow with the archive. */
export const FROM_ARTICLES: ReadonlySet<string> = new Set(["articles", "direct", "wrote", "photographed", "relations", "events"]);

/**
 * A person, place, organization or topic as a numbered page of its list sees it (src/paging.ts):
 * its record without its lists of articles, and a person's relations to the page's own articles
 * ("wrote", "named"). What the page cannot see, it cannot show: so an added article, which
 * changes the list's own page, changes none of these (src/incremental/fingerprints.ts).
 */
function recordOnly<V extends object>(view: V, items: Article[]): V {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view)) if (!FROM_ARTICLES.has(key)) record[key] = value;
  const relations = (view as { relations?: Record<string, unknown> }).relations;
  if (relations) record.relations = Object.fromEntries(items.map((a) => [a.id, relations[a.id]]));
  return record as V;
}

/** One pass over the (sorted) articles fills every index. */
export function indexArchive(
  site: Site,
  articles: Article[],
  reg: {
    people: Map<string, RegistryEntry<Person>>;
    jurisdictions: Map<string, RegistryEntry<Jurisdiction>>;
    organizations: Map<string, RegistryEntry<Organization>>;
    topics: Map<string, RegistryEntry<Topic>>;
  },
  ancestors: Map<string, string[]>,
  today: string,
): Archive {
  const people: Record<string, PersonView> = {};
  for (const { id, data } of reg.people.values()) {
    people[id] = {
      ...data,
      id,
      url: `/people/${id}/`,
      sortKey: familySortKey(data),
      articles: [],
      relations: {},
      wrote: [],
      photographed: [],
      timeline: rolesByStart(data.roles),
      events: [],
    };
  }
  const children = childrenOf([...reg.jurisdictions.values()].map((j) => ({ id: j.id, parent: j.data.parent })));
  const jurisdictions: Record<string, JurisdictionView> = {};
  for (const { id, data } of reg.jurisdictions.values()) {
    jurisdictions[id] = {
      ...data,
      id,
      url: `/jurisdictions/${id}/`,
      ancestors: ancestors.get(id) ?? [],
      children: children.get(id) ?? [],
      direct: [],
      articles: [],
      people: [],
      events: [],
    };
  }
  const organizations: Record<string, OrganizationView> = {};
  for (const { id, data } of reg.organizations.values()) organizations[id] = { ...data, id, url: `/organizations/${id}/`, articles: [], people: [] };
  const topics: Record<string, TopicView> = {};
  for (const { id, data } of reg.topics.values()) topics[id] = { ...data, id, url: `/topics/${id}/`, articles: [] };

  for (const person of Object.values(people)) {
    for (const role of person.roles) {
      if (role.jurisdiction && !jurisdictions[role.jurisdiction]!.people.includes(person.id)) jurisdictions[role.jurisdiction]!.people.push(person.id);
      if (role.organization && !organizations[role.organization]!.people.includes(person.id)) organizations[role.organization]!.people.push(person.id);
    }
  }

  const aToZ = (a: string, b: string) => people[a]!.sortKey.localeCompare(people[b]!.sortKey, "en");
  for (const j of Object.values(jurisdictions)) j.people.sort(aToZ);
  for (const o of Object.values(organizations)) o.people.sort(aToZ);

  const links: Record<string, ArticleLinks> = {};
  for (const article of articles) {
    const mention = (id: string): Mention => ({ id, roles: rolesAt(people[id]!.roles, article.published.ymd, today) });
    const within = new Set<string>();
    for (const id of article.jurisdictions) {
      within.add(id);
      for (const a of jurisdictions[id]!.ancestors) within.add(a);
    }
    const orgs = new Set(article.organizations);
    if (article.source?.organization) orgs.add(article.source.organization);
    const peopleInvolved = new Set([...article.people, ...article.authors]);
    for (const e of article.events) for (const id of e.people) peopleInvolved.add(id);
    for (const c of article.figureCredits) peopleInvolved.add(c.by);
    links[article.id] = {
      authors: article.authors.map(mention),
      people: article.people.map(mention),
      jurisdictionsWithin: [...within],
      peopleInvolved: [...peopleInvolved],
      organizationsInvolved: [...orgs],
    };

    const involved = new Map<string, Relation[]>();
    const relate = (id: string, relation: Relation) => {
      const list = involved.get(id) ?? [];
      if (!list.includes(relation)) list.push(relation);
      involved.set(id, list);
    };
    for (const id of article.people) relate(id, "named");
    for (const e of article.events) for (const id of e.people) relate(id, "named");
    for (const id of article.authors) relate(id, "wrote");
    for (const c of article.figureCredits) relate(c.by, "photographed");
    for (const [id, relations] of involved) {
      const person = people[id]!;
      person.articles.push(article);
      person.relations[article.id] = relations;
      if (relations.includes("wrote")) person.wrote.push(article);
      if (relations.includes("photographed")) person.photographed.push(article);
    }
    for (const id of article.jurisdictions) jurisdictions[id]!.direct.push(article);
    for (const id of within) jurisdictions[id]!.articles.push(article);
    for (const id of orgs) organizations[id]!.articles.push(article);
    for (const id of article.topics) topics[id]!.articles.push(article);
  }

  const dates = indexDates(articles);
  for (const entry of dates.timeline) {
    for (const id of entry.people) people[id]!.events.push(entry);
    const places = new Set(entry.jurisdictions.flatMap((id) => [id, ...jurisdictions[id]!.ancestors]));
    for (const id of places) jurisdictions[id]!.events.push(entry);
  }

  let timelineAt = 0;
  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name, "en"));
  const pages: ArchivePages = {
    people: Object.values(people).flatMap((p) => paginateFromOldest(p, p.articles, p.url, undefined, recordOnly)),
    jurisdictions: Object.values(jurisdictions).flatMap((j) => paginateFromOldest(j, j.articles, j.url, undefined, recordOnly)),
    organizations: Object.values(organizations).flatMap((o) => paginateFromOldest(o, o.articles, o.url, undefined, recordOnly)),
    topics: Object.values(topics).flatMap((t) => paginateFromOldest(t, t.articles, t.url, undefined, recordOnly)),
    days: dates.days.flatMap((d) => paginateFromOldest(d, d.articles, d.url)),
    // A month's articles as a paper ran them, oldest first (a day's list is newest first).
    months: dates.months.flatMap((m) => paginate(m, m.days.flatMap((d) => [...d.articles].reverse()), m.url)),
    onThisDay: dates.onThisDay.flatMap((d) => paginateFromOldest(d, d.articles, d.url)),
    // By year: an event reported anywhere in time changes its year's pages only.
    // The timeline is in date order, so each year's events are the next `count` of it.
    timeline: dates.timelineYears.flatMap((y) => paginate(y, dates.timeline.slice(timelineAt, (timelineAt += y.count)), y.url, 100)),
    peopleIndex: paginate(null, Object.values(people).sort((a, b) => a.sortKey.localeCompare(b.sortKey, "en")), "/people/", 100),
    organizationsIndex: paginate(null, byName(Object.values(organizations)), "/organizations/", 100),
    topicsIndex: paginate(null, byName(Object.values(topics)), "/topics/", 100),
  };

  const jurisdictionRoots = byName(Object.values(jurisdictions).filter((j) => !j.parent)).map((j) => j.id);
  return { site, jurisdictionRoots, articles, links, people, jurisdictions, organizations, topics, dates, pages, today, redirects: redirectsOf(articles) };
}
