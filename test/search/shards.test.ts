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
  it("groups consecutive months, oldest first, so no shard holds more than the size", () => {
    const plan = planShards(
      [
        ["2018-02", 2],
        ["2018-01", 2],
        ["2018-03", 1],
        ["2019-01", 3],
      ],
      3,
    );
    expect(plan.map((s) => [s.from, s.to, s.articles])).toEqual([
      ["2018-01", "2018-01", 2],
      ["2018-02", "2018-03", 3],
      ["2019-01", "2019-01", 3],
    ]);
  });

  it("gives a month with more articles than the size a shard of its own", () => {
    expect(planShards([["2018-01", 1], ["2018-02", 9], ["2018-03", 1]], 3).map((s) => s.months)).toEqual([["2018-01"], ["2018-02"], ["2018-03"]]);
  });

  it("keeps an archive within the size in one shard", () => {
    expect(planShards([["2018-01", 1], ["2019-02", 1]], 20_000)).toHaveLength(1);
    expect(planShards([], 3)).toEqual([]);
  });

  it("makes the newest shard the smallest, each older one up to twice the next, up to the size", () => {
    const months = Array.from({ length: 12 }, (_, i) => [`2018-${String(i + 1).padStart(2, "0")}`, 1] as const);
    expect(planShards(months, 4, 1).map((s) => s.articles)).toEqual([1, 4, 4, 2, 1]);
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
      ["2019-11/", "2019-11", "2020-02", 2],
      ["2018-01/", "2018-01", "2019-07", 2],
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
