import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";

describeBrowser("searching the real archive in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(inject("realSite"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds the seed article when a visitor searches for Hancock from the header box", async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(server.url);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("Hancock");
    await page.getByRole("button", { name: "Search" }).first().click();
    await page.waitForURL(/\/search\/\?q=Hancock/);
    const first = page.locator(".result__title a").first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.textContent()).toBe("After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite");
    expect(errors).toEqual([]);
  });
});
