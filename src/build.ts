/**
 * The build, in stages: validate the content, render with Eleventy, index with Pagefind. It
 * writes to a fresh folder beside the output and swaps it in only when every stage succeeded,
 * so a failed build never leaves half a site to deploy. It replaces only a folder it made
 * (src/output.ts), so a mistyped `--output` cannot delete anybody's files.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { register } from "tsx/esm/api";
import { ArchiveReading, ReadCache, readArchive, readCachePath, writeReadCache, type Archive, type Article } from "./archive.ts";
import { ContentError } from "./content/problems.ts";
import { allPagedLists, listOfTemplate, pagedListPages, preloadArchive, setRenderPass, type PagedLists, type RenderPass } from "./eleventy/plugin.ts";
import type { EleventyConfig } from "./eleventy/types.ts";
import { renderPagesAsWritten } from "./eleventy/render-on-write.ts";
import { BUILD_MARKER, assertSafeOutput, makeStaging, markBuild, swapInto } from "./output.ts";
import { writeHeaders } from "./publish/headers.ts";
import { archiveFingerprint, codeFingerprint, linkPart, partOfMonth, partProblems, readPartManifest, writePartManifest, type Shard } from "./parts.ts";
import { HOSTS, hostWarnings, siteStats, type HostLimits, type SiteStats } from "./publish/hosts.ts";
import { DEFAULT_SHARD_SIZE, NEWEST_SHARD_SIZE, StreamingIndex, articleMonth, finishIncrementalIndex, finishIndex, monthsOf, planShards, shardsByMonth, type PlannedShard } from "./search/pagefind.ts";
import { searchMarkupByFile } from "./search/markup.ts";
import { articleKey, articlesWalkedAgain, fingerprintPagesAsync, listItemKey } from "./incremental/fingerprints.ts";
import { applyInPlace, finishInterruptedApply, planApply, statsOf, syncMedia, takeInventory, type Kept } from "./incremental/apply.ts";
import { MANIFEST_VERSION, fileOfUrl, readManifest, removeManifest, siteFingerprint, writeManifest, type BuildManifest } from "./incremental/manifest.ts";
import { reusePrevious, shardsAsBefore, siteChanges, type Reuse } from "./incremental/reuse.ts";
import type { ShardEntry } from "./browser/search/shards.ts";

/** The repository's own folder, where eleventy.config.ts lives. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface BuildOptions {
  /** the archive: articles/, _data/, _includes/, pages/, assets/ */
  root: string;
  /**
   * where the site goes; default `<root>/_site`. Refused when it is or holds the archive or
   * the repository, or is a folder of other files than a previous build's.
   */
  output?: string;
  /** overrides `pathPrefix` in _data/site.yaml, e.g. /archive/ */
  pathPrefix?: string;
  /** overrides `url` in _data/site.yaml: where the site is deployed */
  siteUrl?: string;
  /** the day the build takes as today, YYYY-MM-DD (roles held "now", empty feeds' dates); default the real one */
  today?: string;
  /** print Eleventy's per-file log */
  verbose?: boolean;
  /** told when a stage starts and ends, and as Eleventy writes pages; the CLI draws it (scripts/lib/progress.ts) */
  progress?: (event: BuildProgress) => void;
  /** the limits to check the output against; default those of `host` in _data/site.yaml (src/publish/hosts.ts) */
  hostLimits?: HostLimits;
  /** the most articles in one search index shard (src/search/pagefind.ts); default 2,500 */
  searchShardSize?: number;
  /** the most paged-list pages (people, places, days, months, feeds …) in one Eleventy run of a large archive's build; default 5,000 */
  listRunSize?: number;
  /**
   * the search index laid out as a build in this many parts lays it out (src/parts.ts), so that
   * this build's output is, file for file, what `assembleSite` makes of the parts; default 1
   */
  parts?: number;
  /**
   * render every page, even when the previous build's site and manifest would let this build
   * render only what changed (src/incremental/); `--full`
   */
  full?: boolean;
  /** list the site's files that differ from the previous site's in the result (`changes`), e.g. for a pull request's preview */
  listChanges?: boolean;
}

export type BuildStage = "validate" | "plan" | "reuse" | "eleventy" | "pagefind" | "assemble" | "swap";

/**
 * What a long build reports as it goes. `done` and `total` count pages, in the eleventy stage.
 * `part`: which part of a build in parts this is, once the archive is read (`part` 0 for the
 * assembly of `parts` parts).
 */
export type BuildProgress =
  | { type: "part"; part: number; parts: number; articles: number; of: number; years: string[] }
  | { type: "start"; stage: BuildStage }
  | { type: "pages"; stage: "eleventy"; done: number; total: number }
  | { type: "end"; stage: BuildStage; ms: number; articles?: number; pages?: number; files?: number };

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface BuildResult {
  output: string;
  articles: number;
  pagesWritten: number;
  pagesIndexed: number;
  timings: StageTiming[];
  /** bytes, files and largest file of the output */
  size: SiteStats;
  /** one line per limit of the host named in _data/site.yaml that the output passes */
  warnings: string[];
  /** an incremental build: what it rendered again and kept of the previous build (a full build has none) */
  incremental?: { pagesKept: number; shardsIndexed: number; shardsKept: number; /** of those indexed, the shards started before the pages' fingerprints were worked out */ shardsIndexedEarly: number };
  /** with `listChanges`: the site's files written anew or with other bytes than the previous site's, and those gone, relative to the site */
  changes?: { written: string[]; deleted: string[] };
  /** article files parsed and validated anew: all of them, less those the previous build's read cache had as they are (src/archive/read-cache.ts) */
  reread?: number;
  /** the article files read from disk: the others' size, time and inode are what they were when the previous build read them (src/archive/read-cache.ts) */
  filesRead?: number;
}

