/**
 * The search index in shards (src/search/pagefind.ts): how months are grouped, and what a
 * sharded build writes. The search page's side is tested in test/browser-logic/search-shards.test.ts
 * and, in Chromium, test/browser/search-shards.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ShardManifest } from "../../src/browser/search/shards.ts";
import { planShards } from "../../src/search/pagefind.ts";
import { useBuiltArchive } from "../helpers/fixture.ts";
import { SEARCH_FILES } from "../browser/search-fixture.ts";

describe("planning shards", () => {
  const sizes = (plan: ReturnType<typeof planShards>) => plan.map((s) => [s.from, s.to, s.articles]);

  it("makes each shard a period of the calendar with at most the size, oldest first", () => {
    const plan = planShards(
      [
        ["2018-02", 2],
        ["2018-01", 2],
        ["2018-09", 1],
        ["2019-01", 3],
      ],
      3,
    );
    // 2018 (5) is split into halves; its first half (4) into quarters, the quarter into months.
    expect(sizes(plan)).toEqual([
      ["2018-01", "2018-01", 2],
      ["2018-02", "2018-02", 2],
      ["2018-09", "2018-09", 1],
      ["2019-01", "2019-01", 3],
    ]);
  });

  it("keeps a block of years whole while it is within the size", () => {
    // 2016-2019 is one aligned block of four years; 2020 starts the next.
    const months: [string, number][] = [["2016-03", 1], ["2017-05", 1], ["2019-12", 1], ["2020-01", 1], ["2021-06", 1]];
    expect(sizes(planShards(months, 3, 3))).toEqual([
      ["2016-03", "2019-12", 3],
      ["2020-01", "2021-06", 2],
    ]);
  });

  it("gives a month with more articles than the size a shard of its own", () => {
    expect(planShards([["2018-01", 1], ["2018-02", 9], ["2018-03", 1]], 3).map((s) => s.months)).toEqual([["2018-01"], ["2018-02"], ["2018-03"]]);
  });

  it("keeps an archive within the size in one shard", () => {
    expect(planShards([["2018-01", 1], ["2019-02", 1]], 20_000)).toHaveLength(1);
    expect(planShards([], 3)).toEqual([]);
  });

  it("splits the periods that hold the newest month until they are within the newest shard's size", () => {
    const months = Array.from({ length: 12 }, (_, i) => [`2018-${String(i + 1).padStart(2, "0")}`, 1] as const);
    // The first half year (6) is within 6; the second holds the newest month: its first quarter
    // (3) does not and stays whole, its last quarter does and is split into months.
    expect(sizes(planShards(months, 6, 2))).toEqual([
      ["2018-01", "2018-06", 6],
      ["2018-07", "2018-09", 3],
      ["2018-10", "2018-10", 1],
      ["2018-11", "2018-11", 1],
      ["2018-12", "2018-12", 1],
    ]);
  });

  // What makes an incremental build cheap (issue 12, item 3): an article added anywhere re-plans
  // only the shards of its own periods, however large the archive.
  const archive = (): Map<string, number> => {
    const months = new Map<string, number>();
    for (let year = 1975; year <= 2024; year++) for (let m = 1; m <= 12; m++) months.set(`${year}-${String(m).padStart(2, "0")}`, 150 + ((year * 7 + m * 13) % 40));
    return months;
  };
  const changed = (before: Map<string, number>, after: Map<string, number>) => {
    const was = new Set(planShards([...before], 5_000, 1_000).map((s) => JSON.stringify(s)));
    return planShards([...after], 5_000, 1_000).filter((s) => !was.has(JSON.stringify(s)));
  };

  it("re-plans only the shard of an old month that gains an article", () => {
    const before = archive();
    const after = new Map(before).set("1990-06", before.get("1990-06")! + 1);
    const shards = changed(before, after);
    expect(shards).toHaveLength(1);
    expect(shards[0]!.months).toContain("1990-06");
    expect(shards[0]!.articles).toBeLessThanOrEqual(5_000);
  });

  it("re-plans only the newest periods when articles arrive in a new month", () => {
    const before = archive();
    const total = [...before.values()].reduce((a, b) => a + b, 0);
    const after = new Map(before).set("2025-01", 150);
    const shards = changed(before, after);
    expect(shards.every((s) => s.from >= "2024-01")).toBe(true);
    expect(shards.reduce((n, s) => n + s.articles, 0)).toBeLessThan(total / 10);
    expect(planShards([...after], 5_000, 1_000).at(-1)).toMatchObject({ from: "2025-01", articles: 150 });
  });

  it("puts every month in exactly one shard, and no shard past the size unless it is one month", () => {
    const months = archive();
    const plan = planShards([...months], 5_000, 1_000);
    expect(plan.flatMap((s) => s.months)).toEqual([...months.keys()].sort());
    for (const shard of plan) expect(shard.articles <= 5_000 || shard.months.length === 1).toBe(true);
    expect(plan.at(-1)!.articles).toBeLessThanOrEqual(1_000);
  });
});

const read = (site: string): ShardManifest => JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as ShardManifest;

describe("an archive within the shard size", () => {
  const built = useBuiltArchive(SEARCH_FILES);
  it("is one index at /pagefind/, with a manifest of one shard", () => {
    expect(read(built.site).shards).toEqual([{ id: "2016-05", from: "2016-05", to: "2020-02", pages: 6, path: "" }]);
    expect(existsSync(join(built.site, "pagefind/pagefind-entry.json"))).toBe(true);
  });
});

describe("an archive above the shard size", () => {
  const built = useBuiltArchive(SEARCH_FILES, { searchShardSize: 2 });
  it("is an index per period, newest first in the manifest, every article in exactly one", () => {
    const { shards } = read(built.site);
    expect(shards.map((s) => [s.path, s.from, s.to, s.pages])).toEqual([
      ["2020-02/", "2020-02", "2020-02", 1],
      ["2019-07/", "2019-07", "2019-11", 2],
      ["2018-01/", "2018-01", "2018-01", 1],
      ["2016-05/", "2016-05", "2017-03", 2],
    ]);
    for (const shard of shards) expect(existsSync(join(built.site, "pagefind", shard.path, "pagefind-entry.json"))).toBe(true);
    for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-highlight.js"]) expect(existsSync(join(built.site, "pagefind", file))).toBe(true);
  });

  it("keeps one WebAssembly file, at /pagefind/, and none in the shards", () => {
    const wasm = (dir: string) => readdirSync(join(built.site, "pagefind", dir)).filter((f) => f.startsWith("wasm."));
    expect(wasm("")).toEqual(["wasm.en.pagefind"]);
    for (const shard of read(built.site).shards) expect(wasm(shard.path)).toEqual([]);
  });
});
