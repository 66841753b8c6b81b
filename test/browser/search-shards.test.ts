/**
 * A sharded search index against an unsharded one, in Chromium: the search fixture built twice,
 * once as one index and once in shards of two articles (three periods), and the same searches on
 * both must list the same articles, with the same filter counts, and in the same order when
 * sorted by date (src/browser/search/shards.ts says why relevance order may differ).
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

describeBrowser("a sharded search index", () => {
  const roots: string[] = [];
  let whole: StaticServer;
  let sharded: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    roots.push(makeArchive(SEARCH_FILES), makeArchive(SEARCH_FILES));
    const [a, b] = [await buildArchive(roots[0]!), await buildArchive(roots[1]!, { searchShardSize: 2 })];
    whole = await serveSite(a.output);
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

  it("asks only the shards inside the date range", async () => {
    const { requests } = await search(sharded, "search/?q=water&from=2016&to=2017");
    const searched = new Set(requests.filter((p) => /\/pagefind\/[^/]+\/index\//.test(p)).map((p) => p.split("/")[2]));
    expect([...searched]).toEqual(["2016-05"]);
  });
});
