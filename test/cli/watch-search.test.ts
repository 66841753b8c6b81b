/**
 * `npm start` and search (issue 12, item 5): an edited article is found by search once its own
 * shard is indexed again (src/watch.ts, `refreshSearch`), before the whole build in the
 * background starts, and the shard then holds, byte for byte, what that build makes of it.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShardManifest } from "../../src/browser/search/shards.ts";
import { watchArchive, type ArchiveWatch } from "../../src/watch.ts";
import { SEARCH_FILES } from "../browser/search-fixture.ts";
import { fileHashes, makeArchive, removeArchive } from "../helpers/fixture.ts";

const FILE = "articles/2019/2019-07-04-salt-lake-city-weighs-its-own-policy.md";
const WORD = "zqxbasaltic";

let root: string;
let site: ArchiveWatch;
const lines: string[] = [];

async function logged(pattern: RegExp, from = 0): Promise<number> {
  for (;;) {
    await site.idle();
    const at = lines.findIndex((l, i) => i >= from && pattern.test(l));
    if (at >= 0) return at;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The served index's shard holding July 2019, and whether any of its fragments holds `word`. */
function shardOf2019(word: string): { folder: string; holds: boolean } {
  const out = join(root, "_site", "pagefind");
  const { shards } = JSON.parse(readFileSync(join(out, "shards.json"), "utf8")) as ShardManifest;
  const entry = shards.find((s) => s.from <= "2019-07" && s.to >= "2019-07")!;
  const folder = join(out, entry.path);
  const holds = readdirSync(join(folder, "fragment")).some((f) => gunzipSync(readFileSync(join(folder, "fragment", f))).toString().includes(word));
  return { folder, holds };
}

beforeAll(async () => {
  root = makeArchive(SEARCH_FILES);
  // Two articles a shard: the fixture's six in several, so one shard is indexed again, not the whole index.
  site = await watchArchive({ root, port: 20_000 + Math.floor(Math.random() * 1_000), log: (line) => lines.push(line), settleMs: 100, searchShardSize: 2 });
  await site.built();
}, 120_000);
afterAll(async () => {
  await site?.close();
  removeArchive(root);
});

describe("npm start and search", () => {
  it("indexes an edited article's shard again before the whole build starts, as that build indexes it", async () => {
    const shards = (JSON.parse(readFileSync(join(root, "_site/pagefind/shards.json"), "utf8")) as ShardManifest).shards;
    expect(shards.length).toBeGreaterThan(1);
    expect(shardOf2019(WORD).holds).toBe(false);
    const before = fileHashes(join(root, "_site/pagefind"));

    const from = lines.length;
    const built = site.built();
    const text = readFileSync(join(root, FILE), "utf8");
    writeFileSync(join(root, FILE), text.replace("Council members debated", `Council members, meeting in the ${WORD} hall, debated`));
    const found = await logged(/^Search finds \/2019\/07\/04\/salt-lake-city-weighs-its-own-policy\/ as edited: its shard \(\d+ pages\) indexed again in \d+ ms$/, from);
    const { folder, holds } = shardOf2019(WORD);
    expect(holds).toBe(true);
    const reindexed = fileHashes(folder);
    // Only that shard changed: the others, the shared files and shards.json are as they were.
    const after = fileHashes(join(root, "_site/pagefind"));
    // The shard's folder under /pagefind/, as shards.json names it ("2019-07/").
    const shardPath = folder.slice(join(root, "_site/pagefind").length + 1).replace(/\/?$/, "/");
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((f) => !f.startsWith(shardPath))).toEqual([]);
    expect(Object.keys(before).filter((f) => !f.startsWith(shardPath)).every((f) => after[f] === before[f])).toBe(true);

    await built;
    const started = lines.findIndex((l, i) => i >= from && l.startsWith("Building the whole site"));
    expect(started).toBeGreaterThan(found);
    // The build indexed the shard again itself: the same bytes.
    expect(fileHashes(folder)).toEqual(reindexed);
    expect(readdirSync(join(root)).filter((name) => name.startsWith("_site.search-"))).toEqual([]);
  }, 120_000);
});
