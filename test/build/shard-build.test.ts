/**
 * A build in parts (issue 12, item 1): the search fixture built as 3 parts, each by its own
 * `npm run build -- --shard i/3` process, then assembled by `--assemble`, is the same site, file
 * for file and search index included, as one `--shards 3` build; and search finds every article
 * in it.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleSite, PACKAGE_ROOT } from "../../src/build.ts";
import { parseShard, partOfMonth, PART_MANIFEST, type PartManifest } from "../../src/parts.ts";
import { planShards } from "../../src/search/pagefind.ts";
import { article, fileHashes, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";
import { SEARCH_FILES, TITLES } from "../browser/search-fixture.ts";

const run = promisify(execFile);
const TSX = join(PACKAGE_ROOT, "node_modules/.bin/tsx");
const TODAY = "2026-01-15";

/** `npm run build -- ...args` for the archive at `root`, in a process of its own; its output, or its failure's. */
async function build(root: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(PACKAGE_ROOT, "scripts/build.ts"), "--root", root, "--today", TODAY, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** The article URLs in each search shard of a built site, read from Pagefind's fragments (gzip, after a "pagefind_dcd" signature). */
function indexedUrls(site: string): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: { id: string; path: string; pages: number }[] };
  return new Map(
    manifest.shards.map((shard) => {
      const dir = join(site, "pagefind", shard.path, "fragment");
      const urls = readdirSync(dir).map((file) => (JSON.parse(gunzipSync(readFileSync(join(dir, file))).subarray("pagefind_dcd".length).toString("utf8")) as { url: string }).url);
      return [shard.id, urls.sort()];
    }),
  );
}

let root = "";
let work = "";
const part = (i: number) => join(work, `part-${i}`);
const runs: { code: number; stdout: string; stderr: string }[] = [];
beforeAll(async () => {
  root = makeArchive(SEARCH_FILES);
  work = mkdtempSync(join(tmpdir(), "morgue-parts-"));
  // Three processes, as three CI jobs would be.
  runs.push(...(await Promise.all([1, 2, 3].map((i) => build(root, "--shard", `${i}/3`, "--output", part(i))))));
  runs.push(await build(root, "--assemble", part(1), part(2), part(3), "--output", join(work, "assembled")));
  runs.push(await build(root, "--shards", "3", "--output", join(work, "single")));
  runs.push(await build(root, "--output", join(work, "plain")));
}, 240_000);
afterAll(() => [root, work].forEach(removeArchive));

