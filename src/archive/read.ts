/**
 * Reading the archive: every article and registry entry read, validated and cross-checked, with
 * every problem collected. Only an archive without problems is indexed (`indexes.ts`).
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { readArticle, splitFrontMatter, type Article, type ImageRef, type References } from "../content/articles.ts";
import { imageProblem, readMediaFolder } from "../content/media.ts";
import { ContentError, type Problem } from "../content/problems.ts";
import { readRegistries, readSite, type RegistryEntry } from "../content/registries.ts";
import { suggest } from "../content/suggest.ts";
import { readContentText, scanContent } from "../content/tree.ts";
import { ancestorsOf } from "../jurisdictions/tree.ts";
import { ENTRY_NOUN, LIMITS, type RegistryKind } from "../schema.ts";
import { claimProblems, type AliasClaim } from "./aliases.ts";
import { indexArchive } from "./indexes.ts";
import { fileStat, type CachedRead, type ReadCache } from "./read-cache.ts";
import { helpersFor, readInParallel, type FileToRead } from "./read-parallel.ts";
import type { Archive, LoadOptions } from "./types.ts";

const byNewest = (a: Article, b: Article) => b.published.ms - a.published.ms || a.id.localeCompare(b.id);

/**
 * Reads, validates and indexes the archive at `root`. Returns every problem found; the archive
 * only when there are none.
 */
export function readArchive(root: string, options: LoadOptions = {}): { archive?: Archive; problems: Problem[] } {
  return new ArchiveReading(root, options).result();
}

/** One article file as read: its article (when valid on its own), its problems, its address and aliases. */
interface ArticleEntry {
  article?: Article;
  problems: Problem[];
  url?: string;
  aliases: References["aliases"];
  /** what the next build's read cache keeps of a file read without problems of its own */
  images: ImageRef[];
  /** the file's stat when it was read, for the next build's read cache */
  stat?: string;
}

/**
 * The archive at `root` read once and kept as read, so that one article file changed since can be
 * read again without reading the rest (`reread`, for `npm start`), and the archive indexed anew
 * (`result`). The site's settings, registries and media folder are read once: a change to one of
 * them means a new reading.
 */
export class ArchiveReading {
  readonly #root: string;
  readonly #options: LoadOptions;
  /** problems of everything but the articles: the site, the registries, the media folder */
  readonly #problems: Problem[] = [];
  readonly #site: ReturnType<typeof readSite>["site"];
  readonly #registries: ReturnType<typeof readRegistries>["registries"];
  readonly #ancestors: Map<string, string[]>;
  readonly #media: ReturnType<typeof readMediaFolder>;
  readonly #checkRef: (kind: RegistryKind, id: string | undefined, file: string, line: number, field: string, problems: Problem[]) => void;
  readonly #getBody: () => string;
  /** the previous build's articles as read, while the archive is first read */
  #cache: ReadCache | undefined;
  /** every article file, by its path, in the order they were found */
  readonly #entries = new Map<string, ArticleEntry>();

