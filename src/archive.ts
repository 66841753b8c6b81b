/**
 * The archive: every article and registry entry read, validated and cross-checked, and every
 * index the pages need computed once, in one pass over the articles. Eleventy's templates
 * receive the result as global data and never filter the archive themselves.
 */
import { readArticle, type Article, type References } from "./content/articles.ts";
import { imageProblem, readMediaFolder } from "./content/media.ts";
import { ContentError, type Problem } from "./content/problems.ts";
import { readRegistries, readSite, type RegistryEntry } from "./content/registries.ts";
import { suggest } from "./content/suggest.ts";
import { readContentText, scanContent } from "./content/tree.ts";
import { ancestorsOf, childrenOf } from "./jurisdictions/tree.ts";
import { familySortKey } from "./people/names.ts";
import { rolesAt, rolesByStart } from "./people/roles.ts";
import { indexDates, type DateIndexes, type TimelineEntry } from "./dates/index.ts";
import { paginate, type Page } from "./paging.ts";
import { feedSpecs, type FeedSpec } from "./publish/feeds.ts";
import { ENTRY_NOUN, LIMITS, type Jurisdiction, type Organization, type Person, type RegistryKind, type Role, type Site, type Topic } from "./schema.ts";

export type { Article };

export interface PersonView extends Person {
  id: string;
  url: string;
  /** family name first, for A to Z */
  sortKey: string;
  /** articles that name the person, are in their byline or carry their photographs, newest first */
  articles: Article[];
  /** how each of those articles involves the person, by article id */
  relations: Record<string, Relation[]>;
  /** articles in the person's byline */
  wrote: Article[];
  /** articles with the person's photographs */
  photographed: Article[];
  /** roles, by start */
  timeline: Role[];
  /** reported events the person took part in */
  events: TimelineEntry[];
}

export type Relation = "named" | "wrote" | "photographed";

export interface JurisdictionView extends Jurisdiction {
  id: string;
  url: string;
  /** nearest first */
  ancestors: string[];
  children: string[];
  /** articles about this place itself, newest first */
  direct: Article[];
  /** articles about this place or any place within it, newest first */
  articles: Article[];
  /** people who held roles here */
  people: string[];
  /** reported events here or in a place within */
  events: TimelineEntry[];
}

export interface OrganizationView extends Organization {
  id: string;
  url: string;
  articles: Article[];
  people: string[];
}

export interface TopicView extends Topic {
  id: string;
  url: string;
  articles: Article[];
}

/** A person named by an article, with the roles they held on its date. */
export interface Mention {
  id: string;
  roles: Role[];
}

export interface ArticleLinks {
  /** byline, then people named, each with their roles at the article's date */
  authors: Mention[];
  people: Mention[];
  /** jurisdictions named, plus the places that contain them (for search filters) */
  jurisdictionsWithin: string[];
}

export interface Archive {
  site: Site;
  /** published articles, newest first */
  articles: Article[];
  links: Record<string, ArticleLinks>;
  people: Record<string, PersonView>;
  jurisdictions: Record<string, JurisdictionView>;
  organizations: Record<string, OrganizationView>;
  topics: Record<string, TopicView>;
  dates: DateIndexes;
  /** every paginated list, flat, for Eleventy's pagination with size 1 */
  pages: ArchivePages;
  /** today's date as the build saw it, YYYY-MM-DD */
  today: string;
}

export interface ArchivePages {
  people: Page<PersonView, Article>[];
  jurisdictions: Page<JurisdictionView, Article>[];
  organizations: Page<OrganizationView, Article>[];
  topics: Page<TopicView, Article>[];
  days: Page<DateIndexes["days"][number], Article>[];
  onThisDay: Page<DateIndexes["onThisDay"][number], Article>[];
  timeline: Page<null, TimelineEntry>[];
  peopleIndex: Page<null, PersonView>[];
  organizationsIndex: Page<null, OrganizationView>[];
  topicsIndex: Page<null, TopicView>[];
  /** the site's feed and one per person, jurisdiction and topic */
  feeds: FeedSpec[];
}

