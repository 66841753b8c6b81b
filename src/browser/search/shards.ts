/**
 * A sharded search index, the page's side: which shards a search asks, in what order, and how
 * their answers become one. Pure (no DOM, no Pagefind), unit-tested in
 * test/browser-logic/search-shards.test.ts; the build's side is src/search/pagefind.ts.
 *
 * An archive is indexed as one Pagefind index per period (consecutive months), so that no index
 * has to be built, or downloaded, whole. Each shard is a separate Pagefind instance on the page
 * (pagefind.js's `createInstance`, one module, one worker). Pagefind's `mergeIndex` would wait
 * for every index and re-sort the union; asking the shards one by one lets the first results
 * show while older periods are still on their way.
 *
 * How the answers combine:
 * - Date sorts: shards are disjoint, ordered periods, so the union sorted by date is the shards'
 *   own sorted lists one after the other, newest shard first for "newest", oldest first for
 *   "oldest". No key is compared, and a shard's results never move once shown.
 * - Relevance: each shard scores with its own statistics. Pagefind ranks with BM25
 *   (https://pagefind.app/docs/ranking/), whose inverse document frequency,
 *   ln((N - n + 0.5) / (n + 0.5) + 1) for a word on n of N pages, is larger in a shard where the
 *   word is rare. Each shard's scores are multiplied by the archive's IDF over the shard's IDF,
 *   with n the pages that match the words (Pagefind's `unfilteredResultCount`) and N the pages
 *   indexed, summed over the shards asked. For one word this puts the IDF factor of every score
 *   on the whole archive's footing; for several words, and for the page-length term (average
 *   length per shard), it is an approximation. The merged list is re-sorted by the corrected
 *   score each time a shard answers.
 * - Filter counts are added up over the shards; a value a shard lacks counts nothing there.
 * - A date range (the month buckets it allows) skips the shards outside it.
 * - Results are keyed by URL-independent Pagefind id plus shard, so none is listed twice.
 */

/** /pagefind/shards.json: the shards, newest first. */
export interface ShardManifest {
  version: 1;
  shards: ShardEntry[];
}

export interface ShardEntry {
  /** a folder name: the first month, e.g. "2019-07" */
  id: string;
  /** the first and last month with articles in it, "YYYY-MM" */
  from: string;
  to: string;
  /** pages indexed */
  pages: number;
  /** the shard's bundle folder under /pagefind/, with a trailing slash; "" for an unsharded index */
  path: string;
}

/** The shards a search asks, in the order it asks them: by the sort, and within the months allowed. */
export function shardsToAsk(manifest: ShardManifest, sort: "newest" | "oldest" | "relevance", months: readonly string[] | null): ShardEntry[] {
  const newestFirst = [...manifest.shards].sort((a, b) => b.from.localeCompare(a.from));
  const inRange = months === null ? newestFirst : newestFirst.filter((s) => months.some((m) => m >= s.from && m <= s.to));
  return sort === "oldest" ? inRange.reverse() : inRange;
}

/** What one shard answered, as the merge needs it. */
export interface ShardAnswer<R extends { id: string; score: number }> {
  shard: ShardEntry;
  results: R[];
  /** pages matching the words, before filters */
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

/** BM25's inverse document frequency, as Pagefind computes it. */
export const idf = (matching: number, pages: number): number => Math.log((pages - matching + 0.5) / (matching + 0.5) + 1);

export interface Merged<R> {
  /** each result with the shard it came from and its score on the archive's footing */
  results: { result: R; shard: string; score: number }[];
  filters: Record<string, Record<string, number>>;
}

/**
 * The answers of the shards asked so far, in `order` (the order shardsToAsk gave), as one list.
 * @param relevance whether to rank by corrected score (true) or keep the shards' own date order (false)
 */
export function mergeAnswers<R extends { id: string; score: number }>(answers: readonly ShardAnswer<R>[], relevance: boolean): Merged<R> {
  const pages = answers.reduce((n, a) => n + a.shard.pages, 0);
  const matching = answers.reduce((n, a) => n + a.unfilteredResultCount, 0);
  const archiveIdf = idf(matching, pages);
  const seen = new Set<string>();
  const results: Merged<R>["results"] = [];
  for (const answer of answers) {
    const shardIdf = idf(answer.unfilteredResultCount, answer.shard.pages);
    const factor = relevance && shardIdf > 0 ? archiveIdf / shardIdf : 1;
    for (const result of answer.results) {
      const key = `${answer.shard.id}\u0000${result.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ result, shard: answer.shard.id, score: result.score * factor });
    }
  }
  // A stable sort: equal scores keep the shards' order (newest first), and each shard's own order.
  if (relevance) results.sort((a, b) => b.score - a.score);
  return { results, filters: sumFilters(answers.map((a) => a.filters)) };
}

/**
 * Filter counts added up value by value.
 * @example sumFilters([{ topic: { a: 1 } }, { topic: { a: 2, b: 1 } }]) // { topic: { a: 3, b: 1 } }
 */
export function sumFilters(all: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const filters of all) {
    for (const [key, values] of Object.entries(filters)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}
