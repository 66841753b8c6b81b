/**
 * The archive's views: what the pages, feeds and API receive once everything is read, checked
 * and indexed. Plain data; the reading is in `read.ts`, the indexing in `indexes.ts`.
 */
import type { ReadCache } from "./read-cache.ts";
import type { Article } from "../content/articles.ts";
import type { DateIndexes, TimelineEntry, TimelineYear } from "../dates/index.ts";
import type { Page } from "../paging.ts";
import type { Jurisdiction, Organization, Person, Role, Site, Topic } from "../schema.ts";

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
  /** everyone the article involves, for the person search filter: named, byline, in its events, photographers */
  peopleInvolved: string[];
  /** organizations named, and the outlet that published it, for the organization search filter */
  organizationsInvolved: string[];
}

export interface Archive {
  site: Site;
  /** jurisdictions that lie within no other, by name: the roots of the places tree */
  jurisdictionRoots: string[];
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
  /** every published article's old addresses (`aliases`), by old address */
  redirects: Redirect[];
}

/** An old address of an article and where it has gone: a redirect page and a `_redirects` line. */
export interface Redirect {
  /** the old address, a site path without the path prefix: `/2018/01/23/old-slug/` or `/news/old.html` */
  from: string;
  /** the article's address */
  to: string;
  /** the article's headline, for the redirect page's link */
  title: string;
}

export interface ArchivePages {
  people: Page<PersonView, Article>[];
  jurisdictions: Page<JurisdictionView, Article>[];
  organizations: Page<OrganizationView, Article>[];
  topics: Page<TopicView, Article>[];
  days: Page<DateIndexes["days"][number], Article>[];
  /** each month's articles, oldest first, below its calendar */
  months: Page<DateIndexes["months"][number], Article>[];
  onThisDay: Page<DateIndexes["onThisDay"][number], Article>[];
  timeline: Page<TimelineYear, TimelineEntry>[];
  peopleIndex: Page<null, PersonView>[];
  organizationsIndex: Page<null, OrganizationView>[];
  topicsIndex: Page<null, TopicView>[];
}

export interface LoadOptions {
  /** keep `draft: true` articles (they are always validated) */
  includeDrafts?: boolean;
  /** YYYY-MM-DD; defaults to the build's date */
  today?: string;
  /** the deployed address, overriding `url` in `_data/site.yaml` */
  siteUrl?: string;
  /** the previous build's articles as read (src/archive/read-cache.ts): unchanged files are not parsed again */
  cache?: ReadCache;
  /** how many helper threads parse the article files (src/archive/read-parallel.ts); by default, as many as the files and cores are worth */
  helpers?: number;
}