export interface LoadOptions {
  /** keep `draft: true` articles (they are always validated) */
  includeDrafts?: boolean;
  /** YYYY-MM-DD; defaults to the build's date */
  today?: string;
  /** the deployed address, overriding `url` in `_data/site.yaml` */
  siteUrl?: string;
}

const NO_LINES = () => 1;

const byNewest = (a: Article, b: Article) => b.published.ms - a.published.ms || a.id.localeCompare(b.id);

/**
 * Reads, validates and indexes the archive at `root`. Returns every problem found; the archive
 * only when there are none.
 */
export function readArchive(root: string, options: LoadOptions = {}): { archive?: Archive; problems: Problem[] } {
  const problems: Problem[] = [];
  const { site, problems: siteProblems } = readSite(root, { url: options.siteUrl });
  problems.push(...siteProblems);

  const content = scanContent(root);
  problems.push(...content.problems);
  const { registries, problems: registryProblems } = readRegistries(root, content.registries);
  problems.push(...registryProblems);
  const { people, jurisdictions, organizations, topics } = registries;

  const ids = {
    people: [...people.keys()],
    jurisdictions: [...jurisdictions.keys()],
    organizations: [...organizations.keys()],
    topics: [...topics.keys()],
  } satisfies Record<RegistryKind, string[]>;

  /** Checks one reference, reporting it with a suggestion when unknown. */
  const checkRef: CheckRef = (kind, id: string | undefined, file: string, line: number, field: string) => {
    if (id === undefined) return;
    const registry = registries[kind] as Map<string, RegistryEntry<{ name: string }>>;
    if (registry.has(id)) return;
    const hint = suggest(id, ids[kind]);
    problems.push({
      file,
      line,
      field,
      message: `unknown ${ENTRY_NOUN[kind]} "${id}"${
        hint ? `; did you mean "${hint}"?` : `; add _data/${kind}/${id}.yaml or use a known id`
      }`,
    });
  };

  // Registry cross-references.
  for (const p of people.values()) {
    p.data.roles.forEach((role, i) => {
      checkRef("jurisdictions", role.jurisdiction, p.file, p.lineOf(["roles", i, "jurisdiction"]), `roles[${i}].jurisdiction`);
      checkRef("organizations", role.organization, p.file, p.lineOf(["roles", i, "organization"]), `roles[${i}].organization`);
    });
  }
  for (const j of jurisdictions.values()) checkRef("jurisdictions", j.data.parent, j.file, j.lineOf(["parent"]), "parent");
  for (const o of organizations.values()) {
    checkRef("organizations", o.data.parent, o.file, o.lineOf(["parent"]), "parent");
    checkRef("jurisdictions", o.data.jurisdiction, o.file, o.lineOf(["jurisdiction"]), "jurisdiction");
  }
  const tree = [...jurisdictions.values()].map((j) => ({ id: j.id, parent: j.data.parent }));
  const { ancestors, cycles } = ancestorsOf(tree);
  for (const cycle of cycles) {
    const j = jurisdictions.get(cycle[0]!)!;
    problems.push({ file: j.file, line: j.lineOf(["parent"]), field: "parent", message: `parents form a loop: ${[...cycle, cycle[0]].join(" > ")}` });
  }

  // The media folder, then articles, whose images must be in it.
  const media = readMediaFolder(root);
  problems.push(...media.problems);
  const all: Article[] = [];
  const byUrl = new Map<string, Article>();
  for (const file of content.articles) {
    const { text, problems: textProblems } = readContentText(root, file, LIMITS.articleBytes);
    if (text === undefined) {
      problems.push(...textProblems);
      continue;
    }
    const { article, references, problems: p } = readArticle(file, text);
    problems.push(...p);
    if (references) checkReferences(references, checkRef);
    for (const image of references?.images ?? []) {
      const message = imageProblem(image.src, media.files);
      if (message) problems.push({ file, line: image.line, field: image.field, message });
    }
    if (!article) continue;
    const key = article.url.toLowerCase();
    const twin = byUrl.get(key);
    if (twin) {
      problems.push({ file, line: 1, field: "-", message: `duplicate slug: ${twin.file} has the same date and slug (slugs ignore case)` });
      continue;
    }
    byUrl.set(key, article);
    all.push(article);
  }

  if (problems.length || !site) return { problems };
  // Every reference is checked: release each article's YAML document (a third of the loaded
  // archive's memory), which was kept only to name lines in problems.
  for (const article of all) article.lineOf = NO_LINES;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const articles = all.filter((a) => options.includeDrafts || !a.draft).sort(byNewest);
  return { archive: indexArchive(site, articles, { people, jurisdictions, organizations, topics }, ancestors, today), problems };
}