async function timed<T>(timings: StageTiming[], stage: BuildStage, fn: () => Promise<T> | T, progress?: BuildOptions["progress"], count?: (result: T) => { articles?: number; pages?: number; files?: number }): Promise<T> {
  const start = performance.now();
  progress?.({ type: "start", stage });
  const result = await fn();
  const ms = performance.now() - start;
  timings.push({ stage, ms });
  progress?.({ type: "end", stage, ms, ...count?.(result) });
  return result;
}

let tsxRegistered = false;
/** Eleventy imports eleventy.config.ts with Node's own import(); tsx teaches Node TypeScript. */
function ensureTypeScriptImports(): void {
  if (tsxRegistered) return;
  register();
  tsxRegistered = true;
}

/**
 * Builds the archive at `options.root`. Throws {@link ContentError} when the content has problems.
 *
 * Incremental when it can be (issue 12, item 3): when the output holds a previous build whose
 * manifest (src/incremental/manifest.ts) says it was made by this code from these templates,
 * site settings and options, the pages whose fingerprint (src/incremental/fingerprints.ts) is
 * unchanged and the search shards none of whose articles changed are kept where they are, and
 * only the rest is rendered and indexed, beside the site, then moved in (src/incremental/apply.ts);
 * the site's single pages (home, search, sitemap, the API's whole-archive files), static files
 * and scripts are always made anew, and images copied when they changed. The result is the
 * full build's, file for file (test/build/incremental.test.ts). `full` renders everything.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root);
  const output = resolve(options.output ?? join(root, "_site"));
  const timings: StageTiming[] = [];

  checkPathPrefix(options.pathPrefix);
  assertSafeOutput(output, protectedFolders(root));
  const { progress } = options;
  const code = codeFingerprint(PACKAGE_ROOT);
  // A previous incremental build stopped while it moved its changes in: finished first.
  finishInterruptedApply(output);
  // The previous build's articles as read: only files whose text changed are parsed again.
  const cache = options.full ? undefined : ReadCache.open(readCachePath(output), code);
  const { reading, archive, problems } = await timed(timings, "validate", () => {
    const reading = new ArchiveReading(root, { siteUrl: options.siteUrl, today: options.today, cache });
    return { reading, ...reading.result() };
  }, progress, (r) => ({ articles: r.archive?.articles.length }));
  if (!archive) throw new ContentError(problems);

  // Planned before the staging folder exists: a bad shard size leaves nothing behind.
  const plan = searchShards(archive, options.searchShardSize, options.parts);
  const lists = allPagedLists(archive);
  const previous = options.full ? undefined : readManifest(output);
  const site = siteFingerprint(root, code, archive.site, options);
  // The previous build's article hashes, when its code, templates and settings were these.
  const known = previous?.site === site ? { inputs: previous.articles, pages: previous.pages } : undefined;
  const incremental = known && existsSync(join(output, BUILD_MARKER)) ? previous : undefined;
  const staging = makeStaging(output);
  let search: StreamingIndex | undefined;
  let early: EarlyIndex | undefined;
  try {
    // A full build needs the pages' fingerprints only for the manifest it writes at the end, so
    // they are worked out while the pages are rendered: in the turns the build waits for its
    // search indexers, which take article pages slower than Eleventy renders them.
    const fingerprinting = incremental ? undefined : fingerprintPagesAsync(archive, lists, known);
    fingerprinting?.catch(() => undefined);
    let planned = incremental
      ? await timed(timings, "plan", async () => {
          // The shards of the articles that changed are indexed again from now, beside the fingerprints.
          ({ search, early } = await indexEarly(root, staging, output, archive, plan, incremental, options));
          return fingerprintPagesAsync(archive, lists, known);
        }, progress)
      : undefined;
    const shardOf = shardsByMonth(plan);
    const shardOfArticle = new Map(archive.articles.map((a) => [articleKey(a), shardOf.get(articleMonth(a.url))!]));
    const reuse = incremental ? await timed(timings, "reuse", () => withEarly(reusePrevious(output, incremental, planned!.pages, plan, shardOfArticle), early, plan), progress, (r) => ({ pages: r.kept.size })) : undefined;
    search ??= new StreamingIndex(join(staging, "pagefind"), plan, searchMarkupByFile(archive), reuse?.reindex);
    search.include(reuse?.reindex ?? []);
    const files = new PageFiles(archive);
    const rendering = () => reuse ? renderChanges(root, staging, output, archive, lists, plan, search!, options, reuse, files, early) : renderArchive(root, staging, archive, plan, search!, options, undefined, files);
    // A full build's stage of rendering ends with its fingerprints worked out, done in its turns.
    const pagesWritten = await timed(timings, "eleventy", async () => {
      const pages = await rendering();
      planned ??= await fingerprinting!;
      return pages;
    }, progress, (pages) => ({ pages }));
    // What is left of indexing once the last page is rendered: the last shard's bundle.
    const index = search;
    const { pages: pagesIndexed } = await timed(timings, "pagefind", async () => {
      const stats = await index.finish();
      return reuse ? finishIncrementalIndex(join(staging, "pagefind"), plan, [...reuse.keptShards, ...stats.entries], reuse.reindex) : stats;
    }, progress, (r) => ({ pages: r.pages }));
    const entries = (JSON.parse(readFileSync(join(staging, "pagefind/shards.json"), "utf8")) as { shards: BuildManifest["search"] }).shards;
    const { pages: fingerprints, inputs } = planned!;
    const manifest: Omit<BuildManifest, "others" | "size"> = { version: MANIFEST_VERSION, site, plan, search: entries, pages: files.manifest(fingerprints, reuse), articles: inputs };
    const published = reuse
      ? await applyChanges(root, staging, output, archive, options, timings, incremental!, manifest, reuse)
      : await publishSite(staging, output, archive, options, timings, manifest, options.listChanges);
    // For the next build, unless every file was read from this one's cache as it is.
    const articleFiles = reading.files.length;
    if (!cache || cache.trusted !== articleFiles || cache.size !== articleFiles) writeReadCache(readCachePath(output), code, reading.cacheRecords(), cache);
    return {
      output, articles: archive.articles.length, pagesWritten, pagesIndexed, timings, size: published.size, warnings: published.warnings, changes: published.changes, reread: articleFiles - (cache?.hits ?? 0), filesRead: articleFiles - (cache?.trusted ?? 0),
      ...(reuse ? { incremental: { pagesKept: reuse.kept.size, shardsIndexed: reuse.reindex.length, shardsKept: reuse.keptShards.length, shardsIndexedEarly: early?.shards.size ?? 0 } } : {}),
    };
  } catch (error) {
    await early?.done.catch(() => undefined);
    await search?.abort();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The most article pages an incremental build renders before it works out the fingerprints ({@link indexEarly}). */