  constructor(root: string, options: LoadOptions = {}) {
    this.#root = root;
    this.#options = options;
    const problems = this.#problems;
    const { site, problems: siteProblems } = readSite(root, { url: options.siteUrl });
    this.#site = site;
    problems.push(...siteProblems);

    const content = scanContent(root);
    problems.push(...content.problems);
    const { registries, problems: registryProblems } = readRegistries(root, content.registries);
    this.#registries = registries;
    problems.push(...registryProblems);
    const { people, jurisdictions, organizations, topics } = registries;

    const ids = {
      people: [...people.keys()],
      jurisdictions: [...jurisdictions.keys()],
      organizations: [...organizations.keys()],
      topics: [...topics.keys()],
    } satisfies Record<RegistryKind, string[]>;

    // A registry file with problems is left unread; a reference to it points at the file (a stub
    // `npm run import` wrote and nobody completed, usually), not at a missing one.
    const unread = new Set(registryProblems.map((p) => p.file));

    /** Checks one reference, reporting it with a suggestion when unknown. */
    this.#checkRef = (kind, id, file, line, field, into) => {
      if (id === undefined) return;
      const registry = registries[kind] as Map<string, RegistryEntry<{ name: string }>>;
      if (registry.has(id)) return;
      const own = `_data/${kind}/${id}.yaml`;
      const hint = suggest(id, ids[kind]);
      into.push({
        file,
        line,
        field,
        message: unread.has(own)
          ? `${ENTRY_NOUN[kind]} "${id}" cannot be used until ${own} is fixed (its problems are listed with it)`
          : `unknown ${ENTRY_NOUN[kind]} "${id}"${hint ? `; did you mean "${hint}"?` : `; add ${own} or use a known id`}`,
      });
    };
    const checkRef: CheckRef = (kind, id, file, line, field) => this.#checkRef(kind, id, file, line, field, problems);

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
    this.#ancestors = ancestors;
    for (const cycle of cycles) {
      const j = jurisdictions.get(cycle[0]!)!;
      problems.push({ file: j.file, line: j.lineOf(["parent"]), field: "parent", message: `parents form a loop: ${[...cycle, cycle[0]].join(" > ")}` });
    }

    // The media folder, then articles, whose images must be in it.
    this.#media = readMediaFolder(root);
    problems.push(...this.#media.problems);
    this.#getBody = bodyReader(root);
    this.#cache = options.cache;
    // The files the read cache knows nothing of (all of them, the first time) are parsed on every
    // core (read-parallel.ts); those it knows, by stat or by text hash, here, as they cost little.
    const cache = this.#cache;
    const files: FileToRead[] = content.articles.map((file) => ({ file, listed: content.stats.get(file) }));
    const unknown = cache ? files.filter(({ file }) => !cache.knows(file)) : files;
    const helpers = options.helpers ?? helpersFor(unknown.length);
    const first = new Map<string, ArticleRead>();
    if (helpers > 0) {
      const reads = readInParallel(root, unknown, helpers, ({ file, listed }) => readArticleFile(root, file, cache, listed));
      unknown.forEach(({ file }, i) => first.set(file, reads[i]!));
    }
    for (const { file, listed } of files) {
      this.#entries.set(file, this.#read(file, listed, first.get(file)));
      first.delete(file);
    }
    // A file read again later (`reread`) has changed since: the cache's buffer is let go.
    this.#cache = undefined;
  }

