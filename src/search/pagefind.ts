/**
 * The search index, with Pagefind's Node API: https://pagefind.app/docs/node-api/
 * Only `data-pagefind-body` regions are indexed (article pages), so navigation and lists never
 * appear in results.
 *
 * A large archive is indexed in shards (issue 11, "search that scales"): periods of the calendar
 * (blocks of years, years, half years, quarters, months) that hold at most `shardSize` articles,
 * the newest fewest (planShards), each its own Pagefind index in
 * /pagefind/<first month>/, built by a Pagefind process that is closed before the next starts, so
 * the build's memory is one shard's, not the archive's. /pagefind/shards.json lists them (see
 * src/browser/search/shards.ts for how the search page reads them); an archive of at most
 * `shardSize` articles is one index at /pagefind/, as it always was, with a manifest of one.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import * as pagefind from "pagefind";
import { articlePageFile, indexedHtml, searchMarkupByFile, type SearchMarkupOf } from "./markup.ts";
import { shareWasm } from "./share-wasm.ts";
import type { Archive } from "../archive.ts";
import type { ShardEntry, ShardManifest } from "../browser/search/shards.ts";

/**
 * Articles a shard holds at most, by default. Pagefind's indexer keeps every page's words in
 * memory until it writes (344 MiB for 1,000 articles, 3.0 GiB for 10,000), and writing a shard
 * costs more than linearly in its pages (5.7 ms of CPU a page at 1,000, 6.0–6.6 at 2,500,
 * 7.5–7.9 at 4,000; BENCHMARKS.md), so smaller shards are cheaper to build, and to build again
 * when one of their articles is edited; each shard is a few more requests for a search of the
 * whole archive. 2,500 keeps an indexer under 1 GiB, and a shard's re-indexing near 10 s.
 */
export const DEFAULT_SHARD_SIZE = 2_500;
/**
 * Articles in the newest shard at most: the one most searches start with, and whose metadata
 * (the page list and the date sort, some 10 KB per 1,000 pages) a first search downloads before
 * its first result. The periods that hold the newest month are split until they hold at most this many.
 */
export const NEWEST_SHARD_SIZE = 1_000;

export interface IndexOptions {
  /** the most articles in one shard; an archive of at most this many is one index */
  shardSize?: number;
}

export interface IndexStats {
  pages: number;
  shards: number;
  /** the shards written, as shards.json lists them (in the order they were written) */
  entries: ShardEntry[];
}

/** A period of consecutive months and the articles in it. */
export interface PlannedShard {
  from: string;
  to: string;
  months: string[];
  articles: number;
}

/**
 * Consecutive months grouped into shards, each a period of the calendar, so that an article added,
 * edited or deleted changes the plan only around its own month (issue 12, item 3: an incremental
 * build re-indexes only the shards whose plan or articles changed). The periods are a fixed
 * hierarchy, the same for every archive: blocks of 2^k years aligned on multiples of 2^k
 * (1976–1979, 1976–1977, …), then a year, its halves, its quarters and its months. A period is
 * one shard when it holds at most `size` articles, else its sub-periods are planned in its place;
 * a month with more is a shard of its own (a month is the smallest period a date range asks for).
 * The periods that hold the newest month are held to `newest` articles instead: the newest shard
 * is the one most searches start with. None if there are no articles; one if they are at most
 * `size`. Listed oldest first.
 *
 * Whether a period is split depends only on its own articles, so adding an article to a month
 * changes only the shards of the periods that hold that month, never a shard elsewhere in the
 * archive (a plan that counted shards off from one end moved every boundary when the newest
 * shard filled up). Only a new newest month moves the newest-path limit: the periods that held
 * the previous newest month may then be planned as fewer, larger shards.
 *
 * `partOf` names the part of a sharded build (src/parts.ts) each month is rendered in: a period
 * whose months are in two parts is split, so each part writes its own shards whole, and a build of
 * the whole archive given the same `partOf` plans the same shards. Without it, one part.
 * @example planShards([["2018-01", 2], ["2018-02", 2], ["2018-07", 1]], 3) // [{ from: "2018-01", to: "2018-02", ... }, { from: "2018-07", to: "2018-07", ... }]
 */
