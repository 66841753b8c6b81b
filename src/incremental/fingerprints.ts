/**
 * What each page of the site is made from, as a hash (issue 12, item 3): an incremental build
 * renders again only the pages whose hash changed since the previous build (src/build.ts).
 *
 * A page's hash is taken from the data it paginates over, walked field by field: an article
 * page's article, a list page's item (a person and a page of their articles, a day, a feed …).
 * Three kinds of thing in that walk are hashed by what they show rather than by walking on:
 * - an article: its fields (its Markdown body read from its file), what the archive knows of its
 *   links (people with their roles on its date, places within …) and the registry records it
 *   names, so editing one article changes the hash of every list page it is on;
 * - a person, place, organization or topic seen as a list's owner or item: the whole view, its
 *   articles by their addresses (its pages count them; each page's own articles are in its
 *   item), its events whole, and the records of everyone it names, since a person's first page
 *   shows their roles' places and a place's shows its children (with their counts) and office holders;
 * - a string that is the id of a registry entry: that entry's record (name, address, ancestors,
 *   roles …, not its articles) and the records its record names (a place's ancestors, a role's
 *   place), since templates look names up in `archive.people[id]` and the like.
 * A place with places within it also shows a map and a table of its children's counts, which may
 * draw counties from anywhere in the archive (src/map/coverage.ts): its pages take every place's
 * record and counts. Conservative by design: a page may be rendered again for nothing, never
 * left stale; test/build/incremental.test.ts compares incremental builds with full ones file for file.
 */
import { createHash } from "node:crypto";
import type { Archive, Article } from "../archive.ts";
import { FROM_ARTICLES } from "../archive/indexes.ts";
import type { PagedLists } from "../eleventy/plugin.ts";
import type { FeedSpec } from "../publish/feeds.ts";
import { articleKey, listItemKey } from "./keys.ts";

export { articleKey, listItemKey };

/** The registries an id may name. */
const KINDS = ["people", "jurisdictions", "organizations", "topics"] as const;
type Kind = (typeof KINDS)[number];

/** A view's lists of articles, which its pages count. */
const ARTICLE_LISTS = new Set(["articles", "direct", "wrote", "photographed"]);
/** A view's fields that other records make (a place's children, the people who held office in it): not the entry's own record either. */
const FROM_OTHERS = new Set(["children", "people"]);

/**
 * Every article page's and paged-list page's hash, by manifest key ({@link articleKey},
 * {@link listItemKey}). The site's single pages (home, search, sitemap, whole-archive API files)
 * have none: every build renders them.
 * @example pageFingerprints(archive, lists).get("people /people/ada/") // "9f2c…"
 */
export function pageFingerprints(archive: Archive, lists: PagedLists): Map<string, string> {
  return fingerprintPages(archive, lists).pages;
}

/**
 * What an article page's hash is worked out from besides the article's own file: the registries
 * (every entry's record, so every id and name an article may show) and the day roles are read at.
 * With the text hash of each article file (src/archive/read.ts), kept in the build's manifest:
 * the next build takes the hash of an article whose text and these are unchanged as it was, and
 * walks only the others (at 100,000 articles the walk was a third of the fingerprints' time).
 */
export interface ArticleInputs {
  registries: string;
  /** {@link articleInput} of each article, by page key */
  texts: Record<string, string>;
}

/** The previous build's article hashes, and what they were worked out from. */
export interface KnownArticles {
  inputs: ArticleInputs;
  pages: Record<string, readonly string[]>;
}

/**
 * {@link pageFingerprints}, and the inputs the article pages' hashes came from, for the next
 * build. `known`: the previous build's, when its code, templates and settings were these; an
 * article's hash is taken from it when its text and the registries are unchanged (the hash it
 * would be worked out to: everything the walk of an article reads is its file, the registries,
 * the day and the code, and the code is the same by the manifest's site fingerprint).
 */
export function fingerprintPages(archive: Archive, lists: PagedLists, known?: KnownArticles): { pages: Map<string, string>; inputs: ArticleInputs } {
  const steps = fingerprintSteps(archive, lists, known);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link fingerprintPages}, giving the event loop a turn every few hundred pages: an incremental
 * build works them out while a search indexer it feeds works beside it (src/build.ts), and a
 * walk of 150,000 pages in one piece would leave the indexer waiting for its next page.
 */
