import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { readArticle } from "../../src/content/articles.ts";
import { cite } from "../../src/publish/cite.ts";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { describeBrowser, useSiteInBrowser, watchForErrors } from "../helpers/browser.ts";

const FILE = "articles/2018/2018-01-24-after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite.md";
const SEED = "/2018/01/24/after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite/";

describeBrowser("Cite this article in Chromium", () => {
  const site = useSiteInBrowser(() => inject("realSite"));

  it("adds BibTeX and CSL-JSON built from the page's JSON-LD, as the build would write them, under the site's CSP", async () => {
    const page = await site.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(new URL(SEED.slice(1), site.server.url).href);
    const box = page.locator("details.cite");
    await box.locator("summary").click();
    await expect.poll(() => box.locator("h3").allTextContents()).toEqual(["APA", "Chicago", "BibTeX", "CSL-JSON"]);
    const [bibtex, csl] = await box.locator("pre code").allTextContents();
    const archiveUrl = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!).url as string);
    const { article } = readArticle(FILE, readFileSync(join(PACKAGE_ROOT, FILE), "utf8"));
    const expected = cite({ article: article!, authors: [{ name: "Rick Sallinger" }, { name: "Stan Bush" }], archiveUrl, archiveName: "unused: the article has a source" });
    expect(bibtex).toBe(expected.bibtex);
    expect(JSON.parse(csl!)).toEqual(expected.csl);
    expect(await box.locator("p.cite__text").allTextContents()).toEqual([expected.apa, expected.chicago]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