export function planShards(months: readonly (readonly [string, number])[], size: number, newest = NEWEST_SHARD_SIZE, partOf: (month: string) => number = () => 0): PlannedShard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`the search shard size should be a whole number of articles, at least 1, not ${size}`);
  const sorted = months.filter(([, count]) => count > 0).sort(([a], [b]) => a.localeCompare(b));
  if (!sorted.length) return [];
  type Months = readonly (readonly [string, number])[];
  const count = (inside: Months) => inside.reduce((n, [, c]) => n + c, 0);
  const onePart = (inside: Months) => inside.every(([m]) => partOf(m) === partOf(inside[0]![0]));
  const shardOf = (inside: Months, articles: number): PlannedShard => ({ from: inside[0]![0], to: inside[inside.length - 1]![0], months: inside.map(([m]) => m), articles });
  const total = count(sorted);
  if (total <= size && onePart(sorted)) return [shardOf(sorted, total)];

  const last = sorted[sorted.length - 1]![0];
  const shards: PlannedShard[] = [];
  const plan = (period: Period, inside: Months): void => {
    if (!inside.length) return;
    const articles = count(inside);
    const limit = inside[inside.length - 1]![0] === last ? Math.min(newest, size) : size;
    const parts = subPeriods(period);
    if (!parts.length || (articles <= limit && onePart(inside))) {
      shards.push(shardOf(inside, articles));
      return;
    }
    for (const part of parts) plan(part, inside.filter(([m]) => m >= part.from && m <= part.to));
  };
  // The largest blocks: 2^TOP_YEARS_LOG years, every one the archive's months fall in.
  const block = 2 ** TOP_YEARS_LOG;
  const years = sorted.map(([m]) => Number(m.slice(0, 4)));
  for (let start = Math.floor(years[0]! / block) * block; start <= years[years.length - 1]!; start += block) {
    const period = yearBlock(start, TOP_YEARS_LOG);
    plan(period, sorted.filter(([m]) => m >= period.from && m <= period.to));
  }
  return shards;
}

/** The largest period of the shard plan: 2^7 = 128 years. */
const TOP_YEARS_LOG = 7;

/** A period of the shard plan: its first and last month ("YYYY-MM"), and what it is, to split it. */
interface Period {
  from: string;
  to: string;
  /** years in a block of 2^log years; then a year (12 months), a half year (6), a quarter (3), a month (1) */
  kind: { years: number; log: number } | { months: 12 | 6 | 3 | 1; year: number; first: number };
}

const monthOf = (year: number, month: number) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;

function yearBlock(start: number, log: number): Period {
  const years = 2 ** log;
  return log === 0 ? monthsPeriod(start, 1, 12) : { from: monthOf(start, 1), to: monthOf(start + years - 1, 12), kind: { years: start, log } };
}

function monthsPeriod(year: number, first: number, months: 12 | 6 | 3 | 1): Period {
  return { from: monthOf(year, first), to: monthOf(year, first + months - 1), kind: { months, year, first } };
}

/** A period's halves (a block of years, a year, a half year), thirds (a quarter) or nothing (a month). */
function subPeriods(period: Period): Period[] {
  const { kind } = period;
  if ("log" in kind) {
    const half = 2 ** (kind.log - 1);
    return [yearBlock(kind.years, kind.log - 1), yearBlock(kind.years + half, kind.log - 1)];
  }
  const { year, first, months } = kind;
  if (months === 12) return [monthsPeriod(year, 1, 6), monthsPeriod(year, 7, 6)];
  if (months === 6) return [monthsPeriod(year, first, 3), monthsPeriod(year, first + 3, 3)];
  if (months === 3) return [0, 1, 2].map((i) => monthsPeriod(year, first + i, 1));
  return [];
}

/** The built site's article pages, `YYYY/MM/DD/slug/index.html` (src/content/articles.ts), in path order. */
export function articlePageFiles(siteDir: string): string[] {
  const dirs = (path: string, pattern: RegExp) => {
    try {
      return readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory() && pattern.test(e.name)).map((e) => e.name).sort();
    } catch {
      return [];
    }
  };
  const files: string[] = [];
  for (const y of dirs(siteDir, /^\d{4}$/)) {
    for (const m of dirs(join(siteDir, y), /^\d{2}$/)) {
      for (const d of dirs(join(siteDir, y, m), /^\d{2}$/)) {
        for (const slug of dirs(join(siteDir, y, m, d), /./)) files.push(`${y}/${m}/${d}/${slug}/index.html`);
      }
    }
  }
  return files;
}