const EARLY_PAGES = 2_500;

/** The search shards an incremental build indexes again before it knows which pages changed. */
interface EarlyIndex {
  shards: Set<PlannedShard>;
  /** the keys of their article pages rendered already */
  rendered: Set<string>;
  /** resolves with the number of pages rendered once every page of those shards is handed to the index */
  done: Promise<number>;
}

/**
 * The search shards an incremental build will index again, whatever the pages' fingerprints say,
 * started before they are worked out: at 100,000 articles the fingerprints take about 11 s of the
 * build's one thread while the second core waits, and a shard's indexing 5 to 10 s of Pagefind's.
 * When the registries and the day are unchanged, an article's page changes exactly when its
 * file does, or it is new (src/incremental/fingerprints.ts): its shard is indexed again, as is a
 * shard planned otherwise than before (an article added or deleted). Those articles' pages are
 * rendered now, and the shards' pages handed to the index in the archive's order (the others
 * read from the previous site) while the fingerprints are worked out. A shard with a page missing
 * from the previous site is left to the ordinary way (`renderChanges`), as is everything when a
 * registry or the day changed. Returns no early index when there is nothing to start.
 */
async function indexEarly(root: string, staging: string, output: string, archive: Archive, plan: PlannedShard[], previous: BuildManifest, options: BuildOptions): Promise<{ search?: StreamingIndex; early?: EarlyIndex }> {
  const walked = articlesWalkedAgain(archive, { inputs: previous.articles, pages: previous.pages });
  if (walked.registriesChanged) return {};
  const shardOf = shardsByMonth(plan);
  const changed = new Set(walked.articles);
  const asBefore = shardsAsBefore(output, previous, plan);
  const touched = new Set([...walked.articles.map((a) => shardOf.get(articleMonth(a.url))!), ...plan.filter((shard) => !asBefore.has(shard))]);
  const byShard = articlesByShard(archive, plan, [...touched]);
  const shards = plan.filter((shard) => touched.has(shard) && byShard.get(shard)!.every((a) => changed.has(a) || existsSync(join(output, fileOfUrl(a.url)))));
  if (!shards.length) return {};
  const toRender = shards.flatMap((shard) => byShard.get(shard)!.filter((a) => changed.has(a)));
  // Their pages are held until handed to the index: a change of many articles takes the ordinary way, a shard at a time.
  if (toRender.length > EARLY_PAGES) return {};
  const search = new StreamingIndex(join(staging, "pagefind"), plan, searchMarkupByFile(archive), shards);
  const html = new Map<string, string>();
  preloadArchive(root, archive);
  const render = { pathPrefix: options.pathPrefix, verbose: options.verbose, pass: { articles: toRender } };
  const written = toRender.length ? await renderSite(root, staging, { ...render, onPage: (url, _path, page) => void html.set(url, page) }) : 0;
  const done = (async () => {
    for (const shard of [...shards].reverse()) await indexShardPages(search, byShard.get(shard)!, html, output);
    return written;
  })();
  done.catch(() => undefined);
  return { search, early: { shards: new Set(shards), rendered: new Set(toRender.map(articleKey)), done } };
}

/**
 * One shard's article pages handed to the index in the archive's order: those rendered by this
 * build from `rendered` (taken out of it as they go), the others read from the previous site in
 * `output`; then at most one shard left being written.
 */
