/**
 * The search index, with Pagefind's Node API: https://pagefind.app/docs/node-api/
 * Only `data-pagefind-body` regions are indexed (article pages), so navigation and lists never
 * appear in results.
 *
 * A large archive is indexed in shards (issue 11, "search that scales"): consecutive months
 * grouped so that each shard holds at most `shardSize` articles, the newest fewest (planShards),
 * each its own Pagefind index in
 * /pagefind/<first month>/, built by a Pagefind process that is closed before the next starts, so
 * the build's memory is one shard's, not the archive's. /pagefind/shards.json lists them (see
 * src/browser/search/shards.ts for how the search page reads them); an archive of at most
 * `shardSize` articles is one index at /pagefind/, as it always was, with a manifest of one.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { shareWasm } from "./share-wasm.ts";
import type { ShardEntry, ShardManifest } from "../browser/search/shards.ts";

/** Article pages: /YYYY/MM/DD/slug/index.html (src/content/articles.ts). */
export const ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html";

/**
 * Articles a shard holds at most, by default. Pagefind's indexer keeps every page's words in
 * memory until it writes: 344 MiB for 1,000 articles and 3.0 GiB for 10,000 (BENCHMARKS.md), so
 * 5,000 keeps one indexer near 1.5 GiB whatever the archive's size.
 */
export const DEFAULT_SHARD_SIZE = 5_000;
/**
 * Articles in the newest shard at most: the one most searches start with, and whose metadata
 * (the page list and the date sort, some 10 KB per 1,000 pages) a first search downloads before
 * its first result. Going back in time each shard may be twice the one after it, up to the size.
 */
export const NEWEST_SHARD_SIZE = 1_000;

export interface IndexOptions {
  /** the most articles in one shard; an archive of at most this many is one index */
  shardSize?: number;
}

export interface IndexStats {
  pages: number;
  shards: number;
}

/** A period of consecutive months and the articles in it. */
export interface PlannedShard {
  from: string;
  to: string;
  months: string[];
  articles: number;
}

/**
 * Consecutive months grouped into shards: none if there are no articles, one if they are at most
 * `size`, else from the newest month back, the newest shard at most `newest` articles and each
 * older one at most twice the one after it, up to `size` (a month with more is a shard of its
 * own: a month is the smallest period a date range asks for). Listed oldest first.
 * @example planShards([["2018-01", 2], ["2018-02", 2], ["2018-03", 1]], 3) // [{ from: "2018-01", to: "2018-01", ... }, { from: "2018-02", to: "2018-03", ... }]
 */
export function planShards(months: readonly (readonly [string, number])[], size: number, newest = NEWEST_SHARD_SIZE): PlannedShard[] {
  const sorted = [...months].sort(([a], [b]) => a.localeCompare(b));
  const total = sorted.reduce((n, [, count]) => n + count, 0);
  if (!sorted.length) return [];
  if (total <= size) return [{ from: sorted[0]![0], to: sorted[sorted.length - 1]![0], months: sorted.map(([m]) => m), articles: total }];
  const shards: PlannedShard[] = [];
  let capacity = Math.min(newest, size);
  let current: PlannedShard | null = null;
  for (const [month, count] of sorted.reverse()) {
    if (current && current.articles + count > capacity) {
      capacity = Math.min(capacity * 2, size);
      current = null;
    }
    if (!current) {
      current = { from: month, to: month, months: [], articles: 0 };
      shards.unshift(current);
    }
    current.from = month;
    current.months.unshift(month);
    current.articles += count;
  }
  return shards;
}

/** Article pages per month ("YYYY-MM"), from the built site's YYYY/MM/DD/slug/index.html folders. */
export function articleMonths(siteDir: string): Map<string, number> {
  const months = new Map<string, number>();
  const dirs = (path: string, pattern: RegExp) => {
    try {
      return readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory() && pattern.test(e.name)).map((e) => e.name);
    } catch {
      return [];
    }
  };
  for (const y of dirs(siteDir, /^\d{4}$/)) {
    for (const m of dirs(join(siteDir, y), /^\d{2}$/)) {
      let n = 0;
      for (const d of dirs(join(siteDir, y, m), /^\d{2}$/)) n += dirs(join(siteDir, y, m, d), /./).length;
      if (n) months.set(`${y}-${m}`, n);
    }
  }
  return months;
}

/** Indexes the built site in `siteDir` and writes the bundle to `siteDir/pagefind/`, in shards when it is large. */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexStats> {
  const size = options.shardSize ?? DEFAULT_SHARD_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new Error(`the search shard size should be a whole number of articles, at least 1, not ${size}`);
  const plan = planShards([...articleMonths(siteDir)], size);
  const out = join(siteDir, "pagefind");
  const entries: ShardEntry[] = [];
  if (plan.length <= 1) {
    const pages = await indexOne(siteDir, ARTICLE_PAGES, out);
    const only = plan[0];
    entries.push({ id: only?.from ?? "none", from: only?.from ?? "", to: only?.to ?? "", pages, path: "" });
  } else {
    for (const shard of plan) {
      // Pagefind's glob (https://pagefind.app/docs/config-options/#glob) takes {a,b} alternatives.
      const glob = `{${shard.months.map((m) => m.replace("-", "/")).join(",")}}/[0-9][0-9]/*/index.html`;
      const pages = await indexOne(siteDir, glob, join(out, shard.from));
      entries.push({ id: shard.from, from: shard.from, to: shard.to, pages, path: `${shard.from}/` });
    }
    // The library, its worker and the article page's highlighter are the same in every shard;
    // the page loads them once, from /pagefind/ as before.
    const newest = join(out, plan[plan.length - 1]!.from);
    for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-highlight.js"]) copyFileSync(join(newest, file), join(out, file));
    shareWasm(out, plan.map((shard) => join(out, shard.from)));
  }
  const manifest: ShardManifest = { version: 1, shards: entries.sort((a, b) => b.from.localeCompare(a.from)) };
  writeFileSync(join(out, "shards.json"), JSON.stringify(manifest));
  return { pages: entries.reduce((n, e) => n + e.pages, 0), shards: entries.length };
}

/** One Pagefind index of the pages `glob` matches, written to `outputPath`; the indexer is closed after, whatever happens. */
async function indexOne(siteDir: string, glob: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Only article pages carry data-pagefind-body; reading just them spares Pagefind parsing
    // the other half of the site (lists, calendars, entity pages) for nothing.
    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
    // page_count counts every HTML file read; the entry file counts the pages actually indexed.
    const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } finally {
    // A new indexer process per shard: closing it gives its memory back before the next one.
    await pagefind.close();
  }
}
