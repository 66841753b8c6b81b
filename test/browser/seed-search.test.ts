import { expect, inject, it } from "vitest";
import { describeBrowser, useSiteInBrowser, watchForErrors } from "../helpers/browser.ts";

describeBrowser("searching the real archive in Chromium", () => {
  const site = useSiteInBrowser(() => inject("realSite"));

  it("finds the seed article when a visitor searches for Hancock from the header box", async () => {
    const page = await site.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.server.url);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("Hancock");
    await page.getByRole("button", { name: "Search" }).first().click();
    await page.waitForURL(/\/search\/\?q=Hancock/);
    const first = page.locator(".result__title a").first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.textContent()).toBe("After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite");
    expect(errors).toEqual([]);
  });
});
