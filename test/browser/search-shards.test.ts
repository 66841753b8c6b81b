/**
 * A sharded search index against an unsharded one, in Chromium: the search fixture built twice,
 * once as one index and once in shards of two articles (three periods), and the same searches on
 * both must list the same articles, with the same filter counts, and in the same order when
 * sorted by date (src/browser/search/shards.ts says why relevance order may differ); and what a
 * sharded search fetches, and when.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildArchive, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";
import { SEARCH_FILES } from "./search-fixture.ts";

const WAIT = { timeout: 30_000 };

interface Shown {
  titles: string[];
  /** every facet value with its count, as the filters panel shows it */
  facets: string[];
}

/** What the page shows once the search has finished and every result is drawn; null until then. */
async function shown(page: Page): Promise<Shown | null> {
  return page.evaluate(() => {
    const results = document.querySelector("[data-results]");
    const items = [...document.querySelectorAll("[data-results] > li")];
    if (results?.getAttribute("aria-busy") !== "false") return null;
    if (items.some((li) => li.classList.contains("result--loading"))) {
      for (const li of items) li.scrollIntoView();
      return null;
    }
    const facets = [...document.querySelectorAll("[data-facet] label")].map((label) => `${label.closest("[data-facet]")?.getAttribute("data-facet")}: ${label.textContent}`);
    if (!facets.length) return null;
    return { titles: items.map((li) => li.querySelector(".result__title a")?.textContent ?? ""), facets };
  });
}

/** How many results the page lists once every one is drawn and the search has finished; 0 until then. */
async function listed(page: Page): Promise<number> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll("[data-results] > li")];
    if (document.querySelector("[data-results]")?.getAttribute("aria-busy") !== "false") return 0;
    if (items.some((li) => li.classList.contains("result--loading"))) {
      for (const li of items) li.scrollIntoView();
      return 0;
    }
    return items.length;
  });
}

describeBrowser("a sharded search index", () => {
  const roots: string[] = [];
  let whole: StaticServer;
  let sharded: StaticServer;
  let builtSharded: string;
  let browser: Browser;

  beforeAll(async () => {
    roots.push(makeArchive(SEARCH_FILES), makeArchive(SEARCH_FILES));
    const [a, b] = [await buildArchive(roots[0]!), await buildArchive(roots[1]!, { searchShardSize: 2 })];
    whole = await serveSite(a.output);
    builtSharded = b.output;
    sharded = await serveSite(b.output);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await whole?.close();
    await sharded?.close();
    for (const root of roots) removeArchive(root);
  });

  /** Opens `path` on a server with the filters panel open, and waits for what it shows. */
  async function search(server: StaticServer, path: string, expected?: Shown) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${path}`);
    if ((await page.locator("[data-filters]").getAttribute("open")) === null) await page.locator("[data-filters] > summary").click();
    let result: Shown | null = null;
    if (expected) await expect.poll(async () => (result = await shown(page)), WAIT).toEqual(expected);
    else await expect.poll(async () => (result = await shown(page)), WAIT).not.toBeNull();
    await context.close();
    expect(errors).toEqual([]);
    return { shown: result as unknown as Shown, requests };
  }

  const sorted = (s: Shown) => ({ titles: [...s.titles].sort(), facets: [...s.facets].sort() });

  for (const path of ["search/?q=water&sort=newest", "search/?q=reservoir&sort=oldest", "search/?topic=water", "search/?jurisdiction=colorado&sort=oldest", "search/?q=sanctuary&from=2018&to=2019-08&sort=newest"]) {
    it(`lists the same articles in the same order, with the same filter counts, for ${path}`, async () => {
      const expected = (await search(whole, path)).shown;
      expect(expected.titles.length).toBeGreaterThan(0);
      await search(sharded, path, expected);
    });
  }

  for (const path of ["search/?q=reservoir", "search/?q=hancock", "search/?q=council&year=2016", "search/?q=mayor&person=michael-hancock"]) {
    it(`lists the same articles, with the same filter counts, for ${path} by relevance`, async () => {
      const expected = sorted((await search(whole, path)).shown);
      expect(expected.titles.length).toBeGreaterThan(0);
      const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
      const page = await context.newPage();
      await page.goto(`${sharded.url}${path}`);
      if ((await page.locator("[data-filters]").getAttribute("open")) === null) await page.locator("[data-filters] > summary").click();
      await expect.poll(async () => {
        const s = await shown(page);
        return s && sorted(s);
      }, WAIT).toEqual(expected);
      await context.close();
    });
  }

  it("fetches the WebAssembly once for a search over every shard, served with the site's own caching", async () => {
    const served: string[] = [];
    const cached = await serveSite(builtSharded, {
      siteCacheControl: true,
      intercept: (_req, _res, path) => (served.push(path.split("?")[0]!), false),
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
      const page = await context.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${cached.url}search/?q=water&sort=newest`);
      await expect.poll(() => listed(page), WAIT).toBeGreaterThan(0);
      await context.close();
      expect(errors).toEqual([]);
      // Every shard was asked...
      const searched = new Set(served.filter((p) => /^pagefind\/[^/]+\/index\//.test(p)).map((p) => p.split("/")[1]));
      expect([...searched].sort()).toEqual(["2016-05", "2018-01", "2019-07", "2020-02"]);
      // ...and one WebAssembly file reached the server, once.
      expect(served.filter((p) => p.endsWith(".pagefind") && p.includes("wasm."))).toEqual(["pagefind/wasm.en.pagefind"]);
    } finally {
      await cached.close();
    }
  });

  it("asks the other shards only after the first result is drawn", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
    const page = await context.newPage();
    // The moment the first result's link is inserted, on the clock Resource Timing uses.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const w = window as unknown as { firstResultAt?: number };
        if (!w.firstResultAt && document.querySelector("[data-results] .result__title a")) w.firstResultAt = performance.timeOrigin + performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${sharded.url}search/?q=water&sort=newest`);
    await expect.poll(() => listed(page), WAIT).toBeGreaterThan(0);
    const firstResultAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    const fetched = (await Promise.all(page.workers().map((w) => w.evaluate(() => performance.getEntriesByType("resource").map((e) => ({ path: new URL(e.name).pathname, at: performance.timeOrigin + e.startTime })))))).flat();
    await context.close();
    const older = fetched.filter((f) => /\/pagefind\/(2019-07|2018-01|2016-05)\//.test(f.path));
    expect(older.length).toBeGreaterThan(0);
    expect(fetched.some((f) => f.path.startsWith("/pagefind/2020-02/index/"))).toBe(true);
    for (const f of older) expect(f.at, f.path).toBeGreaterThan(firstResultAt);
  });

  it("asks only the shards inside the date range", async () => {
    const { requests } = await search(sharded, "search/?q=water&from=2016&to=2017");
    const searched = new Set(requests.filter((p) => /\/pagefind\/[^/]+\/index\//.test(p)).map((p) => p.split("/")[2]));
    expect([...searched]).toEqual(["2016-05"]);
  });
});