async function indexShardPages(search: StreamingIndex, articles: readonly Article[], rendered: Map<string, string>, output: string): Promise<void> {
  for (const article of articles) {
    const file = fileOfUrl(article.url);
    await search.add(file, rendered.get(article.url) ?? readFileSync(join(output, file), "utf8"));
    rendered.delete(article.url);
  }
  await search.drain();
}

/**
 * `reuse` with the shards indexed early among those indexed again, in the plan's order. Every
 * article page it renders again in those shards must have been rendered early: the early index
 * holds those pages as this build renders them.
 */
function withEarly(reuse: Reuse, early: EarlyIndex | undefined, plan: readonly PlannedShard[]): Reuse {
  if (!early) return reuse;
  const reindex = new Set([...reuse.reindex, ...early.shards]);
  const shardOf = shardsByMonth(plan);
  for (const key of reuse.render) {
    if (!key.startsWith("article ") || early.rendered.has(key)) continue;
    if (early.shards.has(shardOf.get(articleMonth(key.slice("article ".length)))!)) throw new Error(`incremental build: ${key.slice("article ".length)} changed, but its search shard was indexed early without it`);
  }
  const indexedEarly = new Set([...early.shards].map((shard) => shard.from));
  return { ...reuse, reindex: plan.filter((shard) => reindex.has(shard)), keptShards: reuse.keptShards.filter((entry) => !indexedEarly.has(entry.from)) };
}

/**
 * An incremental build's last steps (src/incremental/apply.ts): the archive's images that
 * changed copied into the overlay, what the overlay replaces and deletes worked out, the site's
 * size and `_headers` from the previous manifest and what changes, and the overlay moved into
 * the output in place, with the new manifest beside it.
 */
async function applyChanges(root: string, overlay: string, output: string, archive: Archive, options: BuildOptions, timings: StageTiming[], previous: BuildManifest, manifest: Omit<BuildManifest, "others" | "size">, reuse: Reuse): Promise<Published> {
  const media = syncMedia(root, output, overlay);
  const single = manifest.plan.length <= 1;
  const kept: Kept = {
    pages: new Set(reuse.kept.keys()),
    shards: single ? (reuse.reindex.length ? new Set() : "all") : new Set(reuse.keptShards.map((entry) => entry.from)),
    sharedSearchFiles: !single && !reuse.reindex.length,
    media: media.kept,
  };
  const plan = planApply(output, overlay, previous, manifest.pages, kept, Boolean(options.listChanges));
  const whole: BuildManifest = { ...manifest, others: plan.others, size: plan.size };
  await timed(timings, "swap", () => applyInPlace(output, overlay, plan.deletes, whole), options.progress);
  const size = statsOf(plan.size, output);
  const host = options.hostLimits ?? (archive.site.host ? HOSTS[archive.site.host] : undefined);
  return { size, warnings: host ? hostWarnings(size, host) : [], ...(plan.written ? { changes: { written: plan.written, deleted: plan.deletes } } : {}) };
}

interface Published {
  size: SiteStats;
  warnings: string[];
  changes?: BuildResult["changes"];
}

/**
 * The site paths each article page and paged-list page was written to, for the manifest: an
 * article's is its URL; a list item's are the URLs Eleventy gives the pages of the templates
 * that page through its list (a year has its page and its API file), read from each run's
 * content map, whose URLs are in the order of the run's items.
 */
class PageFiles {
  readonly #archive: Archive;
  readonly #urls = new Map<string, string[]>();
  readonly #lists = new Map<string, string | undefined>();

  constructor(archive: Archive) {
    this.#archive = archive;
  }

