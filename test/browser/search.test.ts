/**
 * The search page in Chromium, on a small fixture archive (test/browser/search-fixture.ts):
 * ranking, filters, the date range, sorting, state in the URL, history, the links into search
 * from other pages, highlighting, accessibility and the page without JavaScript.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { contentSecurityPolicy } from "../../src/publish/csp.ts";
import { buildArchive, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";
import { SEARCH_FILES, TITLES } from "./search-fixture.ts";

const WAIT = { timeout: 20_000 };

/** Headlines listed, once every result Pagefind has placed is drawn. */
async function titles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll("[data-results] > li")];
    if (items.some((li) => !li.classList.contains("result") || li.classList.contains("result--loading"))) return ["(still loading)"];
    return items.map((li) => li.querySelector(".result__title a")?.textContent ?? "");
  });
}

const expectTitles = (page: Page, expected: string[]) => expect.poll(() => titles(page), WAIT).toEqual(expected);
const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search articles" });
/** Opens the filters panel, which starts closed. */
const openFilters = (page: Page) => page.locator("[data-filters] > summary").click();
/** Pagefind's filter lists requested so far. */
const filterRequests = (requests: string[]) => requests.filter((url) => url.includes("/pagefind/filter/"));
const query = (page: Page) => Object.fromEntries([...new URL(page.url()).searchParams].map(([k]) => [k, new URL(page.url()).searchParams.getAll(k).join(",")]));