  /** The article files read, by their paths under the archive's root. */
  get files(): string[] {
    return [...this.#entries.keys()];
  }

  /**
   * Reads the article file `file` (a path under the root, as `files` lists it) again, after it
   * changed. Returns true when the archive must be indexed anew (`result`). False when the file
   * was valid and still is and changed only in what no index holds (its text, headline, summary,
   * dateline, corrections …): then the article the archive holds is updated in place, and the
   * archive as last indexed stays right without indexing 10,000 articles again.
   */
  reread(file: string): boolean {
    const before = this.#entries.get(file);
    if (!before) throw new Error(`${file} is not an article file of this reading`);
    const after = this.#read(file);
    if (before.article && after.article && !after.problems.length && !before.problems.length && indexKey(before.article) === indexKey(after.article)) {
      const { body: _, ...values } = after.article;
      for (const key of Object.keys(before.article)) if (key !== "body" && !(key in values)) delete (before.article as unknown as Record<string, unknown>)[key];
      Object.assign(before.article, values);
      Object.defineProperty(before.article, "textHash", { value: after.article.textHash, enumerable: false, configurable: true });
      return false;
    }
    this.#entries.set(file, after);
    return true;
  }

  /**
   * One article file read and checked against the registries and the media folder; `listed`: its
   * stat as the content folders were listed; `first`: what reading it gave, when it was read
   * already (by a helper thread).
   */
  #read(file: string, listed?: string, first?: ArticleRead): ArticleEntry {
    let { article: read, checks, images, url, aliases, problems, cached, stat, detached } = first ?? readArticleFile(this.#root, file, this.#cache, listed);
    // An article from the read cache names registry entries that all existed then: when they all
    // still do, there is nothing to report; otherwise the file is read again, for each unknown
    // reference's line (the cache keeps no lines: a third of it, and of the objects a build made).
    if (cached && read && !everyReference(read, (kind, id) => this.#registries[kind].has(id))) ({ article: read, checks, images, url, aliases, problems, cached, stat } = readArticleFile(this.#root, file, undefined, listed));
    const own = problems.length === 0;
    for (const c of checks) this.#checkRef(c.kind, c.id, file, c.line, c.field, problems);
    for (const image of images) {
      const message = imageProblem(image.src, this.#media.files);
      if (message) problems.push({ file, line: image.line, field: image.field, message });
    }
    const article = read && (cached || detached ? withBody(read, this.#getBody) : heldArticle(read, this.#getBody));
    return { article, problems, url, aliases, images: own ? images : [], stat };
  }

  /**
   * What the next build's read cache (`read-cache.ts`) keeps: each article file read without
   * problems, by path and text hash. Read when the build has succeeded.
   */
  *cacheRecords(): Generator<[string, string, string | undefined, () => CachedRead]> {
    for (const [file, { article, problems, images, url, aliases, stat }] of this.#entries) {
      if (!article?.textHash || problems.length) continue;
      yield [file, article.textHash, stat, () => {
        const values: Record<string, unknown> = {};
        for (const key of Object.keys(article)) if (key !== "body") values[key] = article[key as keyof Article];
        return { article: values as Omit<Article, "body">, images, url, aliases };
      }];
    }
  }

  /** The archive, indexed from the articles as last read, or every problem when there are any. */
  result(): { archive?: Archive; problems: Problem[] } {
    const problems = [...this.#problems];
    const all: Article[] = [];
    const byUrl = new Map<string, Article>();
    // Every file's address and aliases, for the aliases' check: an article with other problems is checked too.
    const addresses: { file: string; url: string }[] = [];
    const claims: AliasClaim[] = [];
    for (const [file, { article, problems: p, url, aliases }] of this.#entries) {
      problems.push(...p);
      if (url) addresses.push({ file, url });
      if (aliases.length) claims.push({ file, url, aliases });
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
    // Once every article's address is known: an alias may claim one in a later file.
    problems.push(...claimProblems(addresses, claims));

    const site = this.#site;
    if (problems.length || !site) return { problems };
    const options = this.#options;
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const articles = all.filter((a) => options.includeDrafts || !a.draft).sort(byNewest);
    const { people, jurisdictions, organizations, topics } = this.#registries;
    return { archive: indexArchive(site, articles, { people, jurisdictions, organizations, topics }, this.#ancestors, today), problems };
  }
}

/** What of an article the archive's indexes hold or sort by: when it is unchanged, an edit changes the article's own pages alone. */
function indexKey(a: Article): string {
  const { id, url, draft, published, authors, people, jurisdictions, organizations, topics, events, figureCredits, aliases } = a;
  return JSON.stringify([id, url, draft, published, authors, people, jurisdictions, organizations, topics, events, figureCredits, aliases, a.source?.organization]);
}

/**
 * The article as the archive holds it until the build ends: its own copy of every value, and its
 * Markdown body read from its file each time it is asked for (its page, the site's feed and its
 * first excerpt ask), not held. At 100,000 articles the bodies would be most of the archive's
 * memory, and a build renders them one at a time. The copy matters as much: the YAML parser's
 * values are slices of the file's text, and V8 keeps a sliced string's whole parent alive, so
 * a headline would hold its whole file (6 KB an article, 600 MB at 100,000). Every article of
 * the archive gets the same getter (`bodyReader`), added to the copy as a new property: a getter
 * of its own for each article, or a data property redefined as one, would give every article a
 * hidden class of its own, or none (a hash table of its properties, about 2 KB an article more).
 */
function heldArticle(read: Article, getBody: () => string): Article {
  // (A record from the read cache is not cloned: it was deserialized just now, from no file's text.)
  const { body: _, ...values } = read;
  const article = structuredClone(values) as Article;
  Object.defineProperty(article, "body", { enumerable: true, configurable: true, get: getBody });
  // Not enumerable, so the spread above left it out: the hash an incremental build's fingerprints
  // take for the text (src/incremental/fingerprints.ts), instead of reading every body again.
  if (read.textHash) Object.defineProperty(article, "textHash", { value: read.textHash, enumerable: false, configurable: true });
  return article;
}

/** An article from the read cache, fresh from deserialization (no file's text to hold): its body's getter added in place. */
function withBody(read: Article, getBody: () => string): Article {
  return Object.defineProperty(read, "body", { enumerable: true, configurable: true, get: getBody });
}

/**
 * The getter of `body` for the articles of the archive at `root`: the body read from the
 * article's file. The file was validated moments before; if it changed or went away since, the
 * build stops and names it.
 */
function bodyReader(root: string): () => string {
  return function (this: Article): string {
    // A page asks more than once as it renders (its description, then its text): one read.
    if (lastBody?.article === this) return lastBody.body;
    const { file } = this;
    const { text, problems } = readContentText(root, file, LIMITS.articleBytes);
    const split = text === undefined ? undefined : splitFrontMatter(text);
    if (!split) throw new ContentError([{ file, line: problems[0]?.line ?? 1, field: "body", message: `the article changed or went away while the archive was being built${problems[0] ? `: ${problems[0].message}` : ""}` }]);
    lastBody = { article: this, body: split.body };
    setImmediate(() => {
      lastBody = undefined;
    });
    return split.body;
  };
}

/** The body last read, until the event loop turns: one article's, never the archive's. */
let lastBody: { article: Article; body: string } | undefined;

/**
 * One article file read and validated on its own: its problems, the registry references it makes
 * (with the line and field of each, for the problem if the id is unknown) and the images it
 * shows.
 */
export interface ArticleRead {
  article?: Article;
  problems: Problem[];
  checks: RefCheck[];
  images: ImageRef[];
  /** the address the file's name gives, and its well-formed aliases: checked across the archive even when other fields are wrong */
  url?: string;
  aliases: References["aliases"];
  /** taken from the read cache, not parsed */
  cached?: boolean;
  /** read in a helper thread (read-parallel.ts): its values hold no slice of the file's text, and the article has no body */
  detached?: boolean;
  /** the file's stat as it was read (src/archive/read-cache.ts) */
  stat?: string;
}

/**
 * Reads and validates one article file; registry references are checked by the caller. `listed`:
 * its stat key (src/content/tree.ts) when the content folders were listed, taken before its text
 * like its own would be, which saves looking at 100,000 files twice.
 */
export function readArticleFile(root: string, file: string, cache?: ReadCache, listed?: string): ArticleRead {
  // Its stat before its text: a file changed in between is read again next time.
  const stat = listed ?? fileStat(join(root, file));
  const fromCache = (textHash: string) => {
    const cached = cache?.get(file, textHash);
    if (!cached) return undefined;
    // The same text read by the same code: what reading it gave then, without parsing it again.
    const article = Object.defineProperty(cached.article, "textHash", { value: textHash, enumerable: false, configurable: true }) as Article;
    return { article, problems: [], checks: [], images: cached.images, url: cached.url, aliases: cached.aliases, cached: true, stat };
  };
  // Unchanged since the previous build read it, by its stat: not read at all.
  const unchanged = cache?.unchanged(file, stat);
  const known = unchanged ? fromCache(unchanged) : undefined;
  if (known) {
    cache!.trusted++;
    return known;
  }
  const { text, problems } = readContentText(root, file, LIMITS.articleBytes);
  if (text === undefined) return { problems, checks: [], images: [], aliases: [] };
  const textHash = createHash("sha256").update(text).digest("base64url");
  const cached = fromCache(textHash);
  if (cached) return cached;
  const { article, references, problems: articleProblems } = readArticle(file, text);
  // Kept out of the article's fields (not enumerable), so no page, feed or API file shows it.
  if (article) Object.defineProperty(article, "textHash", { value: textHash, enumerable: false, configurable: true });
  // Not the references themselves: their lineOf holds the file's whole YAML document.
  return {
    stat,
    article,
    problems: articleProblems,
    checks: references ? referenceChecks(references) : [],
    images: references?.images ?? [],
    url: references?.url,
    aliases: references?.aliases ?? [],
  };
}

/** A reference to a registry entry, checked once the registries are known. */
interface RefCheck {
  kind: RegistryKind;
  id: string;
  line: number;
  field: string;
}

type CheckRef = (kind: RegistryKind, id: string | undefined, file: string, line: number, field: string) => void;

/** What names registry entries: an article, or what reading its file found. */
type Referrer = Pick<References, "authors" | "people" | "jurisdictions" | "organizations" | "topics" | "events" | "source" | "figureCredits">;
/** A reference's field, as `field[i]` or `field[i].inner[k]` (`source.organization`: `i` is -1), without an array made for each of 100,000 articles' references. */
type Visit = (kind: RegistryKind, id: string, field: string, i: number, inner?: string, k?: number) => boolean;

/**
 * Each registry reference `r` makes, in order, with where it is. True when `visit` returned true
 * for every one; stops at the first for which it returns false.
 */
function everyReference(r: Referrer, visit: Visit): boolean {
  for (const [kind, field] of REFERENCE_LISTS) for (let i = 0; i < r[field].length; i++) if (!visit(kind, r[field][i]!, field, i)) return false;
  if (r.source?.organization !== undefined && !visit("organizations", r.source.organization, "source", -1, "organization")) return false;
  for (let i = 0; i < r.events.length; i++) {
    const { people, jurisdictions } = r.events[i]!;
    for (let k = 0; k < people.length; k++) if (!visit("people", people[k]!, "events", i, "people", k)) return false;
    for (let k = 0; k < jurisdictions.length; k++) if (!visit("jurisdictions", jurisdictions[k]!, "events", i, "jurisdictions", k)) return false;
  }
  for (let i = 0; i < r.figureCredits.length; i++) if (!visit("people", r.figureCredits[i]!.by, "figureCredits", i)) return false;
  return true;
}
const REFERENCE_LISTS = [["people", "authors"], ["people", "people"], ["jurisdictions", "jurisdictions"], ["organizations", "organizations"], ["topics", "topics"]] as const;

/** Every registry reference of one article, with the line and field of each. */
function referenceChecks(r: References): RefCheck[] {
  const checks: RefCheck[] = [];
  everyReference(r, (kind, id, field, i, inner, k) => {
    if (field === "figureCredits") checks.push({ kind, id, line: r.figureCredits[i]!.line, field: "figure.by" });
    else if (i < 0) checks.push({ kind, id, line: r.lineOf([field, inner!]), field: `${field}.${inner}` });
    else if (inner === undefined) checks.push({ kind, id, line: r.lineOf([field, i]), field: `${field}[${i}]` });
    else checks.push({ kind, id, line: r.lineOf([field, i, inner, k!]), field: `${field}[${i}].${inner}[${k}]` });
    return true;
  });
  return checks;
}

/** Like {@link readArchive}, but throws a {@link ContentError} listing every problem. */
export function loadArchive(root: string, options: LoadOptions = {}): Archive {
  const { archive, problems } = readArchive(root, options);
  if (!archive) throw new ContentError(problems);
  return archive;
}

