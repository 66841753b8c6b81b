/**
 * How the search page combines a sharded index's answers (src/browser/search/shards.ts), without
 * a browser: which shards a search asks and in what order, results merged by date and by
 * relevance, and filter counts added up. The page is compared with an unsharded build in
 * Chromium in test/browser/search-shards.test.ts.
 */
import { describe, expect, it } from "vitest";
import { idf, mergeAnswers, shardsToAsk, sumFilters, type ShardAnswer, type ShardEntry, type ShardManifest } from "../../src/browser/search/shards.ts";

const shard = (from: string, to: string, pages: number): ShardEntry => ({ id: from, from, to, pages, path: `${from}/` });
const MANIFEST: ShardManifest = { version: 1, shards: [shard("2019-11", "2020-02", 10), shard("2018-01", "2019-07", 10), shard("2016-05", "2017-03", 10)] };
const ids = (shards: ShardEntry[]) => shards.map((s) => s.id);

const answer = (s: ShardEntry, results: [string, number][], matching = results.length, filters = {}): ShardAnswer<{ id: string; score: number }> => ({
  shard: s,
  results: results.map(([id, score]) => ({ id, score })),
  unfilteredResultCount: matching,
  filters,
});

describe("the shards a search asks", () => {
  it("asks the newest first, for relevance and for newest first", () => {
    expect(ids(shardsToAsk(MANIFEST, "relevance", null))).toEqual(["2019-11", "2018-01", "2016-05"]);
    expect(ids(shardsToAsk(MANIFEST, "newest", null))).toEqual(["2019-11", "2018-01", "2016-05"]);
  });

  it("asks the oldest first for oldest first", () => {
    expect(ids(shardsToAsk(MANIFEST, "oldest", null))).toEqual(["2016-05", "2018-01", "2019-11"]);
  });

  it("asks only the shards with a month the date range allows", () => {
    expect(ids(shardsToAsk(MANIFEST, "newest", ["2017-03", "2017-04", "2017-05"]))).toEqual(["2016-05"]);
    expect(ids(shardsToAsk(MANIFEST, "newest", ["2017-12", "2018-01"]))).toEqual(["2018-01"]);
    expect(ids(shardsToAsk(MANIFEST, "newest", ["2017-06"]))).toEqual([]);
    expect(ids(shardsToAsk(MANIFEST, "newest", []))).toEqual([]);
  });
});

describe("merging the shards' answers", () => {
  const [newest, middle, oldest] = MANIFEST.shards as [ShardEntry, ShardEntry, ShardEntry];

  it("keeps the shards' own orders one after the other for a date sort, whatever the scores", () => {
    const merged = mergeAnswers([answer(newest, [["a", 1], ["b", 9]]), answer(middle, [["c", 50]])], false);
    expect(merged.results.map((r) => r.result.id)).toEqual(["a", "b", "c"]);
  });

  it("ranks by score across shards for relevance, each score put on the archive's footing", () => {
    // The word is on 1 page of 10 in one shard and 5 of 10 in the other: rarer there, so its raw
    // scores are inflated; on the archive's footing (6 of 20) both shards' scores are comparable.
    const merged = mergeAnswers([answer(newest, [["rare", 10]], 1), answer(middle, [["common1", 9], ["common2", 8], ["x", 1], ["y", 1], ["z", 1]], 5)], true);
    const archive = idf(6, 20);
    expect(merged.results[0]!.score).toBeCloseTo(9 * (archive / idf(5, 10)));
    expect(merged.results.find((r) => r.result.id === "rare")!.score).toBeCloseTo(10 * (archive / idf(1, 10)));
    // Raw, "rare" (10) would lead; on one footing it follows both of the other shard's matches.
    expect(merged.results.map((r) => r.result.id).slice(0, 3)).toEqual(["common1", "common2", "rare"]);
  });

  it("lists a result once, and results with the same id from different shards each once", () => {
    const merged = mergeAnswers([answer(newest, [["a", 1], ["a", 1]]), answer(oldest, [["a", 1]])], true);
    expect(merged.results.map((r) => [r.shard, r.result.id])).toEqual([
      ["2019-11", "a"],
      ["2016-05", "a"],
    ]);
  });

  it("adds up the filter counts", () => {
    const merged = mergeAnswers([answer(newest, [], 0, { topic: { "water|Water": 1 } }), answer(oldest, [], 0, { topic: { "water|Water": 2, "x|X": 0 }, month: { "2016-05": 1 } })], false);
    expect(merged.filters).toEqual({ topic: { "water|Water": 3, "x|X": 0 }, month: { "2016-05": 1 } });
    expect(sumFilters([])).toEqual({});
  });
});
