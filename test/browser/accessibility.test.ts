import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, inject, it } from "vitest";
import { describeBrowser, useSiteInBrowser, watchForErrors } from "../helpers/browser.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PAGES = [
  "/",
  "/2018/01/24/after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite/",
  "/people/",
  "/people/michael-hancock/",
  "/jurisdictions/",
  "/jurisdictions/colorado/",
  "/topics/immigration/",
  "/archive/",
  "/2018/",
  "/2018/01/",
  "/2018/01/24/",
  "/on-this-day/01-24/",
  "/timeline/",
  "/timeline/2018/",
  "/search/?q=Hancock",
  "/404.html",
];

describeBrowser("accessibility of the real archive", () => {
  const site = useSiteInBrowser(() => inject("realSite"));

  it.each(PAGES)("%s has no WCAG 2.1 AA violations that axe-core can find, and no errors", async (path) => {
    const page = await site.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(new URL(path.slice(1), site.server.url).href);
    await page.waitForLoadState("networkidle");
    // Evaluated through the DevTools protocol: a <script> tag would be inline script, which
    // every page's Content-Security-Policy refuses.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
      return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(" ")).join(", ")})`);
    });
    expect(violations).toEqual([]);
    expect(errors.filter((e) => !e.includes("404.html"))).toEqual([]);
    await page.close();
  });

  it("reads well on a phone: nothing wider than the screen", async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of PAGES.slice(0, 6)) {
      await page.goto(new URL(path.slice(1), site.server.url).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