export async function fingerprintPagesAsync(archive: Archive, lists: PagedLists, known?: KnownArticles): Promise<{ pages: Map<string, string>; inputs: ArticleInputs }> {
  const steps = fingerprintSteps(archive, lists, known);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The articles whose page hash {@link fingerprintPages} works out anew rather than takes from
 * `known`: those whose file or text changed and those the previous build did not have, or every
 * one when the registries or the day changed (`registriesChanged`).
 */
export function articlesWalkedAgain(archive: Archive, known?: KnownArticles): { articles: Article[]; registriesChanged: boolean } {
  const reusable = reusableFor(archive, known);
  if (!reusable) return { articles: [...archive.articles], registriesChanged: true };
  return { articles: archive.articles.filter((article) => previousHash(reusable, article, articleInput(article)) === undefined), registriesChanged: false };
}

/** The article's hash in the previous build, when its text input is `text` there too. */
const previousHash = (known: KnownArticles, article: Article, text: string | undefined): string | undefined => {
  const key = articleKey(article);
  return text !== undefined && known.inputs.texts[key] === text ? known.pages[key]?.[0] : undefined;
};

/** `known`, when its article hashes were worked out from these registries and this day. */
const reusableFor = (archive: Archive, known?: KnownArticles): KnownArticles | undefined => (known?.inputs.registries === registriesOf(archive) ? known : undefined);

/** Each archive's registries' digest ({@link PageHasher.registries}), worked out once. */
const registryDigests = new WeakMap<Archive, string>();
const registriesOf = (archive: Archive): string => {
  let digest = registryDigests.get(archive);
  if (digest === undefined) registryDigests.set(archive, (digest = new PageHasher(archive).registries()));
  return digest;
};

/** How many pages {@link fingerprintSteps} works out between two turns of the event loop. */
const PAGES_PER_STEP = 500;

function* fingerprintSteps(archive: Archive, lists: PagedLists, known?: KnownArticles): Generator<void, { pages: Map<string, string>; inputs: ArticleInputs }> {
  const hasher = new PageHasher(archive);
  const registries = registriesOf(archive);
  const texts: Record<string, string> = {};
  const reusable = reusableFor(archive, known);
  const out = new Map<string, string>();
  let n = 0;
  for (const article of archive.articles) {
    const key = articleKey(article);
    const text = articleInput(article);
    if (text) texts[key] = text;
    const before = reusable ? previousHash(reusable, article, text) : undefined;
    out.set(key, before ? hasher.know(article, before) : hasher.article(article));
    if (++n % PAGES_PER_STEP === 0) yield;
  }
  for (const [name, items] of Object.entries(lists) as [string, unknown[]][]) {
    for (const item of items) {
      out.set(listItemKey(name, item), hasher.item(item, name === "feeds" ? feedDay(item as FeedSpec, archive.today) : ""));
      if (++n % PAGES_PER_STEP === 0) yield;
    }
  }
  return { pages: out, inputs: { registries, texts } };
}

/**
 * What an article page's hash is taken from the previous build by: its text's hash and its file
 * (an article's fields include the path it was read from), as one short hash for the manifest
 * (at 100,000 articles the two written out took 19 MB of it). Undefined without a text hash.
 */
export function articleInput(article: Pick<Article, "textHash" | "file">): string | undefined {
  if (!article.textHash) return undefined;
  // Asked twice an article by an incremental build (which articles changed, then their hashes): worked out once.
  const known = inputs.get(article);
  if (known?.[0] === article.textHash && known[1] === article.file) return known[2];
  const input = createHash("sha256").update(`${article.textHash}\0${article.file}`).digest("base64url").slice(0, 22);
  inputs.set(article, [article.textHash, article.file, input]);
  return input;
}

/** {@link articleInput} of each article object, with the text hash and file it was worked out from. */
const inputs = new WeakMap<object, [string, string, string]>();

/** The day a feed shows besides its articles: today, in an empty feed's `<updated>` (pages/feed.njk); so a new day renders only the empty feeds again. */
const feedDay = (feed: FeedSpec, today: string): string => (feed.articles.length ? "" : today);

/** A SHA-256 of the parts, as one string: one call into the hash, not one a field. */
const digest = (parts: string[]): string => createHash("sha256").update(parts.join("")).digest("base64url");

/** The hashes of one archive's articles, views and records, each worked out once. */
class PageHasher {
  readonly #archive: Archive;
  readonly #articles: Set<Article>;
  /** each view object, by identity, and what it is */
  readonly #views = new Map<object, { kind: Kind; id: string }>();
  readonly #articleHashes = new Map<Article, string>();
  readonly #viewHashes = new Map<object, string>();
  readonly #eventHashes = new Map<object, { hash: string; refs: string[] }>();
  readonly #recordHashes = new Map<string, string>();
  readonly #recordRefs = new Map<string, Set<string>>();
  /** each registry id, and the entries ("people:ada") it names */
  readonly #ids = new Map<string, string[]>();
  #places?: string;

  constructor(archive: Archive) {
    this.#archive = archive;
    this.#articles = new Set(archive.articles);
    for (const kind of KINDS) {
      for (const [id, view] of Object.entries(archive[kind])) {
        this.#views.set(view, { kind, id });
        const refs = this.#ids.get(id);
        if (refs) refs.push(`${kind}:${id}`);
        else this.#ids.set(id, [`${kind}:${id}`]);
      }
    }
  }

  /** Every registry entry's record, and the day roles are read at: what an article's hash reads besides the article. */
  registries(): string {
    const h: string[] = [this.#archive.today];
    for (const kind of KINDS) for (const id of Object.keys(this.#archive[kind]).sort()) h.push(`\0${kind}:${id}\0${this.#record(`${kind}:${id}`)}`);
    return digest(h);
  }

  /** Takes `hash` as `article`'s, known from the previous build; returns it. */
  know(article: Article, hash: string): string {
    this.#articleHashes.set(article, hash);
    return hash;
  }

  /** An article page, or an article on a list: its fields, its links and the records they name. */
  article(article: Article): string {
    let hash = this.#articleHashes.get(article);
    if (hash) return hash;
    const refs = new Set<string>();
    const h: string[] = [];
    // Its fields, and its text by the hash taken as it was validated (src/archive/read.ts): its
    // body is read from its file when asked for, and is not asked for here.
    const fields = Object.fromEntries(Object.keys(article).filter((key) => key !== "body").map((key) => [key, article[key as keyof Article]]));
    this.#walk(h, { ...fields, text: article.textHash ?? article.body }, refs);
    this.#walk(h, this.#archive.links[article.id] ?? null, refs);
    this.#refs(h, refs, false);
    hash = digest(h);
    this.#articleHashes.set(article, hash);
    return hash;
  }

  /** A paged list's item: walked, with `extra` (what the list's template shows besides). */
  item(item: unknown, extra: string): string {
    const refs = new Set<string>();
    const h = [extra];
    this.#walk(h, item, refs);
    this.#refs(h, refs, false);
    return digest(h);
  }

  /** A person, place, organization or topic as a list shows it: all of it, counts and neighbours' records included. */
  #view(view: object, kind: Kind): string {
    let hash = this.#viewHashes.get(view);
    if (hash) return hash;
    const refs = new Set<string>();
    const h: string[] = [kind];
    // Its lists of articles by address: its pages show how many there are (a person's "In the
    // archive", the places' table and map), never their text, and each page's own articles are
    // in that page's item. So an edited article renders again the one page of each list it is
    // on, not every page of the list. Its events show their articles' headlines: walked whole.
    // Walked as #walk would walk the object, with two shortcuts for what is long: the lists of
    // articles as one string of addresses, and each event (the same object in the views of its
    // place, the places above it and its people) by a hash worked out once.
    h.push("{");
    for (const [key, value] of Object.entries(view)) {
      h.push(`\u0007${key}`);
      if (ARTICLE_LISTS.has(key) && Array.isArray(value)) h.push(`\u0008${value.length}:`, (value as Article[]).map((a) => a.url).join("\n"));
      else if (key === "events" && Array.isArray(value)) {
        h.push(`[${value.length}`);
        for (const event of value as object[]) h.push(this.#event(event, refs));
        h.push("]");
      } else if (key === "relations" && value && typeof value === "object") {
        // A person's relation to each of their articles, by the article's id: walked as #walk
        // would (the relations' names looked up as registry ids), into one string, not a dozen
        // pieces an article (at 100,000 articles, about half a second less of the 3 s the people's views took).
        const parts: string[] = [];
        for (const id in value as Record<string, string[]>) {
          const relations = (value as Record<string, string[]>)[id]!;
          parts.push(id, relations.length === 1 ? relations[0]! : relations.join("\u0002"));
          for (const relation of relations) this.#noteIds(relation, refs);
        }
        h.push("\u000b", parts.join("\u0001"));
      } else this.#walk(h, value, refs);
    }
    h.push("}");
    // The records of everyone it names; their counts only on a place's pages, which count the
    // places within it. A person's pages name their roles' places, an organization's its place,
    // without counting their articles: an article about Calgary leaves the pages of everyone who
    // held office there as they were.
    this.#refs(h, refs, kind === "jurisdictions");
    if (kind === "jurisdictions" && (view as { children?: unknown[] }).children?.length) h.push(this.#allPlaces());
    hash = digest(h);
    this.#viewHashes.set(view, hash);
    return hash;
  }

  /** An event as a view lists it: its hash, and the registry entries it names added to `refs`. */
  #event(event: object, refs: Set<string>): string {
    let seen = this.#eventHashes.get(event);
    if (!seen) {
      const named = new Set<string>();
      const h: string[] = [];
      this.#walk(h, event, named);
      seen = { hash: `\u0009${digest(h)}`, refs: [...named] };
      this.#eventHashes.set(event, seen);
    }
    for (const ref of seen.refs) refs.add(ref);
    return seen.hash;
  }

  /** Every place's record and counts, for the pages that draw a coverage map. */
  #allPlaces(): string {
    if (this.#places) return this.#places;
    const h = Object.keys(this.#archive.jurisdictions).sort().map((id) => `${this.#record(`jurisdictions:${id}`)}${this.#counts(`jurisdictions:${id}`)}`);
    return (this.#places = digest(h));
  }

  /** Hashes `refs`' records (and, for a view's pages, their counts), in a fixed order. */
  #refs(h: string[], refs: Set<string>, counts: boolean): void {
    const all = new Set<string>();
    for (const ref of refs) {
      all.add(ref);
      for (const next of this.#neighbours(ref)) all.add(next);
    }
    for (const ref of [...all].sort()) h.push(`\0${ref}\0${this.#record(ref)}${counts ? this.#counts(ref) : ""}`);
  }

  /** An entry's own record: its view without what the articles and other records give it. */
  #record(ref: string): string {
    let hash = this.#recordHashes.get(ref);
    if (hash !== undefined) return hash;
    const view = this.#lookUp(ref);
    const refs = new Set<string>();
    const h: string[] = [];
    if (view) {
      const own = Object.fromEntries(Object.entries(view).filter(([key]) => !FROM_ARTICLES.has(key) && !FROM_OTHERS.has(key)));
      this.#walk(h, own, refs, true);
    }
    hash = digest(h);
    this.#recordHashes.set(ref, hash);
    refs.delete(ref);
    this.#recordRefs.set(ref, refs);
    return hash;
  }

  /** The entries an entry's record names (a place's ancestors, a role's place and organization). */
  #neighbours(ref: string): Set<string> {
    this.#record(ref);
    return this.#recordRefs.get(ref)!;
  }

  /** How many articles, bylines, photographs and events an entry has: what index pages and maps count. */
  #counts(ref: string): string {
    const view = this.#lookUp(ref) as Record<string, unknown> | undefined;
    if (!view) return "";
    return [...FROM_ARTICLES].map((key) => (Array.isArray(view[key]) ? (view[key] as unknown[]).length : "")).join(",");
  }

  #lookUp(ref: string): object | undefined {
    const colon = ref.indexOf(":");
    return (this.#archive[ref.slice(0, colon) as Kind] as Record<string, object> | undefined)?.[ref.slice(colon + 1)];
  }

  /** Notes in `refs` the registry entries `value` is the id of, if any. */
  #noteIds(value: string, refs: Set<string>): void {
    const named = value.length < 200 ? this.#ids.get(value) : undefined;
    if (named) for (const ref of named) refs.add(ref);
  }

  /**
   * Feeds `value` to the hash, field by field; strings that are registry ids are noted in
   * `refs`. Articles and views are hashed by {@link article} and {@link #view}. `plain`: a record, walked without them.
   */
  #walk(h: string[], value: unknown, refs: Set<string>, plain = false, depth = 0): void {
    if (depth > 64) throw new Error("page fingerprints: the archive's data nests too deep (a cycle?)");
    // The commonest first: at 100,000 articles this runs some 30 million times a build. (Each
    // string pushed is what it always was: the same pages get the same fingerprints.)
    if (typeof value === "string") {
      h.push("\u0002" + value.length + ":" + value);
      this.#noteIds(value, refs);
      return;
    }
    if (value === null || value === undefined) {
      h.push(value === null ? "\u0001n" : "\u0001u");
      return;
    }
    if (typeof value !== "object") {
      if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") h.push("\u0003" + String(value));
      return;
    }
    if (!plain) {
      const hash = this.#articles.has(value as Article) ? this.article(value as Article) : undefined;
      if (hash !== undefined) {
        h.push("\u0004" + hash);
        return;
      }
      const view = this.#views.get(value);
      if (view) {
        h.push("\u0005" + this.#view(value, view.kind));
        return;
      }
    }
    if (value instanceof Date) {
      h.push("\u0006" + value.toISOString());
      return;
    }
    if (Array.isArray(value)) {
      h.push("[" + value.length);
      for (let i = 0; i < value.length; i++) this.#walk(h, value[i], refs, plain, depth + 1);
      h.push("]");
      return;
    }
    h.push("{");
    const object = value as Record<string, unknown>;
    // Own enumerable keys in Object.entries' order: the archive's objects are plain, with no inherited ones.
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      h.push("\u0007" + key);
      this.#walk(h, object[key], refs, plain, depth + 1);
    }
    h.push("}");
  }
}