describe("a build in parts", () => {
  it("builds each part, assembles them and builds the whole, each process saying what it built", () => {
    // stderr may hold Eleventy's notes on slow filters when the machine is busy, nothing else.
    expect(runs.map((r) => [r.code, r.stderr.split("\n").filter((line) => line && !line.startsWith("[11ty] Benchmark"))])).toEqual(runs.map(() => [0, []]));
    expect(runs[0]!.stdout).toContain("part 1 of 3: 3 of 6 articles, from 2016 and 2019");
    expect(runs[1]!.stdout).toContain("part 2 of 3: 2 of 6 articles, from 2017 and 2020");
    expect(runs[2]!.stdout).toContain("part 3 of 3: 1 of 6 articles, from 2018");
    expect(runs[3]!.stdout).toContain("assembling 3 parts: 6 articles");
  });

  it("holds in each part only its years' article pages, their search shards and its manifest", () => {
    const files = Object.keys(fileHashes(part(2)));
    expect(files.filter((f) => f.endsWith(".html"))).toEqual(["2017/03/15/aurora-opens-a-new-reservoir/index.html", "2020/02/02/former-mayor-looks-back/index.html"]);
    expect(files.filter((f) => !f.endsWith(".html") && !f.startsWith("pagefind/"))).toEqual([".morgue-build", PART_MANIFEST]);
    expect(files.filter((f) => f.startsWith("pagefind/") && f.endsWith("pagefind-entry.json"))).toEqual(["pagefind/2017-03/pagefind-entry.json", "pagefind/2020-02/pagefind-entry.json"]);
    const manifest = JSON.parse(readFileSync(join(part(2), PART_MANIFEST), "utf8")) as PartManifest;
    expect([manifest.part, manifest.parts, manifest.articles.length, manifest.search.map((s) => s.id).sort()]).toEqual([2, 3, 2, ["2017-03", "2020-02"]]);
  });

  it("assembles into a site identical, file for file, to one build of the whole laid out in the same parts, search index included", () => {
    const assembled = fileHashes(join(work, "assembled"));
    expect(Object.keys(assembled).length).toBeGreaterThan(100);
    expect(Object.keys(assembled).filter((f) => f.startsWith("pagefind/")).length).toBeGreaterThan(40);
    expect(assembled).toEqual(fileHashes(join(work, "single")));
  });

  it("differs from an ordinary build only in how the search index is split", () => {
    const notSearch = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("pagefind/")));
    expect(notSearch(fileHashes(join(work, "assembled")))).toEqual(notSearch(fileHashes(join(work, "plain"))));
  });

  it("indexes every article exactly once, in search shards that never span two parts", () => {
    const shards = indexedUrls(join(work, "assembled"));
    const urls = [...shards.values()].flat().sort();
    expect(urls).toEqual([
      "/2016/05/10/denver-council-debates-water-rates/",
      "/2017/03/15/aurora-opens-a-new-reservoir/",
      "/2018/01/24/denver-mayor-turns-down-white-house-invite/",
      "/2019/07/04/salt-lake-city-weighs-its-own-policy/",
      "/2019/11/20/legislature-passes-river-compact/",
      "/2020/02/02/former-mayor-looks-back/",
    ]);
    for (const shardUrls of shards.values()) expect(new Set(shardUrls.map((url) => Number(url.slice(1, 5)) % 3)).size).toBe(1);
  });

  it("refuses parts built from another version of the archive, naming the problem", async () => {
    const changed = makeArchive({ ...SEARCH_FILES, "articles/2021/2021-03-01-new.md": article("title: New\ndate: 2021-03-01") });
    try {
      await expect(assembleSite({ root: changed, output: join(work, "mixed"), partDirs: [part(1), part(2), part(3)] })).rejects.toThrow(/the parts were built from another archive/);
      expect(existsSync(join(work, "mixed"))).toBe(false);
    } finally {
      removeArchive(changed);
    }
  });

  it("refuses a missing part, a part given twice, and a part built with other options", async () => {
    const result = await build(root, "--assemble", part(1), part(2), part(2), "--output", join(work, "bad"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("part 2 of 3 is given twice");
    expect(result.stderr).toContain("missing part 3 of 3");
    await expect(assembleSite({ root, today: TODAY, pathPrefix: "/archive/", output: join(work, "bad"), partDirs: [part(1), part(2), part(3)] })).rejects.toThrow(/built with pathPrefix null, and this assembly is given \/archive\//);
    await expect(assembleSite({ root, today: TODAY, output: join(work, "bad"), partDirs: [part(1), join(work, "plain"), part(3)] })).rejects.toThrow(/is not a part of a sharded build/);
  });
});

describe("which part an article is built in", () => {
  it("reads i/n and says what is wrong with anything else", () => {
    expect(parseShard("2/3")).toEqual({ part: 2, parts: 3 });
    expect(() => parseShard("0/3")).toThrow("the part should be from 1 to 3, counted from 1");
    expect(() => parseShard("4/3")).toThrow("the part should be from 1 to 3, counted from 1");
    expect(() => parseShard("a/b")).toThrow('--shard should be a part and a count of parts, i/n, such as 2/3, not "a/b"');
    expect(() => parseShard("1/0")).toThrow("at least 1");
  });

  it("is its year modulo the parts, so adding articles moves no other", () => {
    const partOf = partOfMonth(8);
    expect(["2016-05", "2016-12", "2024-01", "2032-07"].map(partOf)).toEqual([0, 0, 0, 0]);
    expect(partOf("2017-01")).toBe(1);
  });

  it("plans no search shard across two parts, and the same shards as before in one part", () => {
    const months: [string, number][] = [["2016-11", 1], ["2016-12", 1], ["2017-01", 1], ["2017-02", 1]];
    expect(planShards(months, 10, 10, partOfMonth(2)).map((s) => s.months)).toEqual([["2016-11", "2016-12"], ["2017-01", "2017-02"]]);
    expect(planShards(months, 10, 10, partOfMonth(1))).toEqual(planShards(months, 10, 10));
  });
});

describeBrowser("searching a site assembled from parts", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveSite(join(work, "assembled"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const title of Object.values(TITLES)) {
    it(`finds "${title}" by its headline`, async () => {
      const page = await browser.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${server.url}search/?q=${encodeURIComponent(title)}`);
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const items = [...document.querySelectorAll("[data-results] > li")];
              if (document.querySelector("[data-results]")?.getAttribute("aria-busy") !== "false") return [];
              // Results are drawn as they scroll into view (src/browser/search/render.ts).
              if (items.some((li) => li.classList.contains("result--loading"))) {
                for (const li of items) li.scrollIntoView();
                return [];
              }
              return items.map((li) => li.querySelector(".result__title a")?.textContent ?? "");
            }),
          { timeout: 30_000 },
        )
        .toContain(title);
      await page.close();
      expect(errors).toEqual([]);
    });
  }
});