describeBrowser("the search page", () => {
  let root: string;
  let output: string;
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    root = makeArchive(SEARCH_FILES);
    ({ output } = await buildArchive(root));
    server = await serveSite(output);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeArchive(root);
  });

  /** A fresh page (so no history or cache carries over) watched for errors. */
  async function open(path: string, base = server.url): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    page = await context.newPage();
    errors = watchForErrors(page);
    await page.goto(`${base}${path}`);
    return page;
  }

  it("lists the article whose headline has the word first when a reader types it", async () => {
    await open("search/");
    await searchbox(page).fill("reservoir");
    await expect.poll(() => titles(page), WAIT).toHaveLength(4);
    expect((await titles(page))[0]).toBe(TITLES.reservoir);
    expect(query(page)).toEqual({ q: "reservoir" });
    expect(errors).toEqual([]);
  });

  it("fetches no filter list for a search by words alone, and fetches them when the filters are opened", async () => {
    const requests: string[] = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    page = await context.newPage();
    errors = watchForErrors(page);
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.url}search/?q=reservoir`);
    await expect.poll(() => titles(page), WAIT).toHaveLength(4);
    await searchbox(page).fill("sanctuary");
    await expect.poll(() => titles(page), WAIT).toHaveLength(3);
    expect(filterRequests(requests)).toEqual([]);
    expect(await page.locator("[data-filters]").getAttribute("open")).toBeNull();
    await openFilters(page);
    await expect.poll(() => page.getByRole("group", { name: "Place" }).getByRole("checkbox").count(), WAIT).toBe(4);
    expect(filterRequests(requests).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("opens the filters, with their lists, when the URL applies some", async () => {
    const requests: string[] = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.url}search/?q=sanctuary&jurisdiction=colorado`);
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    expect(await page.locator("[data-filters]").getAttribute("open")).toBe("");
    expect(await page.getByRole("checkbox", { name: /^Colorado\b/ }).isChecked()).toBe(true);
    expect(filterRequests(requests).length).toBeGreaterThan(0);
  });

  it("shows a year's articles from its months, as the year filter", async () => {
    await open("search/?year=2019");
    await expectTitles(page, [TITLES.compact, TITLES.saltLake]);
    const years = () => page.getByRole("group", { name: "Year" }).getByRole("checkbox");
    await expect.poll(() => years().evaluateAll((boxes) => boxes.map((b) => b.closest("label")!.textContent)), WAIT).toEqual(["2019, 2 articles"]);
    await open("search/?q=water");
    await openFilters(page);
    await expect.poll(() => years().evaluateAll((boxes) => boxes.map((b) => b.closest("label")!.textContent)), WAIT).toEqual([
      "2020, 1 article",
      "2019, 1 article",
      "2016, 1 article",
    ]);
    expect(errors).toEqual([]);
  });

  it("ranks articles naming a person above an article with the name only in its text", async () => {
    await open("search/?q=hancock");
    await expectTitles(page, [TITLES.invite, TITLES.memoir, TITLES.rates]);
    expect(errors).toEqual([]);
  });

  it("shows each result's date, dateline, source, excerpt with the words marked, and people and places", async () => {
    await open("search/?q=subpoenas");
    await expectTitles(page, [TITLES.invite]);
    const result = page.locator(".result").first();
    expect(await result.locator(".result__meta").textContent()).toBe("January 24, 2018 · DENVER · The Daily Ledger");
    expect(await result.locator(".result__excerpt mark").allTextContents()).toEqual([expect.stringMatching(/^subpoenas/)]);
    expect(await result.locator(".result__names").textContent()).toBe("People: Michael Hancock · Places: Denver");
    expect(errors).toEqual([]);
  });

  it("finds articles about a city when the filter is the state that contains it", async () => {
    await open("search/?q=sanctuary");
    await expect.poll(() => titles(page), WAIT).toHaveLength(3);
    await openFilters(page);
    await page.getByRole("checkbox", { name: /^Colorado\b/ }).check();
    await expect.poll(async () => (await titles(page)).sort(), WAIT).toEqual([TITLES.invite, TITLES.memoir].sort());
    expect(query(page)).toEqual({ q: "sanctuary", jurisdiction: "colorado" });
    expect(errors).toEqual([]);
  });

  it("lists filter values by name with the number of articles each would leave", async () => {
    await open("search/?topic=water");
    await expect.poll(() => titles(page), WAIT).toHaveLength(4);
    const places = page.getByRole("group", { name: "Place" }).getByRole("checkbox");
    await expect.poll(() => places.evaluateAll((boxes) => boxes.map((b) => b.closest("label")!.textContent)), WAIT).toEqual([
      "Colorado, 4 articles",
      "Denver, 2 articles",
      "Aurora, 1 article",
    ]);
    expect(errors).toEqual([]);
  });

  it("combines filters of different kinds, each narrowing the results", async () => {
    await open("search/?topic=water");
    await expect.poll(() => titles(page), WAIT).toHaveLength(4);
    await page.getByRole("checkbox", { name: /^Denver\b/ }).check();
    await expect.poll(() => titles(page), WAIT).toEqual([TITLES.memoir, TITLES.rates]);
    await page.getByRole("group", { name: "Source" }).getByRole("checkbox", { name: /^Mountain Radio\b/ }).check();
    await expectTitles(page, [TITLES.memoir]);
    expect(query(page)).toEqual({ jurisdiction: "denver", topic: "water", source: "mountain-radio" });
    expect(errors).toEqual([]);
  });

  it("leaves out articles before the start of a date range and keeps those within it", async () => {
    await open("search/?q=water");
    await expect.poll(async () => (await titles(page)).sort(), WAIT).toEqual([TITLES.rates, TITLES.compact, TITLES.memoir].sort());
    await openFilters(page);
    await page.getByLabel("From year").selectOption("2019");
    await expect.poll(async () => (await titles(page)).sort(), WAIT).toEqual([TITLES.compact, TITLES.memoir].sort());
    expect(query(page)).toEqual({ q: "water", from: "2019" });
    expect(errors).toEqual([]);
  });

  it("ends a date range with the month chosen, keeping that month's articles", async () => {
    await open("search/?q=water&from=2019");
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    await page.getByLabel("To year").selectOption("2019");
    await page.getByLabel("To month").selectOption({ label: "November" });
    await expectTitles(page, [TITLES.compact]);
    expect(query(page)).toEqual({ q: "water", from: "2019", to: "2019-11" });
    await page.getByLabel("To month").selectOption({ label: "October" });
    await expectTitles(page, []);
    expect(errors).toEqual([]);
  });

  it("sorts results oldest or newest first", async () => {
    await open("search/?topic=water");
    await expect.poll(() => titles(page), WAIT).toHaveLength(4);
    await page.getByLabel("Sort by").selectOption({ label: "Oldest first" });
    await expectTitles(page, [TITLES.rates, TITLES.reservoir, TITLES.compact, TITLES.memoir]);
    expect(query(page)).toEqual({ topic: "water", sort: "oldest" });
    await page.getByLabel("Sort by").selectOption({ label: "Newest first" });
    await expectTitles(page, [TITLES.memoir, TITLES.compact, TITLES.reservoir, TITLES.rates]);
    expect(errors).toEqual([]);
  });

  it("restores the words, filters, range and sort from a shared URL, and again after a reload", async () => {
    await open("search/?q=water&jurisdiction=colorado&from=2016&to=2019-12&sort=oldest");
    for (const round of ["opened", "reloaded"]) {
      if (round === "reloaded") await page.reload();
      await expectTitles(page, [TITLES.rates, TITLES.compact]);
      expect(await searchbox(page).inputValue(), round).toBe("water");
      expect(await page.getByRole("checkbox", { name: /^Colorado\b/ }).isChecked(), round).toBe(true);
      expect(await page.getByLabel("From year").inputValue(), round).toBe("2016");
      expect(await page.getByLabel("To year").inputValue(), round).toBe("2019");
      expect(await page.getByLabel("To month").inputValue(), round).toBe("12");
      expect(await page.getByLabel("Sort by").inputValue(), round).toBe("oldest");
    }
    expect(errors).toEqual([]);
  });

  it("steps back and forward through searches with the browser's buttons", async () => {
    await open("search/?q=sanctuary");
    await expect.poll(() => titles(page), WAIT).toHaveLength(3);
    await openFilters(page);
    await page.getByRole("checkbox", { name: /^Colorado\b/ }).check();
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    await searchbox(page).fill("hancock");
    await expect.poll(() => titles(page), WAIT).toEqual([TITLES.invite, TITLES.memoir, TITLES.rates]);

    await page.goBack();
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    expect(query(page)).toEqual({ q: "sanctuary", jurisdiction: "colorado" });
    expect(await searchbox(page).inputValue()).toBe("sanctuary");
    await page.goBack();
    await expect.poll(() => titles(page), WAIT).toHaveLength(3);
    expect(await page.getByRole("checkbox", { name: /^Colorado\b/ }).isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    expect(await page.getByRole("checkbox", { name: /^Colorado\b/ }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("removes a filter from the list of filters applied", async () => {
    await open("search/?q=sanctuary&jurisdiction=colorado");
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    await page.getByRole("button", { name: "Remove Place: Colorado" }).click();
    await expect.poll(() => titles(page), WAIT).toHaveLength(3);
    expect(query(page)).toEqual({ q: "sanctuary" });
    expect(errors).toEqual([]);
  });

  for (const [from, link, expected] of [
    ["people/michael-hancock/", "Search within articles about Michael Hancock", [TITLES.memoir, TITLES.invite]],
    ["jurisdictions/colorado/", "Search within Colorado", [TITLES.memoir, TITLES.compact, TITLES.invite, TITLES.reservoir, TITLES.rates]],
    ["organizations/daily-ledger/", "Search within The Daily Ledger", [TITLES.compact, TITLES.invite, TITLES.rates]],
    ["topics/immigration/", "Search within Immigration", [TITLES.memoir, TITLES.saltLake, TITLES.invite]],
    ["2019/", "Search this year", [TITLES.compact, TITLES.saltLake]],
    ["2019/07/", "Search this month", [TITLES.saltLake]],
    ["2019/07/04/", "Search this month", [TITLES.saltLake]],
  ] as const) {
    it(`opens a search from “${link}” on /${from} listing its articles, newest first`, async () => {
      await open(from);
      await page.getByRole("link", { name: link }).click();
      await page.waitForURL(/\/search\/\?/);
      await expectTitles(page, [...expected]);
      expect(errors).toEqual([]);
    });
  }

  it("opens a result with the words searched for marked in the article", async () => {
    await open("search/?q=basin");
    await expectTitles(page, [TITLES.reservoir]);
    await page.getByRole("link", { name: TITLES.reservoir }).click();
    await page.waitForURL(/\/2017\/03\/15\/aurora-opens-a-new-reservoir\/\?pagefind-highlight=basin$/);
    await expect.poll(() => page.locator(".article__body mark").allTextContents(), WAIT).toEqual(["basin"]);
    expect(errors).toEqual([]);
  });

  it("announces the number of results to screen readers", async () => {
    await open("search/");
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => {
        for (const region of document.querySelectorAll("#search [role=status]")) if (region.textContent) heard.push(region.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await searchbox(page).fill("sanctuary");
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard), WAIT).toContain("3 results for sanctuary");
    expect(errors).toEqual([]);
  });

  it("applies a filter from the keyboard and keeps focus on it", async () => {
    await open("search/?q=sanctuary");
    await expect.poll(() => titles(page), WAIT).toHaveLength(3);
    await openFilters(page);
    const colorado = page.getByRole("checkbox", { name: /^Colorado\b/ });
    await colorado.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => titles(page), WAIT).toHaveLength(2);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("colorado");
    expect(await colorado.isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("searches, filters and highlights under the site's Content-Security-Policy", async () => {
    const strict = await serveSite(output, { headers: { "Content-Security-Policy": contentSecurityPolicy() } });
    try {
      await open("search/?q=sanctuary&jurisdiction=colorado", strict.url);
      await expect.poll(() => titles(page), WAIT).toHaveLength(2);
      await page.getByRole("link", { name: TITLES.invite }).click();
      await expect.poll(() => page.locator(".article__body mark").allTextContents(), WAIT).toEqual(["sanctuary"]);
      expect(errors).toEqual([]);
    } finally {
      // The browser lets go of its connections first, so the server has none left to wait for.
      await context.close();
      await strict.close();
    }
  });

  it("says search needs JavaScript, links to the browse pages and shows no controls when JavaScript is off", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const bare = await noScript.newPage();
      const failures = watchForErrors(bare);
      await bare.goto(`${server.url}search/?q=water`);
      // Playwright's text search skips <noscript>, so the notice is found by its class.
      const notice = bare.locator("main .notice");
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain("Search needs JavaScript");
      for (const name of ["by date", "by person", "by place", "by organization", "by topic"]) {
        expect(await notice.getByRole("link", { name }).isVisible(), name).toBe(true);
      }
      expect(await bare.locator("#search").isVisible()).toBe(false);
      expect(await bare.getByRole("combobox").count()).toBe(0);
      expect(failures).toEqual([]);
    } finally {
      await noScript.close();
    }
  });
});

describeBrowser("the search page under a path prefix", () => {
  let root: string;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    root = makeArchive(SEARCH_FILES);
    const { output } = await buildArchive(root, { pathPrefix: "/archive/" });
    server = await serveSite(output, { prefix: "/archive/" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeArchive(root);
  });

  it("loads Pagefind and links results under the prefix", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const errors = watchForErrors(page);
    await page.goto(`${server.url}search/?q=reservoir&jurisdiction=colorado`);
    await expect.poll(() => titles(page), WAIT).toHaveLength(4);
    expect(await page.locator(".result__title a").first().getAttribute("href")).toBe(
      "/archive/2017/03/15/aurora-opens-a-new-reservoir/?pagefind-highlight=reservoir",
    );
    expect(errors).toEqual([]);
  });
});