type CheckRef = (kind: RegistryKind, id: string | undefined, file: string, line: number, field: string) => void;

/** Every registry reference of one article. */
function checkReferences(r: References, checkRef: CheckRef): void {
  const { file, lineOf: line } = r;
  const refList = (kind: RegistryKind, field: "authors" | "people" | "jurisdictions" | "organizations" | "topics") =>
    r[field].forEach((id, i) => checkRef(kind, id, file, line([field, i]), `${field}[${i}]`));
  refList("people", "authors");
  refList("people", "people");
  refList("jurisdictions", "jurisdictions");
  refList("organizations", "organizations");
  refList("topics", "topics");
  checkRef("organizations", r.source?.organization, file, line(["source", "organization"]), "source.organization");
  r.events.forEach((e, i) => {
    e.people.forEach((id, k) => checkRef("people", id, file, line(["events", i, "people", k]), `events[${i}].people[${k}]`));
    e.jurisdictions.forEach((id, k) =>
      checkRef("jurisdictions", id, file, line(["events", i, "jurisdictions", k]), `events[${i}].jurisdictions[${k}]`),
    );
  });
  for (const credit of r.figureCredits) checkRef("people", credit.by, file, credit.line, "figure.by");
}

/** Like {@link readArchive}, but throws a {@link ContentError} listing every problem. */
export function loadArchive(root: string, options: LoadOptions = {}): Archive {
  const { archive, problems } = readArchive(root, options);
  if (!archive) throw new ContentError(problems);
  return archive;
}

/** One pass over the (sorted) articles fills every index. */
function indexArchive(
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
    links[article.id] = { authors: article.authors.map(mention), people: article.people.map(mention), jurisdictionsWithin: [...within] };

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
    const orgs = new Set(article.organizations);
    if (article.source?.organization) orgs.add(article.source.organization);
    for (const id of orgs) organizations[id]!.articles.push(article);
    for (const id of article.topics) topics[id]!.articles.push(article);
  }

  const dates = indexDates(articles);
  for (const entry of dates.timeline) {
    for (const id of entry.people) people[id]!.events.push(entry);
    const places = new Set(entry.jurisdictions.flatMap((id) => [id, ...jurisdictions[id]!.ancestors]));
    for (const id of places) jurisdictions[id]!.events.push(entry);
  }

  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name, "en"));
  const pages: ArchivePages = {
    people: Object.values(people).flatMap((p) => paginate(p, p.articles, p.url)),
    jurisdictions: Object.values(jurisdictions).flatMap((j) => paginate(j, j.articles, j.url)),
    organizations: Object.values(organizations).flatMap((o) => paginate(o, o.articles, o.url)),
    topics: Object.values(topics).flatMap((t) => paginate(t, t.articles, t.url)),
    days: dates.days.flatMap((d) => paginate(d, d.articles, d.url)),
    onThisDay: dates.onThisDay.flatMap((d) => paginate(d, d.articles, d.url)),
    timeline: paginate(null, dates.timeline, "/timeline/", 100),
    peopleIndex: paginate(null, Object.values(people).sort((a, b) => a.sortKey.localeCompare(b.sortKey, "en")), "/people/", 100),
    organizationsIndex: paginate(null, byName(Object.values(organizations)), "/organizations/", 100),
    topicsIndex: paginate(null, byName(Object.values(topics)), "/topics/", 100),
    feeds: [],
  };

  const archive: Archive = { site, articles, links, people, jurisdictions, organizations, topics, dates, pages, today };
  pages.feeds = feedSpecs(archive);
  return archive;
}
