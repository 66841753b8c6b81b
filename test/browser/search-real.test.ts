/**
 * Issue 4's "done when", on the repository's own archive built by the global setup: the seed
 * article is found by name, by a place containing its city, left out by a date range, and the
 * search survives reloads and the back button; without JavaScript the page offers browsing.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";

const SEED = "After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite";
const WAIT = { timeout: 20_000 };

/** The search's state as the page shows it: summary, headlines listed, the searchbox's words. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    summary: document.querySelector("[data-summary]")?.textContent?.trim(),
    titles: [...document.querySelectorAll(".result__title a")].map((a) => a.textContent),
    words: document.querySelector<HTMLInputElement>("#search-q")?.value,
  }));

describeBrowser("searching the real archive", () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await serveSite(inject("realSite"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<void> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 1200 } });
    page = await context.newPage();
    errors = watchForErrors(page);
    await page.goto(`${server.url}${path}`);
  }

  it("lists the seed article first for /search/?q=Hancock", async () => {
    await open("search/?q=Hancock");
    await expect.poll(async () => (await shown(page)).titles[0], WAIT).toBe(SEED);
    expect(errors).toEqual([]);
  });

  it("finds the seed article, about Denver, for sanctuary within Colorado", async () => {
    await open("search/?q=sanctuary&jurisdiction=colorado");
    await expect.poll(async () => (await shown(page)).titles, WAIT).toEqual([SEED]);
    expect(await page.getByRole("checkbox", { name: /^Colorado\b/ }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("leaves the 2018 seed article out of a range from 2019", async () => {
    await open("search/?q=sanctuary&jurisdiction=colorado&from=2019");
    await expect.poll(async () => (await shown(page)).summary, WAIT).toBe("No results for sanctuary");
    expect((await shown(page)).titles).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("keeps the search through a reload and goes back to the previous one", async () => {
    await open("search/?q=sanctuary");
    await expect.poll(async () => (await shown(page)).titles, WAIT).toEqual([SEED]);
    await page.locator("[data-filters] > summary").click();
    await page.getByLabel("From year").selectOption("2018");
    await page.waitForURL(/\?q=sanctuary&from=2018$/);
    await page.reload();
    await expect.poll(() => shown(page), WAIT).toEqual({ summary: "1 result for sanctuary", titles: [SEED], words: "sanctuary" });
    expect(await page.getByLabel("From year").inputValue()).toBe("2018");
    await page.goBack();
    await page.waitForURL(/\?q=sanctuary$/);
    await expect.poll(async () => (await shown(page)).titles, WAIT).toEqual([SEED]);
    expect(await page.getByLabel("From year").inputValue()).toBe("");
    expect(errors).toEqual([]);
  });

  it("offers the browse pages when JavaScript is off", async () => {
    await context?.close();
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${server.url}search/?q=Hancock`);
    // Playwright's text search skips <noscript>, so the notice is found by its class.
    const notice = page.locator("main .notice");
    expect(await notice.isVisible()).toBe(true);
    const links = await notice.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(["/archive/", "/people/", "/jurisdictions/", "/organizations/", "/topics/"]);
    expect(await page.locator("#search").isVisible()).toBe(false);
  });
});