/** Each planned month's shard. */
export function shardsByMonth(plan: readonly PlannedShard[]): Map<string, PlannedShard> {
  return new Map(plan.flatMap((shard) => shard.months.map((month) => [month, shard] as const)));
}

/** The month of an article page's URL or path: `/2018/05/01/slug/` or `2018/05/01/slug/index.html` → `2018-05`. */
export function articleMonth(url: string): string {
  const match = /^\/?(\d{4})\/(\d{2})\//.exec(url);
  if (!match) throw new Error(`not an article page: ${url}`);
  return `${match[1]}-${match[2]}`;
}

/** Article pages per month, from their URLs. */
export function monthsOf(urls: Iterable<string>): Map<string, number> {
  const months = new Map<string, number>();
  for (const url of urls) {
    const month = articleMonth(url);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  return months;
}

/**
 * What Pagefind reads of an article page: its `<html>` tag (the language) and the `<main>`
 * element, which is the page's `data-pagefind-body` and holds every other `data-pagefind-*`
 * attribute. The rest (the head, masthead, footer) Pagefind would parse and drop; not sending it
 * saves a quarter of the bytes piped to the indexer. A page with search attributes anywhere else
 * is sent whole. The index is the same either way (test/build/output-manifest.test.ts).
 * @example searchableHtml('<html lang="en"><head>…</head><body><main data-pagefind-body>…</main></body></html>') // '<html lang="en"><body><main data-pagefind-body>…</main></body></html>'
 */
export function searchableHtml(html: string): string {
  const open = /<html\b[^>]*>/i.exec(html);
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (!open || start < 0 || end < start) return html;
  if (html.slice(0, start).includes("data-pagefind-") || html.slice(end).includes("data-pagefind-")) return html;
  return `${open[0]}<body>${html.slice(start, end + "</main>".length)}</body></html>`;
}

/** Article pages sent to the indexer and not yet answered, at most. */
const IN_FLIGHT = 64;

type Pagefind = typeof pagefind;

/**
 * Pagefind's Node API runs one indexer process per module instance, and that process answers one
 * request at a time (`pagefind/src/service/mod.rs`: "TODO: Handle incoming messages
 * concurrently"): while it writes a shard it would not take the next shard's pages. So the
 * streaming index uses two instances of the module, each with its own process, in turn: one
 * writes a shard while the other is fed the next. A query string makes Node load the module
 * anew (https://nodejs.org/api/esm.html#urls).
 */
const INDEXERS = 2;
const indexerModules = new Map<number, Promise<Pagefind>>();
function indexerModule(slot: number): Promise<Pagefind> {
  let module = indexerModules.get(slot);
  if (!module) {
    module = import(`${pagefindEntry()}?indexer=${slot}`) as Promise<Pagefind>;
    indexerModules.set(slot, module);
  }
  return module;
}

/** The file URL of Pagefind's Node API, found as Node would find the package (its exports allow no `require.resolve`). */
function pagefindEntry(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths("pagefind") ?? []) {
    const file = join(dir, "pagefind", "lib", "index.js");
    if (existsSync(file)) return pathToFileURL(file).href;
  }
  throw new Error("Pagefind's Node API is not installed: run npm ci");
}

interface OpenShard {
  plan: PlannedShard;
  dir: string;
  path: string;
  /** which of the {@link INDEXERS} processes holds it */
  slot: number;
  index: pagefind.PagefindIndex;
  added: number;
  /** page additions sent and not yet answered */
  pending: Promise<void>[];
  /** the shard's bundle written and its indexer process closed */
  written?: Promise<number>;
}

/**
 * The search index built while the pages are rendered, not read back from disk after: each
 * article page's HTML is handed to a Pagefind indexer (a separate process, so it works on the
 * second core while Eleventy renders the next page), and each shard is written, and its process
 * closed, as soon as its last page is in. Pages must arrive shard by shard (the build renders
 * them a shard at a time, src/build.ts), so at most two shards are in memory: the one being
 * written and the one being filled, each in its own process.
 */