  /** Told each run's content map (https://www.11ty.dev/docs/events/#eleventy.contentmap). */
  readonly onContentMap = (inputPathToUrl: Record<string, (string | false)[]>): void => {
    const lists = (this.#archive as Archive & { lists: PagedLists }).lists as unknown as Record<string, unknown[]>;
    for (const [inputPath, urls] of Object.entries(inputPathToUrl)) {
      let list = this.#lists.get(inputPath);
      if (!this.#lists.has(inputPath)) this.#lists.set(inputPath, (list = inputPath.endsWith(".njk") ? listOfTemplate(resolve(inputPath)) : undefined));
      if (!list) continue;
      const items = lists[list] ?? [];
      if (items.length !== urls.length) throw new Error(`${inputPath}: ${urls.length} pages for ${items.length} items of the list ${list}`);
      urls.forEach((url, i) => {
        if (typeof url !== "string") return;
        const key = listItemKey(list, items[i]);
        const known = this.#urls.get(key);
        if (known) known.push(url);
        else this.#urls.set(key, [url]);
      });
    }
  };

  /** Every page's fingerprint and files: those rendered by this build, and those it kept. */
  manifest(fingerprints: Map<string, string>, reuse?: Reuse): BuildManifest["pages"] {
    const pages: BuildManifest["pages"] = {};
    for (const [key, fingerprint] of fingerprints) {
      const urls = reuse?.kept.get(key) ?? (key.startsWith("article ") ? [key.slice("article ".length)] : (this.#urls.get(key) ?? []));
      pages[key] = [fingerprint, ...urls.sort()];
    }
    return pages;
  }
}

/**
 * An incremental build's rendering: the article pages whose fingerprint changed, a search shard
 * at a time, each changed shard indexed again from its pages (those rendered now as they are
 * rendered, the others read from the previous site, in the archive's order); then the paged lists' changed pages, in runs of at most `listRunSize`; then the
 * site's single pages, static files and scripts (the images are left to `applyChanges`), all into
 * the overlay `staging`. Returns the number of pages written.
 */
async function renderChanges(root: string, staging: string, output: string, archive: Archive, lists: PagedLists, plan: PlannedShard[], search: StreamingIndex, options: BuildOptions, reuse: Reuse, files: PageFiles, early?: EarlyIndex): Promise<number> {
  const changedArticles = archive.articles.filter((a) => reuse.render.has(articleKey(a)) && !early?.rendered.has(articleKey(a)));
  const changedItems = Object.entries(lists).flatMap(([name, items]) => (items as unknown[]).map((item) => listItemKey(name, item)).filter((key) => reuse.render.has(key)));
  const counter = options.progress ? new PageCounter(options.progress, changedArticles.length + changedItems.length) : undefined;
  const rendered = new Map<string, string>();
  const run = (pass: RenderPass, onPage?: RenderOptions["onPage"]) => {
    preloadArchive(root, archive);
    return renderSite(root, staging, { ...options, pass, onPage, counter, onContentMap: files.onContentMap });
  };
  const shardOf = shardsByMonth(plan);
  const byShard = articlesByShard(archive, plan, plan);
  const reindexed = new Set(reuse.reindex);
  const stray = changedArticles.filter((a) => !reindexed.has(shardOf.get(articleMonth(a.url))!));
  if (stray.length) throw new Error(`incremental build: ${stray[0]!.url} is rendered again but its search shard is not indexed again`);

  let written = 0;
  const late = reuse.reindex.filter((shard) => !early?.shards.has(shard));
  // At most one shard being written while the next one fills: the early ones first.
  if (late.length && early) written += await early.done;
  for (const shard of [...late].reverse()) {
    const articles = byShard.get(shard)!;
    const changed = articles.filter((a) => reuse.render.has(articleKey(a)));
    if (changed.length) written += await run({ articles: changed }, (url, _path, html) => void rendered.set(url, html));
    await indexShardPages(search, articles, rendered, output);
  }
  const size = options.listRunSize ?? LIST_RUN_SIZE;
  for (let start = 0; start < changedItems.length; start += size) written += await run({ lists: { only: new Set(changedItems.slice(start, start + size)) } });
  written += await run({ skipArticles: true, skipLists: true, skipMedia: true });
  return written + (early && !late.length ? await early.done : 0);
}

/**
 * The last steps of a whole site's build (one build or an assembly): `_headers` from what the
 * site's top level holds (one rule per file and folder, src/publish/headers.ts), the build's mark,
 * its size against the host's limits, the comparison with the previous site that `listChanges`
 * asks for, and the swap into place, with the build's manifest beside it
 * (src/incremental/manifest.ts), completed with the site's inventory.
 */
async function publishSite(staging: string, output: string, archive: Archive, options: BuildOptions, timings: StageTiming[], manifest?: Omit<BuildManifest, "others" | "size">, listChanges?: boolean): Promise<Published> {
  writeHeaders(staging);
  markBuild(staging);
  const changes = listChanges ? siteChanges(output, staging) : undefined;
  let size: SiteStats;
  let whole: BuildManifest | undefined;
  if (manifest) {
    const pageFiles = new Set(Object.values(manifest.pages).flatMap((entry) => entry.slice(1).map(fileOfUrl)));
    const inventory = takeInventory(staging, pageFiles);
    whole = { ...manifest, ...inventory };
    size = statsOf(inventory.size, staging);
  } else size = siteStats(staging);
  const host = options.hostLimits ?? (archive.site.host ? HOSTS[archive.site.host] : undefined);
  const warnings = host ? hostWarnings(size, host) : [];
  // The previous site's manifest goes before the site does, and the new one comes after it: a
  // manifest always describes the site beside it (src/incremental/manifest.ts).
  removeManifest(output);
  await timed(timings, "swap", () => swapInto(staging, output), options.progress);
  if (whole) writeManifest(output, whole);
  return { size, warnings, ...(changes ? { changes } : {}) };
}

function checkPathPrefix(pathPrefix: string | undefined): void {
  if (pathPrefix !== undefined && !/^\/([^/\s]+\/)*$/.test(pathPrefix)) {
    throw new Error(`the path prefix "${pathPrefix}" should start and end with /, e.g. /archive/`);
  }
}

/** Folders no output may be or hold. */
function protectedFolders(root: string): { path: string; name: string }[] {
  return [
    { path: root, name: "the archive's own folder" },
    { path: PACKAGE_ROOT, name: "Morgue's own folder, the repository" },
  ];
}

/** The years ("YYYY") of some articles, each once, in order. */
const yearsOf = (articles: readonly Article[]) => [...new Set(articles.map((a) => articleMonth(a.url).slice(0, 4)))].sort();

/**
 * Builds one part of a build in parts (`--shard i/n`, src/parts.ts) into its own folder (default
 * `<root>/_site.shard-i-of-n`): the article pages of the part's years, their search shards and
 * the part's manifest, nothing else. Validates the whole archive, as every build does: an article
 * page shows what the rest of the archive says about its people and places.
 */
export async function buildPart(options: BuildOptions & { shard: Shard }): Promise<BuildResult> {
  const root = resolve(options.root);
  const { part, parts } = options.shard;
  const output = resolve(options.output ?? join(root, `_site.shard-${part}-of-${parts}`));
  const timings: StageTiming[] = [];
  checkPathPrefix(options.pathPrefix);
  assertSafeOutput(output, protectedFolders(root));
  // One day for every part and the assembly, which takes it from the parts' manifests.
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { progress } = options;
  const { archive, problems } = await timed(timings, "validate", () => readArchive(root, { siteUrl: options.siteUrl, today }), progress, (r) => ({ articles: r.archive?.articles.length }));
  if (!archive) throw new ContentError(problems);

  const plan = searchShards(archive, options.searchShardSize, parts);
  const partOf = partOfMonth(parts);
  const only = plan.filter((shard) => partOf(shard.from) === part - 1);
  const articles = archive.articles.filter((a) => partOf(articleMonth(a.url)) === part - 1);
  progress?.({ type: "part", part, parts, articles: articles.length, of: archive.articles.length, years: yearsOf(articles) });
  const staging = makeStaging(output);
  const search = new StreamingIndex(join(staging, "pagefind"), plan, searchMarkupByFile(archive), only);
  try {
    const pagesWritten = await timed(timings, "eleventy", () => renderArchive(root, staging, archive, plan, search, options, only), progress, (pages) => ({ pages }));
    const { pages: pagesIndexed, entries } = await timed(timings, "pagefind", () => search.finish(), progress, (r) => ({ pages: r.pages }));
    writePartManifest(staging, {
      version: 1,
      part,
      parts,
      archive: archiveFingerprint(root),
      code: codeFingerprint(PACKAGE_ROOT),
      options: { pathPrefix: options.pathPrefix ?? null, siteUrl: options.siteUrl ?? null, searchShardSize: options.searchShardSize ?? null, today },
      articles: articles.map((a) => a.url),
      search: entries,
    });
    markBuild(staging);
    const size = siteStats(staging);
    await timed(timings, "swap", () => swapInto(staging, output), progress);
    return { output, articles: articles.length, pagesWritten, pagesIndexed, timings, size, warnings: [] };
  } catch (error) {
    await search.abort();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Joins the parts of a build in parts (`--assemble DIR...`) into one site: checks that they are
 * parts 1 to n of one build of this archive by this code, validates the archive, renders every
 * page that is not an article page (home, people, places, topics, dates, feeds, sitemap, API) in
 * one Eleventy run from the archive's data, puts the parts' article pages and search shards
 * beside them, and writes the search index's shared files and shards.json for them all. The
 * result is, file for file, what `buildSite` with `parts: n` writes.
 */
export async function assembleSite(options: BuildOptions & { partDirs: readonly string[] }): Promise<BuildResult> {
  const root = resolve(options.root);
  const output = resolve(options.output ?? join(root, "_site"));
  const timings: StageTiming[] = [];
  checkPathPrefix(options.pathPrefix);
  const dirs = options.partDirs.map((dir) => resolve(dir));
  assertSafeOutput(output, [...protectedFolders(root), ...dirs.map((path) => ({ path, name: `the part ${path}` }))]);
  const parts = dirs.map((dir) => ({ dir, manifest: readPartManifest(dir) }));
  const problems = partProblems(parts);
  const first = parts[0]?.manifest;
  if (first && !problems.length) {
    if (first.archive !== archiveFingerprint(root)) problems.push(`the parts were built from another archive (or another version of it) than ${root}: assemble in a checkout of the commit they were built from`);
    if (first.code !== codeFingerprint(PACKAGE_ROOT)) problems.push("the parts were built by another version of Morgue than this one: assemble with the code that built them");
    const given = { pathPrefix: options.pathPrefix ?? null, siteUrl: options.siteUrl ?? null, searchShardSize: options.searchShardSize ?? null, today: options.today ?? first.options.today };
    for (const key of ["pathPrefix", "siteUrl", "searchShardSize", "today"] as const) {
      if (given[key] !== first.options[key]) problems.push(`the parts were built with ${key} ${String(first.options[key])}, and this assembly is given ${String(given[key])}: give the options the parts were built with`);
    }
  }
  if (problems.length || !first) throw new Error(`these folders do not make one site:\n${problems.join("\n")}`);

  const { progress } = options;
  const { archive, problems: contentProblems } = await timed(timings, "validate", () => readArchive(root, { siteUrl: options.siteUrl, today: first.options.today }), progress, (r) => ({ articles: r.archive?.articles.length }));
  if (!archive) throw new ContentError(contentProblems);
  progress?.({ type: "part", part: 0, parts: first.parts, articles: archive.articles.length, of: archive.articles.length, years: yearsOf(archive.articles) });
  const plan = searchShards(archive, options.searchShardSize, first.parts);
  const partOf = partOfMonth(first.parts);
  for (const { dir, manifest } of parts) {
    const articles = archive.articles.filter((a) => partOf(articleMonth(a.url)) === manifest.part - 1).map((a) => a.url);
    const shards = plan.filter((shard) => partOf(shard.from) === manifest.part - 1).map((shard) => shard.from);
    const held = new Set(manifest.articles);
    if (held.size !== articles.length || articles.some((url) => !held.has(url)) || manifest.search.map((e) => e.id).sort().join() !== shards.sort().join()) {
      throw new Error(`${dir} does not hold the articles and search shards the archive puts in part ${manifest.part} of ${manifest.parts} (${manifest.articles.length} articles, where the archive has ${articles.length}): build it again`);
    }
  }

  const staging = makeStaging(output);
  try {
    const listRuns = listRunsOf(archive, options);
    const counter = progress ? new PageCounter(progress, listRuns > 1 ? pagedListPages(archive) : 0) : undefined;
    const written = await timed(timings, "eleventy", () => renderOtherPages((pass) => {
      preloadArchive(root, archive);
      return renderSite(root, staging, { ...options, pass, counter });
    }, listRuns), progress, (pages) => ({ pages }));
    const { pages: pagesIndexed } = await timed(timings, "assemble", async () => {
      let files = 0;
      const entries: ShardEntry[] = [];
      for (const { dir, manifest } of parts) {
        files += linkPart(dir, staging);
        entries.push(...manifest.search);
      }
      return { files, ...(await finishIndex(join(staging, "pagefind"), plan, entries)) };
    }, progress, (r) => ({ files: r.files }));
    // After the parts are in: _headers has a rule for each of the site's top-level entries.
    const { size, warnings } = await publishSite(staging, output, archive, options, timings);
    return { output, articles: archive.articles.length, pagesWritten: written + parts.reduce((n, p) => n + p.manifest.articles.length, 0), pagesIndexed, timings, size, warnings };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The search index's shards for the archive's articles (src/search/pagefind.ts), none across two parts of a build in `parts`. */
export function searchShards(archive: Archive, size = DEFAULT_SHARD_SIZE, parts = 1): PlannedShard[] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`the count of parts should be a whole number, at least 1, not ${parts}`);
  return planShards([...monthsOf(archive.articles.map((a) => a.url))], size, NEWEST_SHARD_SIZE, partOfMonth(parts));
}

/** The archive's articles (newest first) in each of `shards`, which are some or all of `plan`'s; articles of other shards are left out. */
export function articlesByShard(archive: Archive, plan: readonly PlannedShard[], shards: readonly PlannedShard[]): Map<PlannedShard, Article[]> {
  const byShard = new Map<PlannedShard, Article[]>(shards.map((shard) => [shard, []]));
  const shardOf = shardsByMonth(plan);
  for (const article of archive.articles) byShard.get(shardOf.get(articleMonth(article.url))!)?.push(article);
  return byShard;
}

/** The most paged-list pages in one Eleventy run, by default: about what one article shard's run holds. */
export const LIST_RUN_SIZE = 5_000;

/**
 * Renders the archive into `output`, handing each article page to the search index as it is
 * rendered. A small archive (one search shard, lists under `listRunSize` pages) is one Eleventy
 * run. A larger one is rendered in runs, each of a bounded number of pages, since Eleventy holds
 * every page's data, template clone and state of a run until the run ends: the article pages a
 * search shard at a time, oldest first (Pagefind writes one shard while the next one fills), each
 * run with a slice of the paged lists beside them, then what is left of the lists' slices
 * (`listRunSize` pages at most a run), then the site's single pages. The lists ride with the
 * articles because Eleventy renders a run's templates side by side: while an article page waits
 * for its indexer (the search index takes pages no faster than Pagefind indexes them), list pages
 * are rendered, where in runs of their own they took a stage of one core while the other waited
 * (BENCHMARKS.md). One part of a build in parts (`only`: its shards) renders its shards' article
 * pages and nothing else. Returns the number of pages written.
 */
async function renderArchive(root: string, output: string, archive: Archive, plan: PlannedShard[], search: StreamingIndex, options: BuildOptions, only?: readonly PlannedShard[], files?: PageFiles): Promise<number> {
  const listRuns = only ? 0 : listRunsOf(archive, options);
  const inRuns = Boolean(only) || plan.length > 1 || listRuns > 1;
  const articlePages = only ? only.reduce((n, shard) => n + shard.articles, 0) : inRuns ? archive.articles.length : 0;
  const counter = options.progress ? new PageCounter(options.progress, articlePages + (inRuns && !only ? pagedListPages(archive) : 0)) : undefined;
  const articleUrls = new Set(archive.articles.map((a) => a.url));
  const onPage = (url: string, outputPath: string, html: string) =>
    articleUrls.has(url) ? search.add(relative(output, outputPath).split(sep).join("/"), html) : undefined;
  const run = (pass: RenderPass) => {
    preloadArchive(root, archive);
    return renderSite(root, output, { ...options, pass, onPage, counter, onContentMap: files?.onContentMap });
  };
  if (!inRuns) return run({});
  // Oldest first, so the last shard's run is the newest's, held small (NEWEST_SHARD_SIZE): what
  // the build waits for at the end, once every page is rendered, is that shard's bundle written.
  const shards = only ?? plan;
  const byShard = articlesByShard(archive, plan, shards);
  // A slice of every list beside each shard's articles, and as many slices again as keep a run of lists alone within listRunSize.
  const slices = only ? 0 : Math.max(listRuns, shards.length);
  let written = 0;
  for (const [i, shard] of shards.entries()) {
    written += await run({ articles: byShard.get(shard)!, ...(slices ? { lists: { part: i, parts: slices } } : {}) });
    // At most one shard being written while the next one fills.
    await search.drain();
  }
  return only ? written : written + (await renderOtherPages(run, slices, shards.length));
}

/** How many runs the paged lists take: their pages over `listRunSize`, at least one. */
function listRunsOf(archive: Archive, options: BuildOptions): number {
  const size = options.listRunSize ?? LIST_RUN_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new Error(`the most pages in one run of lists should be a whole number, at least 1, not ${size}`);
  return Math.max(1, Math.ceil(pagedListPages(archive) / size));
}

/**
 * Every page but the articles': in one run when the paged lists fit one (`listRuns` 1, none
 * rendered yet), else each list cut in `listRuns` slices, the slices' pages from `from` on a run
 * each (those before it rendered beside the article pages, {@link renderArchive}), and the
 * site's single pages (home, search, sitemap, the API's whole-archive files …), static files and
 * scripts in a last run. A list page renders the same in any slice: what it shows is in its own item.
 */
async function renderOtherPages(run: (pass: RenderPass) => Promise<number>, listRuns: number, from = 0): Promise<number> {
  if (listRuns <= 1 && from === 0) return run({ skipArticles: true });
  let written = 0;
  for (let part = from; part < listRuns; part++) written += await run({ lists: { part, parts: listRuns } });
  return written + (await run({ skipArticles: true, skipLists: true }));
}

interface RenderOptions extends Pick<BuildOptions, "pathPrefix" | "verbose" | "progress"> {
  /** what this run renders; the whole site by default */
  pass?: RenderPass;
  /** told each page's URL, path and HTML as it is rendered, before it is written */
  onPage?: (url: string, outputPath: string, html: string) => Promise<void> | undefined;
  /** counts pages across the runs of one build */
  counter?: PageCounter;
  /** told the run's pages' URLs by template, before it renders them (Eleventy's content map) */
  onContentMap?: (inputPathToUrl: Record<string, (string | false)[]>) => void;
}

/**
 * Renders the archive at `root` into `output` with Eleventy and Morgue's configuration; returns
 * the number of pages written. The archive is the preloaded one when there is one.
 */
export async function renderSite(root: string, output: string, options: RenderOptions = {}): Promise<number> {
  ensureTypeScriptImports();
  await renderPagesAsWritten();
  const counter = options.counter ?? (options.progress ? new PageCounter(options.progress, 0) : undefined);
  const { pass, onPage, onContentMap } = options;
  const eleventy = new Eleventy(root, output, {
    configPath: join(PACKAGE_ROOT, "eleventy.config.ts"),
    quietMode: !options.verbose,
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    // Runs before eleventy.config.ts, which reads the pass.
    config: (config: EleventyConfig) => {
      if (pass) setRenderPass(config, pass);
      counter?.watch(config, Boolean(pass?.articles || pass?.lists));
      if (onContentMap) config.on("eleventy.contentMap", ({ inputPathToUrl }: { inputPathToUrl: Record<string, (string | false)[]> }) => onContentMap(inputPathToUrl));
      if (onPage) {
        config.addTransform("morgue-stream", async function (this: unknown, content: unknown) {
          const { url, outputPath } = (this as { page: { url: string | false; outputPath: string | false } }).page;
          if (typeof url === "string" && typeof outputPath === "string" && typeof content === "string") await onPage(url, outputPath, content);
          return content;
        });
      }
    },
  });
  const results = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
  return countWritten(results);
}

/**
 * Reports pages rendered of the total, across the Eleventy runs of one build. Eleventy has no
 * per-page event, so a transform (run once per page written,
 * https://www.11ty.dev/docs/transforms/) counts them; a run's total is its content map's URLs,
 * which Eleventy emits before rendering (https://www.11ty.dev/docs/events/#eleventy.contentmap).
 * Runs of article pages and of list slices are counted from the start (the articles and the lists' pages), so the
 * total grows only once, when the run of the other pages says how many it has. At most ~10
 * reports a second.
 */
class PageCounter {
  #done = 0;
  #total: number;
  #last = 0;
  readonly #progress: NonNullable<BuildOptions["progress"]>;

  /** `known`: pages rendered in runs of their own (article pages, list slices), known before they start */
  constructor(progress: NonNullable<BuildOptions["progress"]>, known: number) {
    this.#progress = progress;
    this.#total = known;
  }

  /** `counted`: this run's pages are among those known from the start */
  watch(config: EleventyConfig, counted: boolean): void {
    const base = this.#total;
    config.on("eleventy.contentMap", ({ inputPathToUrl }: { inputPathToUrl: Record<string, unknown[]> }) => {
      if (!counted) this.#total = base + Object.values(inputPathToUrl).reduce((n, urls) => n + urls.filter(Boolean).length, 0);
      this.#report(true);
    });
    config.addTransform("morgue-progress", (content: unknown) => {
      this.#done++;
      this.#report(false);
      return content;
    });
  }

  #report(always: boolean): void {
    const now = performance.now();
    if (always || now - this.#last > 100 || this.#done === this.#total) {
      this.#last = now;
      this.#progress({ type: "pages", stage: "eleventy", done: this.#done, total: Math.max(this.#total, this.#done) });
    }
  }
}

/** Eleventy 3's write() resolves to [passthroughCopies, templates]; count the templates written. */
function countWritten(results: unknown): number {
  if (!Array.isArray(results)) return 0;
  const templates = Array.isArray(results[1]) ? results[1] : results;
  return (templates as { outputPath?: string | false }[]).flat().filter((t) => t && t.outputPath).length;
}
