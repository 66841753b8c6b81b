/**
 * An article page's search markup, which the indexer's copy of the page carries and the page as
 * written does not (src/search/markup.ts), writes filter values inline
 * (`data-pagefind-filter="person:id|Name"`), which is shorter than the `[data-value]` form but
 * would be wrong if Pagefind split a value at a comma or a colon. It does not: this builds an
 * archive whose names hold both and reads the filters back from the index in Chromium.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { article, buildArchive, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { describeBrowser, launchBrowser, serveSite, type StaticServer } from "../helpers/browser.ts";

describeBrowser("Pagefind filters written inline", () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    root = makeArchive({
      "_data/people/martin-luther-king-jr.yaml": "name: Martin Luther King, Jr.\n",
      "_data/organizations/smith-barney.yaml": "name: \"Smith, Barney & Co.: Brokers\"\n",
      "_data/topics/civil-rights.yaml": "name: Civil rights\n",
      "articles/2020/2020-01-20-a-day-of-service.md": article(
        "title: A day of service\ndate: 2020-01-20\npeople: [martin-luther-king-jr]\norganizations: [smith-barney]\ntopics: [civil-rights]\nsource:\n  name: \"The Ledger, Evening Edition\"",
        "Volunteers marked the holiday.\n",
      ),
    });
    const built = await buildArchive(root);
    server = await serveSite(built.output);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeArchive(root);
  });

  it("keeps names with commas and colons whole, as the search page shows them", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("2020/01/20/a-day-of-service/", server.url).href);
    // A string, so vitest's transform leaves the browser's own import() alone.
    const filters = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(new URL("pagefind/pagefind.js", server.url).href)});
      await pagefind.init();
      return pagefind.filters();
    })()`)) as Record<string, Record<string, number>>;
    expect(filters.person).toEqual({ "martin-luther-king-jr|Martin Luther King, Jr.": 1 });
    expect(filters.organization).toEqual({ "smith-barney|Smith, Barney & Co.: Brokers": 1 });
    expect(filters.topic).toEqual({ "civil-rights|Civil rights": 1 });
    expect(filters.source).toEqual({ "the-ledger-evening-edition|The Ledger, Evening Edition": 1 });
    await page.close();
  });
});