export class StreamingIndex {
  readonly #out: string;
  /** each page's search markup, which the written pages leave out (src/search/markup.ts) */
  readonly #markupOf: SearchMarkupOf;
  /** the shards this index writes: the plan's, or a part's of them */
  readonly #plan: PlannedShard[];
  /** one shard in the whole plan: its bundle is /pagefind/ itself */
  readonly #single: boolean;
  readonly #part: boolean;
  readonly #shardOfMonth: Map<string, PlannedShard>;
  readonly #open = new Map<PlannedShard, OpenShard>();
  readonly #starting = new Map<PlannedShard, Promise<OpenShard>>();
  readonly #entries: ShardEntry[] = [];
  /** per indexer process, when the shard it last held is written and the process closed */
  readonly #free: Promise<unknown>[] = Array.from({ length: INDEXERS }, () => Promise.resolve());
  #failed: unknown;

  /**
   * `out` is the site's `pagefind/` folder; `plan` comes from {@link planShards}; `markupOf`
   * gives each page's search markup, put back in the copy the indexer reads
   * (src/search/markup.ts). `only`: the shards of one part of a sharded build (src/parts.ts),
   * which writes their bundles and leaves shards.json and the files the shards share to the
   * assembly ({@link finishIndex}).
   */
  constructor(out: string, plan: PlannedShard[], markupOf: SearchMarkupOf, only?: readonly PlannedShard[]) {
    this.#out = out;
    this.#markupOf = markupOf;
    this.#single = plan.length <= 1;
    this.#part = only !== undefined;
    this.#plan = [...(only ?? plan)];
    this.#shardOfMonth = shardsByMonth(this.#plan);
  }

  /** Adds `shards` of the whole plan to those this index writes (an incremental build learns of some late, src/build.ts). */
  include(shards: readonly PlannedShard[]): void {
    for (const shard of shards) {
      if (this.#plan.includes(shard)) continue;
      this.#plan.push(shard);
      for (const month of shard.months) this.#shardOfMonth.set(month, shard);
    }
  }

  /**
   * Adds one article page as it is written to the site, its search markup put back:
   * `sourcePath` is its path in the site (`2018/05/01/slug/index.html`), from which Pagefind
   * makes its URL.
   */
  async add(sourcePath: string, content: string): Promise<void> {
    if (this.#failed) throw this.#failed;
    const plan = this.#shardOfMonth.get(articleMonth(sourcePath));
    if (!plan) throw new Error(`search index: ${sourcePath} is in no planned shard`);
    const shard = this.#open.get(plan) ?? (await this.#opening(plan));
    if (shard.added >= plan.articles) throw new Error(`search index: shard ${plan.from} was planned with ${plan.articles} pages and got more (${sourcePath})`);
    shard.added++;
    const html = searchableHtml(indexedHtml(content, this.#markupOf(sourcePath)));
    shard.pending.push(
      shard.index.addHTMLFile({ sourcePath, content: html }).then(
        ({ errors }) => {
          if (errors.length) this.#failed ??= new Error(`Pagefind could not index ${sourcePath}: ${errors.join("; ")}`);
        },
        (error: unknown) => {
          this.#failed ??= error;
        },
      ),
    );
    // A window of pages in flight keeps the indexer busy without holding many pages' HTML here:
    // past it, each new page waits for the oldest one's answer, not for all of them.
    while (shard.pending.length > IN_FLIGHT) await shard.pending.shift();
    if (shard.added === plan.articles) this.#write(shard);
  }

  /** Resolves when at most one shard is still being written: the build waits here between shards. */
  async drain(): Promise<void> {
    const writes = [...this.#open.values()].flatMap((s) => (s.written ? [s.written] : []));
    await Promise.allSettled(writes.slice(0, -1));
    if (this.#failed) throw this.#failed;
  }

  /** Waits for every shard to be written, writes `shards.json` and the shared files, and closes the indexers. */
  async finish(): Promise<IndexStats> {
    try {
      if (!this.#plan.length) return this.#part ? { pages: 0, shards: 0, entries: [] } : await finishIndex(this.#out, [], []);
      for (const plan of this.#plan) {
        const shard = this.#open.get(plan);
        if (!shard || shard.added !== plan.articles) {
          throw new Error(`search index: shard ${plan.from}–${plan.to} was planned with ${plan.articles} article pages but ${shard?.added ?? 0} were rendered`);
        }
      }
      await Promise.all([...this.#open.values()].map((shard) => shard.written));
      if (this.#failed) throw this.#failed;
      if (this.#part) return { pages: this.#entries.reduce((n, e) => n + e.pages, 0), shards: this.#entries.length, entries: this.#entries };
      return await finishIndex(this.#out, this.#plan, this.#entries);
    } finally {
      await this.abort();
    }
  }

  /** Closes every indexer process (after a failed build, or once finished). */
  async abort(): Promise<void> {
    await pagefind.close();
    for (const module of indexerModules.values()) await (await module).close();
  }

  /** The shard's indexer, started once however many pages ask for it at the same time. */
  #opening(plan: PlannedShard): Promise<OpenShard> {
    let opening = this.#starting.get(plan);
    if (!opening) {
      opening = this.#openShard(plan, this.#starting.size % INDEXERS);
      this.#starting.set(plan, opening);
    }
    return opening;
  }

  async #openShard(plan: PlannedShard, slot: number): Promise<OpenShard> {
    // The process's previous shard written and the process closed: its memory is back.
    await this.#free[slot];
    const { index, errors } = await (await indexerModule(slot)).createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const single = this.#single;
    const shard: OpenShard = { plan, dir: single ? this.#out : join(this.#out, plan.from), path: single ? "" : `${plan.from}/`, slot, index, added: 0, pending: [] };
    this.#open.set(plan, shard);
    return shard;
  }

  #write(shard: OpenShard): void {
    shard.written = (async () => {
      await Promise.all(shard.pending.splice(0));
      if (this.#failed) throw this.#failed;
      const pages = await writeBundle(shard.index, shard.dir);
      // A new process for the slot's next shard: closing this one gives all its memory back.
      await (await indexerModule(shard.slot)).close();
      const { plan } = shard;
      this.#entries.push({ id: plan.from, from: plan.from, to: plan.to, pages, path: shard.path });
      return pages;
    })();
    this.#free[shard.slot] = shard.written.catch(() => undefined);
    shard.written.catch((error: unknown) => {
      this.#failed ??= error;
    });
  }
}

/** Writes `index`'s bundle to `outputPath` and returns how many pages it holds. */
async function writeBundle(index: pagefind.PagefindIndex, outputPath: string): Promise<number> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
  // page_count counts every HTML file read; the entry file counts the pages actually indexed.
  const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/**
 * What every shard's bundle has alike, once at /pagefind/: the library, its worker and the
 * article page's highlighter (the page loads them from there), and the WebAssembly, which every
 * shard's entry file is pointed at (src/search/share-wasm.ts).
 */
function shareShardFiles(out: string, plan: readonly PlannedShard[]): void {
  const newest = join(out, plan[plan.length - 1]!.from);
  for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-highlight.js"]) copyFileSync(join(newest, file), join(out, file));
  shareWasm(out, plan.map((shard) => join(out, shard.from)));
}

/** `/pagefind/shards.json`, newest shard first. */
function writeManifest(out: string, entries: ShardEntry[]): IndexStats {
  mkdirSync(out, { recursive: true });
  const manifest: ShardManifest = { version: 1, shards: [...entries].sort((a, b) => b.from.localeCompare(a.from)) };
  writeFileSync(join(out, "shards.json"), JSON.stringify(manifest));
  return { pages: entries.reduce((n, e) => n + e.pages, 0), shards: entries.length, entries: manifest.shards };
}

/**
 * What follows the shards' bundles in `out` (the site's `pagefind/`): the files they share and
 * shards.json; for an archive with no articles, an empty index, so the search page still loads
 * and says so. The build calls it once its own shards are written, the assembly of a sharded
 * build once every part's are in place.
 */
export async function finishIndex(out: string, plan: readonly PlannedShard[], entries: ShardEntry[]): Promise<IndexStats> {
  if (!plan.length) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      await writeBundle(index, out);
    } finally {
      await pagefind.close();
    }
    return writeManifest(out, [{ id: "none", from: "", to: "", pages: 0, path: "" }]);
  }
  if (plan.length > 1) shareShardFiles(out, plan);
  return writeManifest(out, entries);
}

/**
 * {@link finishIndex} for an incremental build (src/incremental/reuse.ts), which indexed again
 * only the shards in `reindexed`, into a folder of its own beside the site's, and keeps the
 * others and the files they share where they are (src/incremental/apply.ts): those shared files
 * are written again only when a shard was.
 */
export async function finishIncrementalIndex(out: string, plan: readonly PlannedShard[], entries: ShardEntry[], reindexed: readonly PlannedShard[]): Promise<IndexStats> {
  if (!plan.length) return finishIndex(out, plan, entries);
  if (plan.length > 1 && reindexed.length) {
    const newest = join(out, reindexed[reindexed.length - 1]!.from);
    for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-highlight.js"]) copyFileSync(join(newest, file), join(out, file));
    shareWasm(out, reindexed.map((shard) => join(out, shard.from)));
  }
  return writeManifest(out, entries);
}

/**
 * Indexes the built site in `siteDir`, the pages of `archive`, and writes the bundle to
 * `siteDir/pagefind/`, in shards when it is large: through a {@link StreamingIndex}, shard by
 * shard and each shard's pages in the archive's order, so the index is the one the build makes.
 */
export async function indexSite(siteDir: string, archive: Archive, options: IndexOptions = {}): Promise<IndexStats> {
  const files = articlePageFiles(siteDir);
  const plan = planShards([...monthsOf(files)], options.shardSize ?? DEFAULT_SHARD_SIZE);
  const shardOf = shardsByMonth(plan);
  const order = new Map(archive.articles.map((article, i) => [articlePageFile(article), i]));
  const rank = (file: string) => order.get(file) ?? Number.MAX_SAFE_INTEGER;
  const shard = (file: string) => plan.indexOf(shardOf.get(articleMonth(file))!);
  files.sort((a, b) => shard(a) - shard(b) || rank(a) - rank(b));
  const search = new StreamingIndex(join(siteDir, "pagefind"), plan, searchMarkupByFile(archive));
  await addPages(search, siteDir, files);
  return search.finish();
}

/** The built site's pages `files` added to `search` in that order; its indexers closed if one fails. */
async function addPages(search: StreamingIndex, siteDir: string, files: readonly string[]): Promise<void> {
  try {
    for (const file of files) await search.add(file, readFileSync(join(siteDir, file), "utf8"));
  } catch (error) {
    await search.abort();
    throw error;
  }
}

/** Where {@link reindexShard} writes a shard before it takes the old one's place: beside the site, `<site>.search-XXXXXX`. */
export const REINDEX_PREFIX = ".search-";

/**
 * One shard of a built site's search index made again from the site's article pages, as the
 * build makes it (the same pages, in the same order, through the same {@link StreamingIndex}), and
 * put in the old one's place: `npm start` makes an edited article findable in the time its shard
 * takes, without waiting for the whole build (src/watch.ts). `files` are the shard's article pages
 * (paths in the site) in the archive's order; `plan` the site's whole plan, whose shards.json is
 * left as it is (the shard holds as many pages as before). Returns the pages indexed.
 */
export async function reindexShard(siteDir: string, plan: PlannedShard[], shard: PlannedShard, files: readonly string[], markupOf: SearchMarkupOf): Promise<number> {
  const out = join(siteDir, "pagefind");
  // Beside the site, on its file system, so that the shard moves in by a rename.
  const scratch = mkdtempSync(join(dirname(siteDir), `${basename(siteDir)}${REINDEX_PREFIX}`));
  try {
    const search = new StreamingIndex(scratch, plan, markupOf, [shard]);
    await addPages(search, siteDir, files);
    const { pages } = await search.finish();
    if (plan.length <= 1) {
      // The whole index is the shard: its folder, with the site's shards.json, takes the old one's place.
      copyFileSync(join(out, "shards.json"), join(scratch, "shards.json"));
      renameSync(out, join(scratch, ".old"));
      renameSync(scratch, out);
      rmSync(join(out, ".old"), { recursive: true, force: true });
    } else {
      // As the build leaves a shard: its WebAssembly the one every shard shares (share-wasm.ts).
      shareWasm(scratch, [join(scratch, shard.from)]);
      renameSync(join(out, shard.from), join(scratch, ".old"));
      renameSync(join(scratch, shard.from), join(out, shard.from));
    }
    return pages;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
